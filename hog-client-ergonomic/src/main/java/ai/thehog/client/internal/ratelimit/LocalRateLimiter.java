package ai.thehog.client.internal.ratelimit;

import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.common.RateLimits;
import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.HogClock;
import java.time.Duration;

/** The default {@link HogRateLimiter}: the two buckets of {@link RateLimits} in this process. */
public final class LocalRateLimiter implements HogRateLimiter {

  private final HogClock clock;
  private final RateLimiter requests;
  private final RateLimiter polls;

  public LocalRateLimiter(HogClock clock, RateLimits limits) {
    this.clock = clock;
    this.requests = new RateLimiter(clock, limits.requestsPerMinute());
    this.polls = new RateLimiter(clock, limits.pollsPerMinute());
  }

  private RateLimiter bucket(String name) {
    if (REQUESTS.equals(name)) {
      return requests;
    }
    if (POLLS.equals(name)) {
      return polls;
    }
    throw new IllegalArgumentException("No rate-limit bucket \"" + name + "\"; the buckets are " + REQUESTS
        + " and " + POLLS);
  }

  @Override
  public boolean tryAcquire(String bucket, Duration maxWait) throws InterruptedException {
    long wait = bucket(bucket).tryReserve(Durations.nanos(maxWait));
    if (wait < 0) {
      return false;
    }
    if (wait > 0) {
      clock.sleep(Duration.ofNanos(wait));
    }
    return true;
  }

  @Override
  public void pause(String bucket, Duration pause) {
    bucket(bucket).pause(pause);
  }

  @Override
  public void answered(String bucket) {
    bucket(bucket).answered();
  }

  @Override
  public Duration pausedFor(String bucket) {
    return bucket(bucket).pausedFor();
  }
}
