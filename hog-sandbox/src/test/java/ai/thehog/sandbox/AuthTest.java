package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Credentials: keys, Bearer on the older paths only, one ledger per access key, the secret never echoed. */
class AuthTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder()
      .accessKey("ak_main").secretKey("sk_main_secret")
      .addCredential("ak_other", "sk_other_secret")
      .build();

  static final String SEARCH = "{\"industry\":\"Software\"}";

  @Test
  void keysAreCheckedAgainstTheConfiguredPairs(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    assertThat(http.post("/api/companies/search", SEARCH, "X-Access-Key", "ak_main", "X-Secret-Key", "sk_main_secret")
        .status()).isEqualTo(200);
    assertThat(http.post("/api/companies/search", SEARCH, "X-Access-Key", "ak_main", "X-Secret-Key", "sk_other_secret")
        .status()).isEqualTo(401);
    SandboxHttp.Reply onlyAccess = http.raw("POST", "/api/companies/search", SEARCH,
        "Content-Type", "application/json", "X-Access-Key", "ak_main");
    assertThat(onlyAccess.status()).isEqualTo(401);
    assertThat((String) onlyAccess.at("message")).contains("X-Secret-Key");
  }

  @Test
  void bearerTokenIsAcceptedOnOlderPathsOnly(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply legacy = http.post("/api/companies/search", SEARCH, "Authorization", "Bearer sk_main_secret");
    SandboxHttp.Reply current = http.post("/api/v1/companies/search", SEARCH, "Authorization", "Bearer sk_main_secret");
    SandboxHttp.Reply wrong = http.post("/api/companies/search", SEARCH, "Authorization", "Bearer nope_token_42");

    assertThat(legacy.status()).isEqualTo(200);
    assertThat(current.status()).isEqualTo(401);
    assertThat((String) current.at("message")).contains("X-Access-Key");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("nope_token_42");
    assertThat(sandbox.ledger().creditsCharged("ak_main")).isEqualTo(2);
  }

  @Test
  void eachAccessKeyHasItsOwnLedger(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    http.post("/api/companies/search", SEARCH, "X-Access-Key", "ak_main", "X-Secret-Key", "sk_main_secret");
    http.post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}", "X-Access-Key", "ak_other", "X-Secret-Key", "sk_other_secret");

    assertThat(sandbox.ledger().creditsCharged("ak_main")).isEqualTo(2);
    assertThat(sandbox.ledger().creditsCharged("ak_other")).isEqualTo(10);
  }

  @Test
  void operationsOfAnotherKeyAreNotVisible(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    String id = (String) http.post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}",
        "X-Access-Key", "ak_other", "X-Secret-Key", "sk_other_secret").at("id");

    assertThat(http.get("/api/operations/" + id, "X-Access-Key", "ak_other", "X-Secret-Key", "sk_other_secret")
        .status()).isEqualTo(200);
    assertThat(http.get("/api/operations/" + id, "X-Access-Key", "ak_main", "X-Secret-Key", "sk_main_secret")
        .status()).isEqualTo(404);
  }

  @Test
  void secretsNeverReachTheRequestJournalOrTheAdminView(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    http.post("/api/companies/search", SEARCH, "X-Access-Key", "ak_main", "X-Secret-Key", "sk_main_secret");
    http.post("/api/companies/search", SEARCH, "Authorization", "Bearer sk_other_secret");

    SandboxHttp.Reply journal = http.raw("GET", "/__admin/requests", null);
    SandboxHttp.Reply ledger = http.raw("GET", "/__sandbox/ledger", null);
    assertThat(journal.status()).isEqualTo(200);
    assertThat(journal.body()).contains("/api/companies/search").contains("ak_main")
        .doesNotContain("sk_main_secret").doesNotContain("sk_other_secret");
    assertThat(ledger.body()).doesNotContain("sk_main_secret").doesNotContain("sk_other_secret");
    assertThat(sandbox.toString()).doesNotContain("sk_main_secret").doesNotContain("sk_other_secret");
  }
}
