package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Idempotency-Key: replays of the same request, refusal of a different one, recovery of a lost response. */
class IdempotencyTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().build();

  static final String BATCH = "{\"identifiers\":[{\"email\":\"a@acme.example\"},{\"email\":\"b@acme.example\"}],"
      + "\"fields\":[\"contact.email\"]}";
  static final String SAME_BATCH_OTHER_ORDER = "{ \"fields\": [\"contact.email\"], "
      + "\"identifiers\": [{\"email\":\"a@acme.example\"},{\"email\":\"b@acme.example\"}] }";

  @Test
  void sameKeyAndSameBodyReplaysTheOriginalResponseWithoutCharging(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply first = http.post("/api/enrichments", BATCH, "Idempotency-Key", "batch-1");
    long charged = sandbox.ledger().creditsCharged(SandboxHttp.ACCESS);
    SandboxHttp.Reply again = http.post("/api/enrichments", SAME_BATCH_OTHER_ORDER, "Idempotency-Key", "batch-1");

    assertThat(again.status()).isEqualTo(202);
    assertThat(again.at("id")).isEqualTo(first.at("id"));
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("X-Request-Id")).isEqualTo(first.header("X-Request-Id"));
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(sandbox.ledger().creditsCharged(SandboxHttp.ACCESS)).isEqualTo(charged).isEqualTo(2);
    assertThat(sandbox.ledger().idempotentReplays()).isEqualTo(1);
    assertThat(sandbox.ledger().chargesPerIdentifier().values()).containsOnly(1L);
  }

  @Test
  void sameKeyWithADifferentBodyIsRefusedWith422(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    http.post("/api/enrichments", BATCH, "Idempotency-Key", "batch-2");
    SandboxHttp.Reply other = http.post("/api/enrichments",
        "{\"identifiers\":[{\"email\":\"c@acme.example\"}],\"fields\":[\"contact.email\"]}", "Idempotency-Key", "batch-2");

    assertThat(other.status()).isEqualTo(422);
    assertThat((String) other.at("message")).contains("batch-2").contains("different");
    assertThat(sandbox.ledger().chargesPerIdentifier()).doesNotContainKey("email=c@acme.example");
  }

  @Test
  void withoutAKeyEveryRequestIsNewWork(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    Object first = http.post("/api/enrichments", BATCH).at("id");
    Object second = http.post("/api/enrichments", BATCH).at("id");

    assertThat(second).isNotEqualTo(first);
    assertThat(sandbox.ledger().chargesPerIdentifier().values()).containsOnly(2L);
  }

  @Test
  void responseLostAfterWorkThenRetryGetsTheOriginal202AndNoNewCharge(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    sandbox.faults().inject(SandboxFault.on("POST", "/api/enrichments").times(1).responseLostAfterWork());

    SandboxHttp.Reply lost = http.post("/api/enrichments", BATCH, "Idempotency-Key", "lost-1");
    assertThat(lost.status()).isEqualTo(503);
    assertThat(sandbox.ledger().chargesPerIdentifier()).hasSize(2);
    String createdOperation = sandbox.ledger().charges().get(0).operationId();

    SandboxHttp.Reply retry = http.post("/api/enrichments", BATCH, "Idempotency-Key", "lost-1");
    assertThat(retry.status()).isEqualTo(202);
    assertThat(retry.at("id")).isEqualTo(createdOperation);
    assertThat(sandbox.ledger().chargesPerIdentifier().values()).containsOnly(1L);
    assertThat(http.get("/api/operations/" + createdOperation).status()).isEqualTo(200);
  }

  @Test
  void keysAreScopedToTheirRoute(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    http.post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}", "Idempotency-Key", "shared-key");
    SandboxHttp.Reply other = http.post("/api/v1/platform/scrapers/web/crawl", "{\"url\":\"https://acme.example\"}",
        "Idempotency-Key", "shared-key");
    assertThat(other.status()).isEqualTo(422);
  }
}
