package ai.thehog.client;

import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.common.HogClientStats;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.operation.BatchEnrichmentResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.SandboxFault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link HogClient#stats()} through the public API against the sandbox: requests, retries, 429s and
 * the credits the API stated, counted where the client's listener is told (which still is).
 */
class HogClientStatsTest {

  private static final String ACCESS = "ak_client_stats";
  private static final String SECRET = "sk_client_stats_secret";

  private static List<PersonIdentifier> people(int n) {
    return IntStream.range(0, n).mapToObj(i -> PersonIdentifier.builder().email("s" + i + "@acme.example").build())
        .toList();
  }

  /** A listener of the application's own, recording what it is told. */
  static final class Recording implements HogClientListener {
    final List<Integer> attempts = new CopyOnWriteArrayList<>();
    final List<String> retries = new CopyOnWriteArrayList<>();
    final List<Long> actual = new CopyOnWriteArrayList<>();

    @Override
    public void onAttempt(String operation, int statusCode, Duration duration) {
      attempts.add(statusCode);
    }

    @Override
    public void onRetry(String operation, int attempt, Duration wait) {
      retries.add(operation);
    }

    @Override
    public void onCredits(String operation, Long estimated, Long actualCredits) {
      if (actualCredits != null) {
        actual.add(actualCredits);
      }
    }
  }

  @Test
  void countsRequestsRetriesAndTheCreditsTheApiStatedAndStillTellsTheListener() {
    Recording mine = new Recording();
    try (HogSandbox sandbox = HogSandbox.builder().port(0).accessKey(ACCESS).secretKey(SECRET).timeScale(20)
        .operationDuration(Duration.ofSeconds(2)).build().start();
        HogClient hog = HogClient.builder().environment(Map.of()).connection(sandbox.connection()).listener(mine)
            .build()) {
      assertThat(hog.stats()).isEqualTo(new HogClientStats(0, 0, 0, 0, 0, 0));

      // Refused before sending: nothing counts.
      assertThatThrownBy(() -> hog.enrichments().enrich(PersonIdentifier.builder().build(), List.of("profile")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(hog.stats()).isEqualTo(new HogClientStats(0, 0, 0, 0, 0, 0));

      // A 503, retried with the same key: two requests, one retry; the 200 states its cost (1 x 1).
      sandbox.faults().inject(SandboxFault.on("POST", "/api/enrichments").serverError(503));
      HogResponse<EnrichmentRecord> one = hog.enrichments().enrich(people(1).get(0), List.of("contact.email"));
      HogClientStats afterOne = hog.stats();
      assertThat(one.meta().actualCost()).isEqualTo(1L);
      assertThat(afterOne).isEqualTo(new HogClientStats(2, 1, 0, 1, 1, 1));

      // A batch: its 202 states the estimate (3 x 2), the operation's end what was charged.
      BatchEnrichmentResult batch = hog.enrichments().enrichAll(people(3), List.of("contact.email", "profile"));
      HogClientStats job = hog.stats().since(afterOne);
      assertThat(batch.actualCredits()).hasValue(6);
      assertThat(job.creditsEstimated()).isEqualTo(6);
      assertThat(job.creditsActual()).isEqualTo(6);
      assertThat(job.callsWithActualCredits()).isEqualTo(1);
      assertThat(job.retries()).isZero();
      assertThat(job.requests()).as("the submit and its polls").isGreaterThanOrEqualTo(2);

      HogClientStats all = hog.stats();
      long received = sandbox.ledger().requestsPerRoute().values().stream().mapToLong(Long::longValue).sum();
      assertThat(all.requests()).as("every request the sandbox received, and no other").isEqualTo(received);
      assertThat(all.creditsActual()).isEqualTo(sandbox.ledger().creditsCharged(ACCESS));
      // The application's listener was told at the same points.
      assertThat(mine.attempts).hasSize((int) all.requests()).containsOnlyOnce(503);
      assertThat(mine.retries).containsExactly("POST /api/enrichments");
      assertThat(mine.actual).containsExactly(1L, 6L);
    }
  }

  @Test
  void aRetried429CountsAsARetryAndAsRateLimited() {
    // The server allows 1 request a minute; the client paces for far more, so the second call meets a 429.
    try (HogSandbox sandbox = HogSandbox.builder().port(0).accessKey(ACCESS).secretKey(SECRET).timeScale(60)
        .requestsPerMinute(1).build().start();
        HogClient hog = HogClient.builder().environment(Map.of()).connection(sandbox.connection()).build()) {
      hog.enrichments().enrich(people(1).get(0), List.of("contact.email"));
      hog.enrichments().enrich(people(2).get(1), List.of("contact.email"));

      HogClientStats stats = hog.stats();
      assertThat(stats.rateLimited()).isPositive().isEqualTo(sandbox.ledger().tooManyRequestsSent());
      assertThat(stats.retries()).isEqualTo(stats.rateLimited());
      assertThat(stats.requests()).isEqualTo(2 + stats.retries());
      assertThat(stats.creditsActual()).isEqualTo(2);
    }
  }

  @Test
  void aSnapshotIsImmutableAndSinceRefusesALaterOne() {
    HogClientStats earlier = new HogClientStats(1, 0, 0, 5, 4, 1);
    HogClientStats later = new HogClientStats(3, 1, 1, 9, 8, 2);

    assertThat(later.since(earlier)).isEqualTo(new HogClientStats(2, 1, 1, 4, 4, 1));
    assertThatThrownBy(() -> earlier.since(later)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HogClientStats(-1, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
