package ai.thehog.client;

import ai.thehog.client.internal.HogClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock whose time only moves when someone sleeps; records every sleep. */
final class FakeClock implements HogClock {

  private static final Instant EPOCH = Instant.parse("2026-11-23T12:00:00Z");
  private long nanos = 1_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized Instant instant() {
    return EPOCH.plusNanos(nanos);
  }

  @Override
  public synchronized void sleep(Duration duration) {
    if (duration.isNegative()) {
      throw new AssertionError("negative sleep " + duration);
    }
    sleeps.add(duration);
    nanos += duration.toNanos();
  }

  synchronized void advance(Duration duration) {
    nanos += duration.toNanos();
  }

  /** Sleeps of at least 50 ms (shorter ones are the rate limiter's spacing). */
  synchronized List<Duration> longSleeps() {
    return sleeps.stream().filter(d -> d.toMillis() >= 50).toList();
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  synchronized Duration elapsedSince(long start) {
    return Duration.ofNanos(nanos - start);
  }
}
