package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The usable core through HTTP: the JUnit extension, auth, enrichment 200/202, operations, the ledger. */
class CoreBehaviourTest {

  static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder()
      .clock(CLOCK)
      .timeScale(10)
      .operationDuration(Duration.ofSeconds(10))
      .build();

  static final String SINGLE = "{\"identifier\":{\"email\":\"jane@acme.example\"},\"fields\":[\"contact.email\",\"contact.phone\",\"profile\"]}";
  static final String BATCH = "{\"identifiers\":[{\"email\":\"a@acme.example\"},{\"linkedin_url\":\"https://www.linkedin.com/in/b\"},"
      + "{\"email\":\"c@acme.example\"}],\"fields\":[\"contact.email\",\"contact.phone\"]}";

  @Test
  void extensionInjectsTheStartedSandbox(HogSandbox sandbox) {
    assertThat(sandbox).isSameAs(SANDBOX.sandbox());
    assertThat(sandbox.isRunning()).isTrue();
    assertThat(sandbox.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
  }

  @Test
  void requestsWithoutValidKeysGet401WithTheErrorBody(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply none = http.raw("POST", "/api/enrichments", SINGLE, "Content-Type", "application/json");
    SandboxHttp.Reply wrong = http.raw("POST", "/api/enrichments", SINGLE, "Content-Type", "application/json",
        "X-Access-Key", "ak_sandbox", "X-Secret-Key", "sk_wrong_secret_123");

    assertThat(none.status()).isEqualTo(401);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.map()).containsKeys("statusCode", "error", "message", "path", "timestamp", "requestId", "errors");
    assertThat(wrong.at("statusCode")).isEqualTo(401L);
    assertThat(wrong.at("path")).isEqualTo("/api/enrichments");
    assertThat(wrong.at("requestId")).isEqualTo(wrong.header("X-Request-Id"));
    assertThat(wrong.body()).doesNotContain("sk_wrong_secret_123").doesNotContain(SandboxHttp.SECRET);
    assertThat(sandbox.ledger().charges()).isEmpty();
  }

  @Test
  void singleIdentifierWithContactFieldsAnswers200AtOnce(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).post("/api/enrichments", SINGLE);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.at("data.contact.email")).isEqualTo("jane@acme.example");
    assertThat((String) reply.at("data.contact.phone")).matches("\\+1-\\d{3}-555-\\d{4}");
    assertThat((String) reply.at("data.profile.fullName")).contains(" ");
    assertThat(reply.at("meta.requestId")).isEqualTo(reply.header("X-Request-Id"));
    assertThat(UUID.fromString(reply.header("X-Request-Id"))).isNotNull();
    assertThat(reply.at("meta.cost.estimated")).isEqualTo(3L);
    assertThat(reply.at("meta.cost.actual")).isEqualTo(3L);
    assertThat(sandbox.ledger().creditsCharged("ak_sandbox")).isEqualTo(3);
  }

  @Test
  void batchAnswers202AndItsOperationMovesToAResultInInputOrder(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply accepted = http.post("/api/enrichments", BATCH);

    assertThat(accepted.status()).isEqualTo(202);
    String id = (String) accepted.at("id");
    assertThat(accepted.at("operationId")).isEqualTo(id);
    assertThat(accepted.at("status")).isEqualTo("queued");
    assertThat(accepted.at("pollUrl")).isEqualTo("/api/operations/" + id);
    assertThat(accepted.at("meta.requestId")).isEqualTo(accepted.header("X-Request-Id"));

    assertThat(http.get("/api/operations/" + id).at("status")).isEqualTo("queued");
    CLOCK.advance(Duration.ofMillis(200));   // 2 s of sandbox time: processing, progress not yet tracked
    SandboxHttp.Reply early = http.get("/api/operations/" + id);
    assertThat(early.at("status")).isEqualTo("processing");
    assertThat(early.at("progress")).isNull();
    CLOCK.advance(Duration.ofMillis(300));   // 5 s
    long mid = (Long) http.get("/api/operations/" + id).at("progress");
    CLOCK.advance(Duration.ofMillis(300));   // 8 s
    long later = (Long) http.get("/api/operations/" + id).at("progress");
    assertThat(mid).isBetween(1L, 99L);
    assertThat(later).isGreaterThan(mid).isLessThan(100L);
    CLOCK.advance(Duration.ofMillis(300));   // 11 s: done
    SandboxHttp.Reply done = http.get("/api/operations/" + id);
    assertThat(done.at("status")).isEqualTo("succeeded");
    assertThat(done.at("progress")).isEqualTo(100L);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> records = (List<Map<String, Object>>) done.at("result.records");
    assertThat(records).extracting(r -> r.get("identifier")).containsExactly(
        Map.of("email", "a@acme.example"), Map.of("linkedin_url", "https://www.linkedin.com/in/b"),
        Map.of("email", "c@acme.example"));
    assertThat(records).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("succeeded"));
    assertThat(done.at("result.records.0.data.contact.email")).isEqualTo("a@acme.example");
  }

  @Test
  void batchChargesExactlyOncePerIdentifier(HogSandbox sandbox) {
    new SandboxHttp(sandbox).post("/api/enrichments", BATCH);

    SandboxLedger ledger = sandbox.ledger();
    assertThat(ledger.chargesPerIdentifier()).containsOnly(
        Map.entry("email=a@acme.example", 1L),
        Map.entry("linkedin_url=https://www.linkedin.com/in/b", 1L),
        Map.entry("email=c@acme.example", 1L));
    assertThat(ledger.creditsCharged("ak_sandbox")).isEqualTo(6);
    assertThat(ledger.requestsPerRoute()).containsEntry("POST /api/enrichments", 1L);
  }

  @Test
  void unknownOperationIs404(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).get("/api/operations/op_does_not_exist");
    assertThat(reply.status()).isEqualTo(404);
    assertThat((String) reply.at("message")).contains("op_does_not_exist");
  }
}
