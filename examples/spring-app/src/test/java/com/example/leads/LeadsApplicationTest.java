package com.example.leads;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.HogClient;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.SandboxLedger;
import ai.thehog.spring.test.AutoConfigureHogSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service against hog-sandbox, through the starter's test support; the test sets documented
 * {@code thehog.*} properties only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "thehog.health.check-reachability=true",
    "thehog.retry.max-attempts=3"})
@AutoConfigureHogSandbox
class LeadsApplicationTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  int port;
  @Autowired
  HogClient hog;
  @Autowired
  HogSandbox sandbox;
  @Autowired
  ObjectProvider<SandboxLedger> ledger;
  @Autowired
  MeterRegistry registry;

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theEndpointEnrichesALeadThroughTheSandboxAndPaysOnce() throws Exception {
    assertThat(hog.baseUrl()).startsWith(sandbox.baseUrl());

    HttpResponse<String> lead = get("/leads/enrich?email=ada@acme.example");

    assertThat(lead.statusCode()).as(lead.body()).isEqualTo(200);
    assertThat(lead.body()).contains("\"email\":\"ada@acme.example\"").contains("\"title\":\"");
    assertThat(ledger.getObject().chargesPerIdentifier()).containsEntry("email=ada@acme.example", 1L);
  }

  @Test
  void hogMetersAreInTheApplicationsRegistryAfterACall() throws Exception {
    assertThat(get("/leads/enrich?email=grace@navy.example").statusCode()).isEqualTo(200);

    assertThat(registry.find("hog.client.requests").tag("operation", "POST /api/enrichments").timer())
        .isNotNull();
    HttpResponse<String> metric = get("/actuator/metrics/hog.client.requests");
    assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
    assertThat(metric.body()).contains("POST /api/enrichments");
  }

  @Test
  void healthHasAHogComponentThatReachedTheSandbox() throws Exception {
    HttpResponse<String> health = get("/actuator/health/hog");

    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"reachability\":\"reachable\"")
        .doesNotContain(HogSandbox.DEFAULT_SECRET_KEY);
  }

  @Test
  void theSecretIsMaskedInEnvAndConfigprops() throws Exception {
    HttpResponse<String> entry = get("/actuator/env/thehog.secret-key");
    assertThat(entry.statusCode()).as(entry.body()).isEqualTo(200);
    assertThat(entry.body()).contains("\"value\":\"******\"").doesNotContain(HogSandbox.DEFAULT_SECRET_KEY);

    HttpResponse<String> env = get("/actuator/env");
    assertThat(env.body()).contains("thehog.secret-key").contains(HogSandbox.DEFAULT_ACCESS_KEY)
        .doesNotContain(HogSandbox.DEFAULT_SECRET_KEY);

    HttpResponse<String> configprops = get("/actuator/configprops/thehog");
    assertThat(configprops.statusCode()).as(configprops.body()).isEqualTo(200);
    assertThat(configprops.body()).contains("\"secretKey\":\"******\"")
        .contains("\"accessKey\":\"" + HogSandbox.DEFAULT_ACCESS_KEY + "\"")
        .doesNotContain(HogSandbox.DEFAULT_SECRET_KEY);
  }
}
