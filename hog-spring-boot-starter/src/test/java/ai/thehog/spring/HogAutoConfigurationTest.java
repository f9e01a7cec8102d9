package ai.thehog.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.client.AsyncHogClient;
import ai.thehog.client.HogClient;
import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.common.RateLimits;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.micrometer.HogMetrics;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.SandboxFault;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class HogAutoConfigurationTest {

  private static HogSandbox sandbox;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HogAutoConfiguration.class, HogMetricsAutoConfiguration.class,
          HogHealthAutoConfiguration.class));

  @BeforeAll
  static void start() {
    sandbox = HogSandbox.builder().build().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void clearFaults() {
    sandbox.faults().clear();
  }

  private ApplicationContextRunner withSandbox() {
    return runner.withPropertyValues("thehog.base-url=" + sandbox.baseUrl(),
        "thehog.access-key=" + HogSandbox.DEFAULT_ACCESS_KEY, "thehog.secret-key=" + HogSandbox.DEFAULT_SECRET_KEY);
  }

  private static void enrich(HogClient hog) {
    hog.enrichments().enrich(PersonIdentifier.builder().email("grace@navy.example").build(),
        List.of("profile.title"));
  }

  @Test
  void keysAndServerComeFromTheOfficialSdksVariablesWhenNoPropertyIsSet() {
    runner.withPropertyValues("THE_HOG_ACCESS_KEY=" + HogSandbox.DEFAULT_ACCESS_KEY,
        "THE_HOG_SECRET_KEY=" + HogSandbox.DEFAULT_SECRET_KEY, "THE_HOG_SERVER_URL=" + sandbox.baseUrl())
        .run(context -> {
          HogClient hog = context.getBean(HogClient.class);
          assertThat(hog.baseUrl()).startsWith(sandbox.baseUrl());
          enrich(hog);
          assertThat(context.getBean(AsyncHogClient.class)).isSameAs(hog.async());
        });
  }

  @Test
  void propertiesWinOverTheVariables() {
    withSandbox().withPropertyValues("THE_HOG_SERVER_URL=http://127.0.0.1:9/", "THE_HOG_SECRET_KEY=sk_wrong")
        .run(context -> enrich(context.getBean(HogClient.class)));
  }

  @Test
  void withoutKeysTheApplicationDoesNotStartAndSaysWhatToSet() {
    runner.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
        .hasMessageContaining("thehog.access-key").hasMessageContaining("THE_HOG_ACCESS_KEY"));
    runner.withPropertyValues("thehog.access-key=ak_only").run(context -> assertThat(context).hasFailed()
        .getFailure().rootCause().hasMessageContaining("thehog.secret-key").hasMessageContaining("THE_HOG_SECRET_KEY"));
  }

  @Test
  void anInvalidValueIsRefusedNamingTheProperty() {
    withSandbox().withPropertyValues("thehog.read-timeout=0s").run(context -> assertThat(context).hasFailed()
        .getFailure().rootCause().hasMessageContaining("thehog.read-timeout"));
  }

  @Test
  void everyBeanBacksOffForTheApplicationsOwn() {
    HogClient own = HogClient.builder().baseUrl(sandbox.baseUrl()).accessKey("ak_own").secretKey("sk_own").build();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    HogMetrics metrics = HogMetrics.create(registry);
    runner.withBean(HogClient.class, () -> own).withBean(MeterRegistry.class, () -> registry)
        .withBean(HogMetrics.class, () -> metrics)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(HogClient.class)).isSameAs(own);
          assertThat(context.getBean(AsyncHogClient.class)).isSameAs(own.async());
          assertThat(context.getBean(HogMetrics.class)).isSameAs(metrics);
        });
  }

  @Test
  void customizersSeeTheBuilderOnce() {
    AtomicInteger calls = new AtomicInteger();
    withSandbox().withBean(HogClientBuilderCustomizer.class, () -> builder -> calls.incrementAndGet())
        .run(context -> {
          context.getBean(HogClient.class);
          assertThat(calls).hasValue(1);
        });
  }

  @Test
  void retryPropertiesReachTheClient() {
    withSandbox().run(context -> {
      sandbox.faults().inject(SandboxFault.on("POST", "/api/enrichments").times(1).serverError(503));
      enrich(context.getBean(HogClient.class)); // retried by default
    });
    withSandbox().withPropertyValues("thehog.retry.max-attempts=1").run(context -> {
      sandbox.faults().inject(SandboxFault.on("POST", "/api/enrichments").times(1).serverError(503));
      assertThatThrownBy(() -> enrich(context.getBean(HogClient.class)))
          .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("HogServerException"));
    });
  }

  @Test
  void timeoutPropertiesReachTheClient() {
    withSandbox().withPropertyValues("thehog.read-timeout=300ms", "thehog.retry.max-attempts=1").run(context -> {
      sandbox.faults().inject(SandboxFault.on("POST", "/api/enrichments").times(1).latency(Duration.ofSeconds(3)));
      long start = System.nanoTime();
      assertThatThrownBy(() -> enrich(context.getBean(HogClient.class)))
          .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("HogNetworkException"));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    });
  }

  @Test
  void rateLimitPropertiesReachTheClient() {
    withSandbox().withPropertyValues("thehog.rate-limits.requests-per-minute=2").run(context -> {
      HogClient hog = context.getBean(HogClient.class);
      enrich(hog);
      enrich(hog);
      var third = context.getBean(AsyncHogClient.class).enrichments().enrich(
          PersonIdentifier.builder().email("linus@kernel.example").build(), List.of("profile.title"));
      Thread.sleep(1000);
      assertThat(third).as("the third request of the minute waits for its slot").isNotDone();
      third.cancel(true);
    });
  }

  @Test
  void theDefaultsAreTheClientsOwn() {
    withSandbox().run(context -> {
      HogProperties properties = context.getBean(HogProperties.class);
      RetryPolicy retry = RetryPolicy.defaults();
      assertThat(properties.retry()).isEqualTo(new HogProperties.Retry(retry.maxAttempts(), retry.maxElapsed(),
          retry.initialBackoff(), retry.maxBackoff()));
      PollingPolicy polling = PollingPolicy.defaults();
      assertThat(properties.polling()).isEqualTo(new HogProperties.Polling(polling.initialInterval(),
          polling.maxInterval(), polling.multiplier(), polling.defaultTimeout()));
      assertThat(HogClientFactory.rateLimits(properties)).isEqualTo(RateLimits.documented());
      assertThat(properties.rateLimits().shared()).isFalse();
      assertThat(context).doesNotHaveBean(HogRateLimiter.class);
    });
  }

  @Test
  void toStringNeverShowsTheSecrets() {
    withSandbox().withPropertyValues("thehog.bearer-token=tok_secret_value",
        "thehog.rate-limits.redis-url=redis://:redispass@localhost:6379").run(context -> {
          String text = context.getBean(HogProperties.class).toString();
          assertThat(text).doesNotContain(HogSandbox.DEFAULT_SECRET_KEY).doesNotContain("tok_secret_value")
              .doesNotContain("redispass").contains("ak_san…");
        });
  }

  @Test
  void metersAreBoundToTheApplicationsRegistry() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    withSandbox().withBean(MeterRegistry.class, () -> registry).run(context -> {
      assertThat(context).hasSingleBean(HogMetrics.class);
      enrich(context.getBean(HogClient.class));
      assertThat(registry.find(HogMetrics.REQUESTS).tag("status", "200").timer()).isNotNull();
    });
  }

  @Test
  void noMetersWithoutARegistryOrWhenTurnedOff() {
    withSandbox().run(context -> assertThat(context).doesNotHaveBean(HogMetrics.class));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    withSandbox().withBean(MeterRegistry.class, () -> registry).withPropertyValues("thehog.metrics.enabled=false")
        .run(context -> {
          assertThat(context).doesNotHaveBean(HogMetrics.class);
          enrich(context.getBean(HogClient.class));
          assertThat(registry.getMeters()).isEmpty();
        });
  }

  @Test
  void theHealthComponentReportsConfigurationWithoutCallingTheApi() {
    withSandbox().run(context -> {
      HogClient hog = context.getBean(HogClient.class);
      Health health = context.getBean("hogHealthIndicator", HealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("baseUrl", hog.baseUrl())
          .containsEntry("reachability", "not checked (thehog.health.check-reachability=false)");
      assertThat(hog.stats().requests()).isZero();
    });
    withSandbox().withPropertyValues("management.health.hog.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("hogHealthIndicator"));
  }

  @Test
  void theHealthComponentIsDownWhenTheApiRefusesTheKeys() {
    withSandbox().withPropertyValues("thehog.secret-key=sk_wrong_secret", "thehog.health.check-reachability=true")
        .run(context -> {
          Health health = context.getBean("hogHealthIndicator", HealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsEntry("reachability", "unreachable");
          assertThat(String.valueOf(health.getDetails().get("error"))).contains("HogAuthenticationException");
          assertThat(health.toString()).doesNotContain("sk_wrong_secret");
        });
  }

  @Test
  void sharedLimitsWithoutHogRatelimitRedisAreRefusedSayingWhatIsMissing() {
    withSandbox().withPropertyValues("thehog.rate-limits.shared=true")
        .withClassLoader(new FilteredClassLoader("ai.thehog.ratelimit.redis"))
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("ai.thehog:hog-ratelimit-redis"));
  }

  @Test
  void theSanitizerMatchesEverySpellingOfTheSecrets() {
    assertThat(List.of("thehog.secret-key", "thehog.secretKey", "THE_HOG_SECRET_KEY", "THEHOG_SECRETKEY",
        "thehog.bearer-token", "thehog.rateLimits.redisUrl", "thehog.rate-limits.redis-url"))
        .allMatch(HogActuatorAutoConfiguration::isSecret);
    assertThat(List.of("thehog.access-key", "THE_HOG_ACCESS_KEY", "thehog.base-url", "secret", "other.secret-key"))
        .noneMatch(HogActuatorAutoConfiguration::isSecret);
  }
}
