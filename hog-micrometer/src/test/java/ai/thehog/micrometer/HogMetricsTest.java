package ai.thehog.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.HogClient;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RateLimits;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.connection.HogConnection;
import ai.thehog.sandbox.HogSandbox;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link HogMetrics} on a {@link SimpleMeterRegistry}, fed by real {@link HogClient} calls to the sandbox. */
class HogMetricsTest {

  private static final String ACCESS = "ak_metrics_test";
  private static final String SECRET = "sk_metrics_test_secret";
  private static HogSandbox sandbox;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeAll
  static void startSandbox() {
    sandbox = HogSandbox.builder().port(0).accessKey(ACCESS).secretKey(SECRET).timeScale(20)
        .operationDuration(Duration.ofSeconds(4)).requestsPerMinute(60).pollsPerMinute(30).build();
    sandbox.start();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  private HogClient client(RateLimits limits) {
    HogConnection connection = sandbox.connection();
    return HogClient.builder().connection(connection).rateLimits(limits)
        .listener(HogMetrics.create(registry, Tags.of("client", "test"))).build();
  }

  @Test
  void requestsOperationsPollsAndCreditsAreCountedByOperationTemplate() {
    List<PersonIdentifier> people = IntStream.range(0, 150)
        .mapToObj(i -> PersonIdentifier.builder().email("person" + i + "@metrics.example").build()).toList();
    BatchEnrichmentResult batch;
    HogResponse<EnrichmentRecord> one;
    try (HogClient hog = client(new RateLimits(60, 30))) {
      one = hog.enrichments().enrich(PersonIdentifier.builder().email("jane@metrics.example").build(),
          List.of("contact.email"));
      batch = hog.enrichments().enrichAll(people, List.of("contact.email"));
      hog.operations().get(batch.operationIds().get(0));
    }
    assertThat(batch.records()).hasSize(150);

    Timer enrichments200 = registry.find(HogMetrics.REQUESTS)
        .tags("operation", "POST /api/enrichments", "status", "200", "client", "test").timer();
    Timer enrichments202 = registry.find(HogMetrics.REQUESTS)
        .tags("operation", "POST /api/enrichments", "status", "202").timer();
    assertThat(enrichments200).isNotNull();
    assertThat(enrichments200.count()).isEqualTo(1);
    assertThat(enrichments202.count()).as("two batches of at most 100").isEqualTo(2);
    long polls = (long) registry.find(HogMetrics.REQUESTS).tags("operation", "GET {pollUrl}", "status", "200")
        .timer().count();
    assertThat(polls).isEqualTo(sandbox.ledger().requestsPerRoute().get("GET /api/operations/{id}") - 1);
    assertThat(registry.find(HogMetrics.REQUESTS).tags("operation", "GET /api/operations/{id}", "status", "200")
        .timer().count()).as("the get by id, named by its template").isEqualTo(1);

    Timer operations = registry.find(HogMetrics.OPERATIONS)
        .tags("operation", "POST /api/enrichments", "status", "succeeded").timer();
    assertThat(operations.count()).isEqualTo(2);
    // Operations take 4 s of sandbox time from the sandbox's own stamp; the client measures from the 202's arrival,
    // which at x20 a busy machine can delay by a second of sandbox time (50 ms), so half is the bound that holds.
    assertThat(operations.max(TimeUnit.SECONDS)).as("operations take 4 s of sandbox time").isGreaterThanOrEqualTo(2.0);
    DistributionSummary pollsPerOperation = registry.find(HogMetrics.OPERATION_POLLS)
        .tags("operation", "POST /api/enrichments", "status", "succeeded").summary();
    assertThat(pollsPerOperation.count()).isEqualTo(2);
    assertThat((long) pollsPerOperation.totalAmount()).isEqualTo(polls);

    double estimated = registry.find(HogMetrics.CREDITS_ESTIMATED).tags("operation", "POST /api/enrichments")
        .counter().count();
    double actual = registry.find(HogMetrics.CREDITS_ACTUAL).tags("operation", "POST /api/enrichments")
        .counter().count();
    assertThat(one.meta().actualCost()).isEqualTo(1L);
    assertThat(estimated).as("1 for the single enrichment, 150 estimated by the two 202s").isEqualTo(151.0);
    assertThat(actual).as("the 200 and the two operations' answers state what they charged").isEqualTo(151.0);

    Timer requestSlots = registry.find(HogMetrics.RATE_LIMIT_WAIT).tags("bucket", "requests", "acquired", "true")
        .timer();
    Timer pollSlots = registry.find(HogMetrics.RATE_LIMIT_WAIT).tags("bucket", "polls", "acquired", "true").timer();
    long attempts = registry.find(HogMetrics.REQUESTS).timers().stream().mapToLong(Timer::count).sum();
    // A poll (and the get by id) takes a slot of the polls bucket only; every other attempt one of requests.
    assertThat(pollSlots.count()).isEqualTo(polls + 1);
    assertThat(requestSlots.count() + pollSlots.count()).as("a slot per attempt").isEqualTo(attempts);
    assertThat(registry.find(HogMetrics.RATE_LIMITED).counter()).as("no 429 with the client's limiter").isNull();

    assertNoTagCarriesAValue(List.of("jane@metrics.example", "person0@metrics.example", "metrics.example", ACCESS,
        SECRET, batch.operationIds().get(0), batch.operationIds().get(1), one.meta().requestId()));
  }

  @Test
  void answers429AndRetriesAreCounted() throws Exception {
    // No client-side limit: 80 calls at once against 60 a minute get 429s, each retried after Retry-After.
    try (HogClient hog = client(new RateLimits(1_000_000, 1_000_000))) {
      ExecutorService threads = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          done.add(threads.submit(() -> {
            for (int i = 0; i < 10; i++) {
              hog.estimates().generation(GenerateRequest.builder().putAdditionalProperty("prompt", "hi").build());
            }
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get(60, TimeUnit.SECONDS);
        }
      } finally {
        threads.shutdownNow();
      }
    }
    long sent429 = sandbox.ledger().tooManyRequestsSent();
    assertThat(sent429).isPositive();
    String operation = "POST /api/generate/estimate";
    assertThat(registry.find(HogMetrics.RATE_LIMITED).tags("operation", operation).counter().count())
        .isEqualTo(sent429);
    assertThat(registry.find(HogMetrics.REQUESTS).tags("operation", operation, "status", "429").timer().count())
        .isEqualTo(sent429);
    assertThat(registry.find(HogMetrics.REQUESTS).tags("operation", operation, "status", "200").timer().count())
        .isEqualTo(80);
    assertThat(registry.find(HogMetrics.RETRIES).tags("operation", operation).counter().count())
        .as("every 429 retried").isEqualTo(sent429);
    assertNoTagCarriesAValue(List.of(ACCESS, SECRET));
  }

  @Test
  void aListenerThatThrowsNeverFailsACall() {
    try (HogClient hog = HogClient.builder().connection(sandbox.connection()).listener(new ai.thehog.client.common.HogClientListener() {
      @Override
      public void onAttempt(String operation, int statusCode, Duration duration) {
        throw new IllegalStateException("broken metrics backend");
      }
    }).build()) {
      assertThat(hog.enrichments().enrich(PersonIdentifier.builder().email("x@metrics.example").build(),
          List.of("contact.email")).value()).isNotNull();
    }
  }

  /** Operation tags are method + path template; no tag value holds an identifier, key, id or concrete path. */
  private void assertNoTagCarriesAValue(List<String> values) {
    List<Meter> meters = registry.getMeters();
    assertThat(meters).isNotEmpty();
    for (Meter meter : meters) {
      for (Tag tag : meter.getId().getTags()) {
        for (String value : values) {
          assertThat(tag.getValue()).as("tag %s of %s", tag.getKey(), meter.getId().getName()).doesNotContain(value);
        }
        if (tag.getKey().equals("operation")) {
          assertThat(tag.getValue()).matches("(GET|POST|PUT|PATCH|DELETE) (\\{pollUrl}|\\{url}|/[a-z0-9/{}-]+)")
              .doesNotContainPattern("/op_|[0-9a-f]{8}-");
        }
      }
    }
  }
}
