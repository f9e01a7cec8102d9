package ai.thehog.spring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.HogClient;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.SandboxLedger;
import ai.thehog.spring.test.AutoConfigureHogSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole starter in one application, as a user's test would see it: Actuator and the sandbox. */
@SpringBootTest(properties = {
    "management.endpoints.web.exposure.include=env,configprops,health",
    "management.endpoint.env.show-values=always",
    "management.endpoint.configprops.show-values=always",
    "thehog.health.check-reachability=true",
    "THE_HOG_SECRET_KEY=sk_variable_form_secret"})
@AutoConfigureHogSandbox
class HogStarterIntegrationTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
  }

  @Autowired
  HogClient hog;
  @Autowired
  HogSandbox sandbox;
  @Autowired
  ObjectProvider<SandboxLedger> ledgers;
  @Autowired
  MeterRegistry registry;
  @Autowired
  @Qualifier("hogHealthIndicator")
  HealthIndicator health;
  @Autowired
  EnvironmentEndpoint env;
  @Autowired
  ConfigurationPropertiesReportEndpoint configprops;

  @Test
  void theClientCallsTheSandboxAndTheCallIsMeteredAndCharged() {
    assertThat(hog.baseUrl()).startsWith(sandbox.baseUrl());
    long before = ledgers.getObject().creditsCharged(HogSandbox.DEFAULT_ACCESS_KEY);

    var answer = hog.enrichments().enrich(PersonIdentifier.builder().email("ada@acme.example").build(),
        List.of("profile.title"));

    assertThat(answer.value().data()).isNotNull();
    assertThat(ledgers.getObject().creditsCharged(HogSandbox.DEFAULT_ACCESS_KEY)).isGreaterThan(before);
    Timer requests = registry.find("hog.client.requests").tag("operation", "POST /api/enrichments").timer();
    assertThat(requests).isNotNull();
    assertThat(requests.count()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theHealthComponentReportsReachabilityWithoutSpendingCreditsAndCachesIt() {
    long credits = ledgers.getObject().creditsCharged(HogSandbox.DEFAULT_ACCESS_KEY);
    long requests = hog.stats().requests();

    Health first = health.health();
    Health second = health.health();

    assertThat(first.getStatus()).isEqualTo(Status.UP);
    assertThat(first.getDetails()).containsEntry("reachability", "reachable")
        .containsEntry("accessKey", "ak_san…").containsEntry("rateLimits", "in process");
    assertThat(first.toString()).doesNotContain("sk_sandbox");
    assertThat(second.getDetails()).isEqualTo(first.getDetails());
    assertThat(hog.stats().requests() - requests).as("one probe, then the cached result").isLessThanOrEqualTo(1);
    assertThat(ledgers.getObject().creditsCharged(HogSandbox.DEFAULT_ACCESS_KEY)).isEqualTo(credits);
  }

  @Test
  void actuatorsEnvEndpointMasksTheSecretButShowsOtherValues() {
    assertThat(env.environmentEntry("thehog.secret-key").getProperty().getValue()).isEqualTo("******");
    assertThat(env.environmentEntry("THE_HOG_SECRET_KEY").getProperty().getValue()).isEqualTo("******");
    assertThat(env.environmentEntry("thehog.access-key").getProperty().getValue())
        .isEqualTo(HogSandbox.DEFAULT_ACCESS_KEY);
    String all = String.valueOf(env.environment(null).getPropertySources().stream()
        .map(source -> source.getProperties()).toList());
    assertThat(all).doesNotContain("sk_sandbox").doesNotContain("sk_variable_form_secret");
  }

  @Test
  void actuatorsConfigpropsEndpointMasksTheSecretButShowsOtherValues() {
    String report = String.valueOf(configprops.configurationPropertiesWithPrefix("thehog").getContexts().values()
        .stream().flatMap(context -> context.getBeans().values().stream())
        .map(bean -> bean.getProperties() + " " + bean.getInputs()).toList());

    assertThat(report).contains("secretKey=******").contains("accessKey=" + HogSandbox.DEFAULT_ACCESS_KEY)
        .doesNotContain("sk_sandbox");
  }
}
