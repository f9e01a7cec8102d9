package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Servers a real account may meet: without the estimate endpoints (404, as a current-generation
 * server answers) and with tight rate limits; from the Java builder, the JUnit extension and the
 * command line.
 */
class ServerVariantsTest {

  static final List<String> ESTIMATES = List.of("/api/people/enrich/estimate", "/api/people/researches/estimate",
      "/api/generate/estimate", "/api/v1/people/search/estimate");

  @Nested
  class WithoutEstimatesFromTheExtension {
    @RegisterExtension
    final HogSandboxExtension sandbox = HogSandboxExtension.builder().estimateEndpoints(false).build();

    @Test
    void everyEstimateEndpointAnswers404AndTheRestStillServes(HogSandbox sandbox) {
      SandboxHttp http = new SandboxHttp(sandbox);
      for (String path : ESTIMATES) {
        SandboxHttp.Reply reply = http.post(path, "{\"identities\":[{\"platform\":\"linkedin\",\"username\":\"jane\"}]}");
        assertThat(reply.status()).as(path).isEqualTo(404);
        assertThat(reply.at("statusCode")).isEqualTo(404L);
        assertThat(http.get(path).status()).as("GET " + path).isEqualTo(404);
      }
      assertThat(http.post("/api/people/enrich", "{\"identities\":[{\"platform\":\"linkedin\",\"username\":\"jane\"}]}")
          .status()).isEqualTo(200);
      assertThat(sandbox.ledger().charges()).hasSize(1);
    }
  }

  @Nested
  class WithEstimatesByDefault {
    @RegisterExtension
    final HogSandboxExtension sandbox = HogSandboxExtension.builder().build();

    @Test
    void everyEstimateEndpointAnswers200WithoutCharging(HogSandbox sandbox) {
      SandboxHttp http = new SandboxHttp(sandbox);
      assertThat(http.post("/api/people/enrich/estimate", "{\"identities\":[{\"platform\":\"x\",\"username\":\"j\"}]}")
          .status()).isEqualTo(200);
      SandboxHttp.Reply people = http.post("/api/v1/people/search/estimate",
          "{\"query\":\"CFOs in Berlin\",\"limit\":10,\"includeContacts\":true,\"contactFields\":[\"email\",\"phone\"]}");
      assertThat(people.status()).isEqualTo(200);
      // Flat, as the API's contract answers it: no data envelope.
      assertThat(people.map()).doesNotContainKeys("data", "meta");
      assertThat(people.at("estimatedCredits")).isEqualTo(2L + 10 * 2);
      assertThat(people.at("withinPlanLimits")).isEqualTo(true);
      assertThat(people.at("likelySyncOrAsync")).isEqualTo("async");
      assertThat(people.at("breakdown.baseSearchCredits")).isEqualTo(2L);
      assertThat(people.at("breakdown.contactEnrichment.estimatedCredits")).isEqualTo(20L);
      assertThat(people.listAt("breakdown.contactEnrichment.fields")).containsExactly("email", "phone");
      assertThat(people.at("assumptions.mode")).isEqualTo("conservative");
      assertThat(http.post("/api/v1/people/search/estimate", "{\"query\":\"x\",\"limit\":101}").status()).isEqualTo(400);
      assertThat(sandbox.ledger().charges()).isEmpty();
    }
  }

  @Test
  void theJavaApiSetsArbitraryLimitsAndDropsTheEstimates() {
    try (HogSandbox sandbox = HogSandbox.builder().requestsPerMinute(2).pollsPerMinute(1).estimateEndpoints(false)
        .build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      String pollUrl = (String) http.post("/api/deep-research", "{\"prompt\":\"a\",\"schema\":{\"type\":\"object\"}}").at("pollUrl");
      assertThat(http.post("/api/deep-research", "{\"prompt\":\"b\",\"schema\":{\"type\":\"object\"}}").status()).isEqualTo(202);
      SandboxHttp.Reply third = http.post("/api/deep-research", "{\"prompt\":\"c\",\"schema\":{\"type\":\"object\"}}");
      assertThat(third.status()).isEqualTo(429);
      assertThat(third.header("X-RateLimit-Limit")).isEqualTo("2");
      assertThat(http.get(pollUrl).status()).isEqualTo(200);
      assertThat(http.get(pollUrl).status()).isEqualTo(429);
      assertThat(http.post("/api/generate/estimate", "{\"prompt\":\"x\"}").status()).isEqualTo(404);
      assertThat(sandbox.toString()).contains("estimateEndpoints=false");
    }
  }

  @Test
  void theCommandLineSetsArbitraryLimitsAndDropsTheEstimates() {
    try (HogSandbox sandbox = SandboxMain.parse(new String[] {"--port", "0", "--requests-per-minute", "1",
        "--polls-per-minute", "7", "--no-estimates", "--real-shapes"}).start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      assertThat(http.post("/api/v1/people/search/estimate", "{\"query\":\"x\"}").status()).isEqualTo(404);
      SandboxHttp.Reply accepted = http.post("/api/v1/search", "{\"type\":\"web_search\",\"query\":\"x\"}");
      assertThat(accepted.status()).isEqualTo(202);
      assertThat(accepted.map()).containsOnlyKeys("id", "status", "poll_url", "meta");
      SandboxHttp.Reply limited = http.post("/api/v1/search", "{\"type\":\"web_search\",\"query\":\"y\"}");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("1");
      assertThat(http.get((String) accepted.at("poll_url")).header("X-RateLimit-Limit")).isEqualTo("7");
    }
    assertThat(SandboxMain.usage()).contains("--no-estimates").contains("--real-shapes");
  }
}
