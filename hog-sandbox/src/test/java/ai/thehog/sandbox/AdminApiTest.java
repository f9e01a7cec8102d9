package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin view under /__sandbox/, for a sandbox driven from another process. */
class AdminApiTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().requestsPerMinute(3).build();

  @Test
  void ledgerShowsChargesRequestsRateLimitsAndReplays(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    String body = "{\"identifiers\":[{\"email\":\"a@acme.example\"}],\"fields\":[\"profile\"]}";
    http.post("/api/enrichments", body, "Idempotency-Key", "k1");
    http.post("/api/enrichments", body, "Idempotency-Key", "k1");
    http.post("/api/enrichments", body);
    http.post("/api/enrichments", body);   // the 4th in a 3-per-minute window: 429

    SandboxHttp.Reply ledger = http.raw("GET", "/__sandbox/ledger", null);
    assertThat(ledger.status()).isEqualTo(200);
    assertThat(ledger.listAt("charges")).hasSize(2);
    assertThat(ledger.at("charges.0.identifier")).isEqualTo("email=a@acme.example");
    assertThat(ledger.at("creditsPerAccessKey.ak_sandbox")).isEqualTo(2L);
    assertThat(ledger.at("chargesPerIdentifier")).isEqualTo(java.util.Map.of("email=a@acme.example", 2L));
    assertThat(ledger.at("requestsPerRoute")).isEqualTo(java.util.Map.of("POST /api/enrichments", 4L));
    assertThat(ledger.at("tooManyRequestsSent")).isEqualTo(1L);
    assertThat(ledger.at("idempotentReplays")).isEqualTo(1L);
  }

  @Test
  void everyKeyOfTheLedgerJsonIsASandboxLedgerMethodGivingTheSameValue(HogSandbox sandbox) throws Exception {
    SandboxHttp http = new SandboxHttp(sandbox);
    http.post("/api/enrichments", "{\"identifier\":{\"email\":\"a@acme.example\"},\"fields\":[\"profile\",\"contact\"]}");
    http.post("/api/enrichments", "{\"identifier\":{\"email\":\"b@acme.example\"},\"fields\":[\"profile\"]}");

    Map<String, Object> json = http.raw("GET", "/__sandbox/ledger", null).map();
    SandboxLedger ledger = sandbox.ledger();
    TreeSet<String> methods = new TreeSet<>();
    for (Method m : SandboxLedger.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
          && !m.getName().equals("toString") && !m.getName().equals("hashCode")) {
        methods.add(m.getName());
      }
    }
    assertThat(json.keySet()).containsExactlyInAnyOrderElementsOf(methods);
    for (String key : json.keySet()) {
      Object value = SandboxLedger.class.getMethod(key).invoke(ledger);
      if (key.equals("charges")) {
        assertThat(http.raw("GET", "/__sandbox/ledger", null).listAt("charges")).hasSize(ledger.charges().size());
      } else {
        assertThat(json.get(key)).as(key).isEqualTo(value);
      }
    }
    assertThat(ledger.creditsPerAccessKey()).isEqualTo(Map.of("ak_sandbox", 3L));
    assertThat(ledger.creditsPerAccessKey().get("ak_sandbox")).isEqualTo(ledger.creditsCharged("ak_sandbox"));
  }

  @Test
  void faultsCanBeArmedListedAndClearedOverHttp(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply armed = http.raw("POST", "/__sandbox/faults",
        "[{\"method\":\"POST\",\"path\":\"/api/signals\",\"kind\":\"server_error\",\"status\":503,\"times\":2},"
            + "{\"method\":\"GET\",\"path\":\"/api/operations/*\",\"kind\":\"connection_reset\"}]");
    assertThat(armed.status()).isEqualTo(200);
    assertThat(armed.listAt("faults")).hasSize(2);

    assertThat(http.post("/api/signals", "{}").status()).isEqualTo(503);
    assertThat(http.raw("DELETE", "/__sandbox/faults", null).status()).isEqualTo(200);
    assertThat(http.post("/api/signals", "{}").status()).isEqualTo(200);
  }

  @Test
  void badFaultRequestsAreRefusedWithAClearMessage(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).raw("POST", "/__sandbox/faults",
        "{\"path\":\"/api/signals\",\"kind\":\"gremlins\"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat((String) reply.at("message")).contains("gremlins").contains("server_error");
  }

  @Test
  void resetClearsTheLedgerAndOperations(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    String id = (String) http.post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}").at("id");
    assertThat(http.raw("POST", "/__sandbox/reset", "").status()).isEqualTo(200);

    assertThat(sandbox.ledger().charges()).isEmpty();
    assertThat(http.get("/api/operations/" + id).status()).isEqualTo(404);
  }

  @Test
  void wireMocksOwnResetDoesNotBreakTheSandbox(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    assertThat(http.raw("POST", "/__admin/reset", "").status()).isEqualTo(200);
    assertThat(http.raw("DELETE", "/__admin/mappings", null).status()).isEqualTo(200);
    // The catch-all stub is back, so requests stay matched (no "not matched" reports from WireMock).
    assertThat(http.raw("GET", "/__admin/mappings", null).at("meta.total")).isEqualTo(1L);
    assertThat(http.post("/api/signals", "{}").status()).isEqualTo(200);
  }
}
