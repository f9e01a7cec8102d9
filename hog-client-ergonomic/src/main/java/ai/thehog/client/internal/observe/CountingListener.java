package ai.thehog.client.internal.observe;

import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.common.HogClientStats;
import ai.thehog.model.OperationStatus;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what the client does for {@code HogClient.stats()}, at the points where the application's
 * {@link HogClientListener} is told, then tells it (through its {@link GuardedListener}).
 */
public final class CountingListener implements HogClientListener {

  private final HogClientListener next;
  private final LongAdder requests = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();
  private final LongAdder creditsEstimated = new LongAdder();
  private final LongAdder creditsActual = new LongAdder();
  private final LongAdder callsWithActualCredits = new LongAdder();

  public CountingListener(GuardedListener next) {
    this.next = next;
  }

  public HogClientStats snapshot() {
    // Each count is read once; counts of calls still running may move between two reads.
    return new HogClientStats(requests.sum(), retries.sum(), rateLimited.sum(), creditsEstimated.sum(),
        creditsActual.sum(), callsWithActualCredits.sum());
  }

  @Override
  public void onAttempt(String operation, int statusCode, Duration duration) {
    requests.increment();
    if (statusCode == 429) {
      rateLimited.increment();
    }
    next.onAttempt(operation, statusCode, duration);
  }

  @Override
  public void onRetry(String operation, int attempt, Duration wait) {
    retries.increment();
    next.onRetry(operation, attempt, wait);
  }

  @Override
  public void onRateLimitWait(String bucket, Duration waited, boolean acquired) {
    next.onRateLimitWait(bucket, waited, acquired);
  }

  @Override
  public void onCredits(String operation, Long estimated, Long actual) {
    if (estimated != null && estimated > 0) {
      creditsEstimated.add(estimated);
    }
    if (actual != null && actual >= 0) {
      creditsActual.add(actual);
      callsWithActualCredits.increment();
    }
    next.onCredits(operation, estimated, actual);
  }

  @Override
  public void onOperationEnded(String operation, OperationStatus status, int polls, Duration duration) {
    next.onOperationEnded(operation, status, polls, duration);
  }
}
