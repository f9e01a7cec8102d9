package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plan limit (402), estimates that match the real charge and cost nothing. */
class CreditsTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().planCredits(10).build();

  static final String TWO_IDENTITIES = "{\"identities\":[{\"platform\":\"linkedin\",\"username\":\"jane\"},"
      + "{\"platform\":\"github\",\"username\":\"jd\"}]}";

  @Test
  void requestsOverThePlanLimitAnswer402AndChargeNothing(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    assertThat(http.post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}").status()).isEqualTo(202);   // 10 credits
    SandboxHttp.Reply over = http.post("/api/companies/search", "{\"industry\":\"Software\"}");

    assertThat(over.status()).isEqualTo(402);
    assertThat((String) over.at("message")).contains("2 credits").contains("0 of 10");
    assertThat(sandbox.ledger().creditsCharged(SandboxHttp.ACCESS)).isEqualTo(10);
  }

  @Test
  void batchOverThePlanIsRefusedAsAWhole(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply reply = http.post("/api/enrichments",
        "{\"identifiers\":[{\"email\":\"a@acme.example\"},{\"email\":\"b@acme.example\"},{\"email\":\"c@acme.example\"}],"
            + "\"fields\":[\"contact.email\",\"contact.phone\",\"profile\",\"company\"]}");   // 3 x 4 = 12
    assertThat(reply.status()).isEqualTo(402);
    assertThat(sandbox.ledger().charges()).isEmpty();
  }

  @Test
  void estimatesGiveTheDocumentedFieldsTheRealCostAndChargeNothing(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply estimate = http.post("/api/people/enrich/estimate", TWO_IDENTITIES);

    assertThat(estimate.status()).isEqualTo(200);
    assertThat(estimate.map()).containsOnlyKeys("data", "meta");
    assertThat(estimate.at("data.estimatedCredits")).isEqualTo(4L);
    assertThat(estimate.at("data.likelySyncOrAsync")).isEqualTo("sync");
    assertThat(estimate.at("data.expectedLatencyRange")).isNotNull();
    assertThat(estimate.at("data.expectedLookupDepth")).isNotNull();
    assertThat(estimate.listAt("data.providersLikelyUsed")).isNotEmpty();
    assertThat(estimate.at("data.withinPlanLimits")).isEqualTo(true);
    assertThat(estimate.at("meta.requestId")).isEqualTo(estimate.header("X-Request-Id"));
    assertThat(sandbox.ledger().charges()).isEmpty();

    SandboxHttp.Reply real = http.post("/api/people/enrich", TWO_IDENTITIES);
    assertThat(real.at("meta.cost.actual")).isEqualTo(4L);
    assertThat(sandbox.ledger().creditsCharged(SandboxHttp.ACCESS)).isEqualTo(4);
  }

  @Test
  void estimatesSayNotWithinPlanLimitsWhenTheRealCallWouldGet402(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    http.post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}");   // uses all 10 credits

    SandboxHttp.Reply research = http.post("/api/people/researches/estimate", "{\"email\":\"jane@acme.example\"}");
    SandboxHttp.Reply generation = http.post("/api/generate/estimate", "{\"prompt\":\"intro\",\"length\":\"long\"}");
    assertThat(research.at("data.withinPlanLimits")).isEqualTo(false);
    assertThat(generation.at("data.withinPlanLimits")).isEqualTo(false);
    assertThat(generation.at("data.likelySyncOrAsync")).isEqualTo("async");
    assertThat(http.post("/api/people/researches", "{\"email\":\"jane@acme.example\"}").status()).isEqualTo(402);
  }
}
