package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every one of the 52 operations of page 07 (the API's own contract), with a request built from the
 * contract's rows (its required properties, plus the rules it states only in prose), sent to the
 * sandbox; every answer, and each 202 followed to its end, is checked against the contract's schema
 * for that status (required, nullable, type, enum, closed objects) and against the project's spec.
 * The per-operation figures are written to target/contract-conformance.txt.
 */
class ContractConformanceTest {

  static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().clock(CLOCK).build();

  /** A value for a required property, by name; "operationId.name" where operations differ. */
  private static final Map<String, Object> VALUES = Map.ofEntries(
      Map.entry("query", "CFOs in Berlin"), Map.entry("prompt", "Who leads Acme?"),
      Map.entry("schema", Map.of("type", "object")), Map.entry("fields", List.of("contact.email")),
      Map.entry("name", "Acme watch"), Map.entry("config", Map.of("keyword", "acme")),
      Map.entry("domains", List.of("acme.example")), Map.entry("username", "janedoe"),
      Map.entry("identifier", "acme"), Map.entry("companySlug", "acme"), Map.entry("keyword", "founder"),
      Map.entry("postUrls", List.of("https://www.linkedin.com/posts/acme_activity-1")),
      Map.entry("profiles", List.of("janedoe")), Map.entry("postId", "1790000000000000001"),
      Map.entry("getXPost.postUrl", "https://x.com/acme/status/1790000000000000001"),
      Map.entry("postUrl", "https://www.instagram.com/p/C0ffee123/"),
      Map.entry("getYouTubeVideo.url", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
      Map.entry("getYouTubeChannel.url", "https://www.youtube.com/@acme"),
      Map.entry("getFacebookPost.url", "https://www.facebook.com/acme/posts/1234567890"),
      Map.entry("getFacebookPage.url", "https://www.facebook.com/acme"),
      Map.entry("url", "https://acme.example"), Map.entry("domain", "acme.example"),
      Map.entry("includedDomains", List.of("acme.example", "rival.example")));

  /** What the contract requires only in prose (page 07's preface). */
  private static final Map<String, Map<String, Object>> PROSE = Map.of(
      "submitEnrichment", Map.of("identifier", Map.of("email", "jane@acme.example")),
      "submitSearch", Map.of("query", "founders hiring in Berlin"),
      "batchScrapeWebPages", Map.of("urls", List.of("https://acme.example", "https://acme.example/pricing")),
      "detectImageDeepfake", Map.of("url", "https://acme.example/jane.jpg"));

  private record Outcome(String operation, String statuses, List<String> problems) {
  }

  @Test
  void everyContractOperationIsAcceptedAndAnswersInTheContractsShapes(HogSandbox sandbox) throws Exception {
    List<ContractFacts.Operation> operations = ContractFacts.read();
    assertThat(operations).hasSize(52);
    Map<String, ContractFacts.Operation> byId = new LinkedHashMap<>();
    operations.forEach(op -> byId.put(op.operationId(), op));
    SandboxHttp http = new SandboxHttp(sandbox);
    Map<String, String> ids = fixtures(http);

    List<Outcome> outcomes = new ArrayList<>();
    for (ContractFacts.Operation op : operations) {
      outcomes.add(run(http, op, byId, ids));
    }
    List<String> lines = new ArrayList<>();
    long conforming = outcomes.stream().filter(o -> o.problems().isEmpty()).count();
    lines.add("Page 07 conformance of hog-sandbox: " + conforming + " of " + outcomes.size() + " operations conform");
    for (Outcome o : outcomes) {
      lines.add((o.problems().isEmpty() ? "OK   " : "FAIL ") + o.operation() + " -> " + o.statuses()
          + (o.problems().isEmpty() ? "" : "\n       " + String.join("\n       ", o.problems())));
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "contract-conformance.txt"), lines);
    System.out.println(String.join("\n", lines));
    assertThat(outcomes).filteredOn(o -> !o.problems().isEmpty())
        .as("operations whose request or answers break page 07 (see target/contract-conformance.txt)")
        .extracting(o -> o.operation() + ": " + o.problems()).isEmpty();
  }

  @Test
  void theCheckRejectsTheShapesTheSandboxUsedToSend() throws Exception {
    Map<String, ContractFacts.Operation> byId = new LinkedHashMap<>();
    ContractFacts.read().forEach(op -> byId.put(op.operationId(), op));
    // The old camelCase TikTok answer, with an extra envelope key and a null where the contract allows none.
    Object oldTikTok = Map.of("data", Map.of("profile", Map.of("nickname", "Jane"),
        "videos", List.of(Map.of("id", "1", "playCount", 5L, "createTime", "2026-01-01T00:00:00Z")),
        "relatedVideos", List.of()), "meta", Map.of("requestId", "r"), "cost", 1L);
    assertThat(ContractValidation.problems(byId.get("getTikTokProfile").responses().get(200), oldTikTok))
        .contains("data.profile.username: required, missing", "data.videos[0].platform_video_id: required, missing",
            "data.videos[0].created_at: required, missing", "(body).cost: a key the contract does not allow here");
    java.util.Map<String, Object> accepted = new LinkedHashMap<>(Map.of("id", "s1", "status", "paused",
        "poll_url", "/api/v1/search/s1"));
    accepted.put("meta", null);
    assertThat(ContractValidation.problems(byId.get("submitSearch").responses().get(202), accepted))
        .contains("status: paused is not one of [queued]", "meta: null, not nullable");
    assertThat(ContractValidation.problems(byId.get("listOperations").responses().get(200),
        Map.of("data", List.of(), "next_cursor", "c"))).contains("(body): an object, the contract says array<OperationResponseDto>");
  }

  /** The resources the path parameters name: an enrichment (and its operation), monitors, a search. */
  private static Map<String, String> fixtures(SandboxHttp http) {
    Map<String, String> ids = new LinkedHashMap<>();
    SandboxHttp.Reply enrichment = http.post("/api/enrichments", "{\"fields\":[\"contact.email\"],"
        + "\"identifiers\":[{\"email\":\"a@acme.example\"},{\"email\":\"b@acme.example\"}]}");
    assertThat(enrichment.status()).isEqualTo(202);
    ids.put("getEnrichment", (String) enrichment.at("id"));
    ids.put("getOperation", (String) enrichment.at("operationId"));
    String monitor = "{\"name\":\"Acme\",\"type\":\"linkedin_keyword\",\"config\":{\"keyword\":\"acme\"}}";
    String kept = (String) http.post("/api/v1/monitors", monitor).at("id");
    for (String op : List.of("updateMonitor", "getMonitor", "runMonitorNow", "listMonitorEvents")) {
      ids.put(op, kept);
    }
    ids.put("deleteMonitor", (String) http.post("/api/v1/monitors", monitor).at("id"));
    ids.put("getSearchResult", (String) http.post("/api/v1/search",
        "{\"type\":\"web_search\",\"query\":\"acme\"}").at("id"));
    return ids;
  }

  private static Outcome run(SandboxHttp http, ContractFacts.Operation op,
      Map<String, ContractFacts.Operation> byId, Map<String, String> ids) {
    List<String> problems = new ArrayList<>();
    String path = op.path().replace("{id}", ids.getOrDefault(op.operationId(), "missing"));
    String body = op.method().equals("GET") || op.method().equals("DELETE") ? null : Json.write(request(op, problems));
    SandboxHttp.Reply reply;
    try {
      reply = switch (op.method()) {
        case "GET" -> http.get(path);
        case "DELETE" -> http.delete(path);
        case "PATCH" -> http.patch(path, body);
        default -> http.post(path, body);
      };
    } catch (AssertionError e) {
      problems.add("the project's spec: " + e.getMessage().lines().reduce((a, b) -> b).orElse(""));
      return new Outcome(op.key(), "?", problems);
    }
    String statuses = String.valueOf(reply.status());
    List<ContractFacts.Row> rows = op.responses().get(reply.status());
    if (rows == null) {
      problems.add("status " + reply.status() + " is not one of " + op.responses().keySet() + ": " + reply.body());
      return new Outcome(op.key(), statuses, problems);
    }
    Object json = rows.isEmpty() ? null : reply.json();
    ContractValidation.problems(rows, json).forEach(p -> problems.add(reply.status() + " " + p));
    if (reply.status() == 202 && !op.operationId().equals("runMonitorNow")) {
      Object pollUrl = first(reply, "poll_url", "data.pollUrl", "pollUrl");
      if (!(pollUrl instanceof String url)) {
        problems.add("202 without a poll URL");
      } else {
        CLOCK.advance(Duration.ofSeconds(6));
        SandboxHttp.Reply done = http.poll(url);
        String target = url.contains("/api/v1/search/") ? "getSearchResult"
            : url.contains("/api/enrichments/") ? "getEnrichment" : "getOperation";
        statuses += " -> " + target + " " + done.status() + " " + done.at("status");
        List<ContractFacts.Row> doneRows = byId.get(target).responses().get(done.status());
        if (doneRows == null) {
          problems.add("poll answered " + done.status() + ": " + done.body());
        } else {
          ContractValidation.problems(doneRows, done.json()).forEach(p -> problems.add("poll " + p));
        }
        if (!"succeeded".equals(done.at("status"))) {
          problems.add("the operation ended " + done.at("status") + ", not succeeded");
        }
      }
    }
    return new Outcome(op.key(), statuses, problems);
  }

  /** The contract's required top-level properties, each with a plausible value, plus the prose rules. */
  private static Map<String, Object> request(ContractFacts.Operation op, List<String> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (ContractFacts.Row row : op.jsonRequest()) {
      List<String> tokens = row.tokens();
      if (!row.required() || tokens.size() != 1) {
        continue;
      }
      String name = tokens.get(0);
      Object value = !row.enumValues().isEmpty() ? row.enumValues().get(0)
          : VALUES.getOrDefault(op.operationId() + "." + name, VALUES.get(name));
      if (value == null) {
        problems.add("the test has no value for required request property " + name);
      } else {
        body.put(name, value);
      }
    }
    body.putAll(PROSE.getOrDefault(op.operationId(), Map.of()));
    return body;
  }

  private static Object first(SandboxHttp.Reply reply, String... paths) {
    for (String p : paths) {
      Object value = reply.at(p);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
