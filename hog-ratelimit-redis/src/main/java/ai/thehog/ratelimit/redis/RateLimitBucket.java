package ai.thehog.ratelimit.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * A named rate limit: at most {@code permits} in any window of {@code period}, for example
 * {@code RateLimitBucket.of("requests", 600, Duration.ofMinutes(1))}.
 *
 * @param name the bucket's name, as passed to {@link RedisRateLimiter#reserve}; not blank, no whitespace
 * @param permits permits per period; at least 1
 * @param period the window the permits are counted over; at least one millisecond
 */
public record RateLimitBucket(String name, long permits, Duration period) {

  /**
   * Checks the definition.
   *
   * @param name the bucket's name
   * @param permits permits per period
   * @param period the window the permits are counted over
   * @throws IllegalArgumentException if the name is blank or holds whitespace, permits are below 1, or the
   *     period is shorter than one millisecond
   * @throws NullPointerException if the name or the period is null
   */
  public RateLimitBucket {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("bucket name must be non-blank without whitespace, got \"" + name + "\"");
    }
    if (permits < 1 || permits > 1_000_000_000L) {
      throw new IllegalArgumentException("bucket " + name + ": permits must be between 1 and 10^9, got " + permits);
    }
    if (period.toMillis() < 1) {
      throw new IllegalArgumentException("bucket " + name + ": period must be at least 1 ms, got " + period);
    }
  }

  /**
   * A bucket of {@code permits} per {@code period}.
   *
   * @param name the bucket's name
   * @param permits permits per period
   * @param period the window the permits are counted over
   * @return the bucket definition
   */
  public static RateLimitBucket of(String name, long permits, Duration period) {
    return new RateLimitBucket(name, permits, period);
  }
}
