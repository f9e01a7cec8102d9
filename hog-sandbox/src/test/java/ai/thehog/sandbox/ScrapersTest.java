package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every synchronous scraper through HTTP: 200 {data, meta}, valid against the spec (SandboxHttp checks
 * each answer), the same data for the same request, and the facts' limits answering 400 with errors[].
 * Also the reads known from the official SDK and MCP server: enrichments by id and the operations list.
 */
class ScrapersTest {

  static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().clock(CLOCK).build();

  static final String S = "/api/v1/platform/scrapers/";

  /** Each scraper with a valid request and a key its data must hold. */
  static final Map<String, String[]> CALLS = new LinkedHashMap<>();

  static {
    CALLS.put("linkedin/finder", new String[] {"{\"domains\":[\"acme.com\",\"globex.com\"]}", "1.domain"});
    CALLS.put("linkedin/profile", new String[] {"{\"username\":\"janedoe\"}", "full_name"});
    CALLS.put("linkedin/company", new String[] {"{\"identifier\":\"acme\"}", "employee_count"});
    CALLS.put("linkedin/company-posts", new String[] {"{\"companySlug\":\"acme\",\"limit\":2}", "posts.1.activityId"});
    CALLS.put("linkedin/keyword-posts", new String[] {"{\"keyword\":\"revops\",\"config\":{\"limit\":3}}", "2.postUrl"});
    CALLS.put("linkedin/post-reactions", new String[] {"{\"postUrls\":[\"https://www.linkedin.com/feed/update/1\"],"
        + "\"maxItems\":2}", "1.reactionType"});
    CALLS.put("linkedin/post-comments", new String[] {"{\"postUrls\":[\"https://www.linkedin.com/feed/update/1\"]}",
        "0.commentary"});
    CALLS.put("linkedin/profile-reactions", new String[] {"{\"profiles\":[\"janedoe\"],\"postedLimit\":\"week\"}",
        "0.profileUsername"});
    CALLS.put("linkedin/profile-comments", new String[] {"{\"profiles\":[\"janedoe\"],\"maxItems\":1}", "0.commentText"});
    CALLS.put("instagram/profile", new String[] {"{\"username\":\"acme\"}", "followers_count"});
    CALLS.put("instagram/posts", new String[] {"{\"username\":\"acme\",\"maxPosts\":2}", "1.shortcode"});
    CALLS.put("instagram/post-details", new String[] {"{\"postUrl\":\"https://www.instagram.com/p/Cabc123/\"}", "shortcode"});
    CALLS.put("instagram/post-comments", new String[] {"{\"postUrl\":\"https://www.instagram.com/p/Cabc123/\","
        + "\"includeNested\":true}", "0.replies.0.text"});
    CALLS.put("instagram/followers", new String[] {"{\"username\":\"acme\",\"maxFollowers\":3}", "edges.2.follower.username"});
    CALLS.put("instagram/following", new String[] {"{\"username\":\"acme\"}", "relation_type"});
    CALLS.put("tiktok/profile", new String[] {"{\"username\":\"acme\",\"maxVideos\":2}", "videos.1.id"});
    CALLS.put("web/search", new String[] {"{\"query\":\"acme pricing\",\"maxResults\":3,\"topic\":\"news\"}", "results.2.url"});
    CALLS.put("web/scrape", new String[] {"{\"url\":\"https://acme.example/pricing\",\"renderJs\":true}", "text"});
    CALLS.put("image/deepfake-detection", new String[] {"{\"url\":\"https://media.example/a.jpg\"}",
        "signals.faceManipulation.facesAnalyzed"});
    CALLS.putAll(ContractScrapersTest.CALLS);
  }

  @Test
  void everyScraperAnswersItsEnvelopeDeterministically(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    CALLS.forEach((path, call) -> {
      SandboxHttp.Reply first = http.post(S + path, call[0]);
      assertThat(first.status()).as(path + " " + first.body()).isEqualTo(200);
      assertThat(first.at("meta.requestId")).as(path).isEqualTo(first.header("X-Request-Id"));
      assertThat(first.at("data." + call[1])).as(path + " data." + call[1]).isNotNull();
      SandboxHttp.Reply second = http.post(S + path, call[0]);
      assertThat(second.at("data")).as(path + " is deterministic").isEqualTo(first.at("data"));
    });
    assertThat(sandbox.ledger().requestsPerRoute().keySet().stream().filter(r -> r.contains("/scrapers/")).count())
        .isEqualTo(CALLS.size());
  }

  @Test
  void profilePostsAnswer202AndThePostsAreTheOperationsResult(HogSandbox sandbox) {
    // Page 07 (the API's contract) answers 202 here; page 06 (the official SDK) a 200 with the posts.
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply accepted = http.post(S + "linkedin/profile-posts", "{\"username\":\"janedoe\",\"maxPosts\":2}");
    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.map()).containsOnlyKeys("data", "meta");
    CLOCK.advance(Duration.ofSeconds(6));
    SandboxHttp.Reply done = http.poll((String) accepted.at("data.pollUrl"));
    assertThat(done.at("status")).isEqualTo("succeeded");
    assertThat(done.at("result.username")).isEqualTo("janedoe");
    assertThat(done.listAt("result.posts")).hasSize(2);
  }

  @Test
  void fieldCasingIsTheApisOwn(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    assertThat(http.post(S + "linkedin/company-posts", "{\"companySlug\":\"acme\"}").mapAt("data"))
        .containsKeys("companySlug", "posts");
    assertThat(http.post(S + "instagram/profile", "{\"username\":\"acme\"}").mapAt("data"))
        .containsKeys("display_name", "is_verified");
    assertThat(http.post(S + "tiktok/profile", "{\"username\":\"acme\"}").mapAt("data"))
        .containsOnlyKeys("profile", "videos", "relatedVideos");
    assertThat(http.post(S + "web/search", "{\"query\":\"acme\"}").mapAt("data")).containsKeys("totalResults");
  }

  @Test
  void limitsAndRequiredFieldsAnswer400NamingTheField(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    String hundredAndOne = IntStream.range(0, 101).mapToObj(i -> "\"d" + i + ".example\"")
        .collect(Collectors.joining(",", "[", "]"));
    Map<String, String> invalid = new LinkedHashMap<>();
    invalid.put("linkedin/finder", "{\"domains\":" + hundredAndOne + "}");
    invalid.put("linkedin/profile", "{}");
    invalid.put("linkedin/profile-posts", "{\"username\":\"j\",\"maxPosts\":201}");
    invalid.put("linkedin/post-reactions", "{\"postUrls\":[]}");
    invalid.put("linkedin/profile-comments", "{\"profiles\":[\"j\"],\"postedLimit\":\"decade\"}");
    invalid.put("instagram/followers", "{\"username\":\"j\",\"maxFollowers\":5001}");
    invalid.put("tiktok/profile", "{\"username\":\"j\",\"maxVideos\":0}");
    invalid.put("web/search", "{\"query\":\"x\",\"maxResults\":51}");
    invalid.put("web/scrape", "{\"url\":\"https://a.example\",\"maxAgeDays\":31}");
    invalid.forEach((path, body) -> {
      SandboxHttp.Reply reply = http.post(S + path, body);
      assertThat(reply.status()).as(path + " " + body).isEqualTo(400);
      assertThat(reply.listAt("errors")).as(path).isNotEmpty();
    });
    String identifiers = IntStream.range(0, 101).mapToObj(i -> "{\"email\":\"p" + i + "@acme.example\"}")
        .collect(Collectors.joining(",", "[", "]"));
    SandboxHttp.Reply batch = http.post("/api/enrichments", "{\"fields\":[\"contact.email\"],\"identifiers\":" + identifiers + "}");
    assertThat(batch.status()).isEqualTo(400);
    assertThat(batch.at("errors.0.property")).isEqualTo("identifiers");
    assertThat(sandbox.ledger().charges()).isEmpty();
  }

  @Test
  void enrichmentsAreReadByIdAndOperationsListed(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply enrichment = http.post("/api/enrichments",
        "{\"fields\":[\"contact.email\"],\"identifiers\":[{\"email\":\"a@acme.example\"},{\"email\":\"b@acme.example\"}]}");
    assertThat(enrichment.status()).isEqualTo(202);
    String id = (String) enrichment.at("id");
    assertThat(http.get("/api/enrichments/" + id).at("status")).isEqualTo("queued");
    String research = (String) http.post("/api/deep-research", "{\"prompt\":\"Who leads Acme?\",\"schema\":{\"type\":\"object\"},"
        + "\"budget\":{\"maxCredits\":50}}").at("id");
    CLOCK.advance(Duration.ofSeconds(6));
    SandboxHttp.Reply done = http.get("/api/enrichments/" + id);
    assertThat(done.at("status")).isEqualTo("succeeded");
    assertThat(done.listAt("result.records")).hasSize(2);
    assertThat(http.get("/api/enrichments/op_unknown").status()).isEqualTo(404);

    // A bare array of the newest operations, no cursor (the API's contract); limit bounds it.
    SandboxHttp.Reply newest = http.get("/api/operations?limit=1");
    assertThat((List<?>) newest.json()).extracting(o -> (Object) ((Map<?, ?>) o).get("id")).containsExactly(research);
    assertThat((List<?>) http.get("/api/operations").json()).extracting(o -> (Object) ((Map<?, ?>) o).get("id"))
        .containsExactly(research, id);
    assertThat(http.get("/api/operations?limit=101").status()).isEqualTo(400);
    assertThat((List<?>) http.get("/api/operations?status=queued").json()).isEmpty();
    assertThat((List<?>) http.get("/api/operations?status=succeeded").json()).hasSize(2);
    assertThat(List.of(http.get("/api/operations/" + id).at("id"))).containsExactly(id);
  }
}
