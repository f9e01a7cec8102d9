package ai.thehog.ratelimit.redis;

import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.common.RateLimits;
import ai.thehog.model.connection.HogConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

/**
 * The client's {@link HogRateLimiter} on a {@link RedisRateLimiter}: every {@code HogClient} built with it,
 * in any process, draws its {@code requests} and {@code polls} slots from one budget on Redis, and a 429's
 * Retry-After holds back all of them. Like the client's own limiter, it counts each request's minute from
 * its answer ({@link #answered}), on Redis, so that a request slow to reach the API cannot let one of the
 * API's minutes see more than the limit.
 *
 * <pre>{@code
 * try (RedisHogRateLimiter shared = RedisHogRateLimiter.create(
 *         RedisRateLimiter.builder().redisUri("redis://localhost:6379").keyPrefix("hog:account-42"),
 *         RateLimits.documented(), connection);
 *     HogClient hog = HogClient.builder().connection(connection).rateLimiter(shared).build()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Time: this limiter defines the two buckets itself, from the {@link RateLimits} and the time scale of
 * the {@link HogConnection} the client uses, so that they follow the client's clock. Against the real API
 * (time scale 1) a minute is a minute; against a sandbox running five times faster, the buckets' minute
 * lasts 12 real seconds and the durations the client hands over (its deadline, a Retry-After) are
 * converted the same way. Every process sharing a key prefix must use the same limits and time scale.
 */
public final class RedisHogRateLimiter implements HogRateLimiter, AutoCloseable {

  private static final Duration LONGEST_WAIT = Duration.ofDays(365);

  private final RedisRateLimiter limiter;
  private final double timeScale;

  private RedisHogRateLimiter(RedisRateLimiter limiter, double timeScale) {
    this.limiter = limiter;
    this.timeScale = timeScale;
  }

  /**
   * A limiter for a client of the real API (time scale 1).
   *
   * @param redis the Redis settings (URI, key prefix, fallback share, timeouts), without buckets
   * @param limits the account's limits, e.g. {@link RateLimits#documented()}
   * @return the limiter, connected (or on its fallback); close it after the clients that use it
   * @throws IllegalArgumentException if {@code redis} already defines a bucket named requests or polls
   */
  public static RedisHogRateLimiter create(RedisRateLimiter.Builder redis, RateLimits limits) {
    return create(redis, limits, 1.0);
  }

  /**
   * A limiter whose buckets follow the time of {@code connection} (the one given to
   * {@code HogClientBuilder.connection}): for a time-scaled sandbox, its scale.
   *
   * @param redis the Redis settings (URI, key prefix, fallback share, timeouts), without buckets
   * @param limits the account's limits, e.g. {@link RateLimits#documented()}
   * @param connection the connection the clients use; only its time scale is read
   * @return the limiter, connected (or on its fallback); close it after the clients that use it
   * @throws IllegalArgumentException if {@code redis} already defines a bucket named requests or polls
   */
  public static RedisHogRateLimiter create(RedisRateLimiter.Builder redis, RateLimits limits,
      HogConnection connection) {
    return create(redis, limits, Objects.requireNonNull(connection, "connection").timeScale());
  }

  private static RedisHogRateLimiter create(RedisRateLimiter.Builder redis, RateLimits limits, double timeScale) {
    Objects.requireNonNull(redis, "redis");
    Objects.requireNonNull(limits, "limits");
    Duration minute = Duration.ofNanos((long) (Duration.ofMinutes(1).toNanos() / timeScale));
    redis.bucket(RateLimitBucket.of(REQUESTS, limits.requestsPerMinute(), minute))
        .bucket(RateLimitBucket.of(POLLS, limits.pollsPerMinute(), minute))
        .answerLog();
    return new RedisHogRateLimiter(redis.build(), timeScale);
  }

  @Override
  public boolean tryAcquire(String bucket, Duration maxWait) throws InterruptedException {
    Duration wait = maxWait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : maxWait;
    try {
      limiter.reserve(bucket, Instant.now().plusNanos(toRealNanos(wait)));
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  @Override
  public void pause(String bucket, Duration pause) {
    Duration clamped = pause.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : pause;
    try {
      limiter.pauseUntil(bucket, Instant.now().plusNanos(toRealNanos(clamped)));
    } catch (InterruptedException e) {
      // The pause holds in this process already; keep the interrupt for the caller.
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void answered(String bucket) {
    try {
      limiter.answered(bucket);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public Duration pausedFor(String bucket) {
    try {
      return Duration.ofNanos((long) (limiter.pausedFor(bucket).toNanos() * timeScale));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Duration.ZERO;
    }
  }

  /**
   * Whether the buckets on Redis are in use right now (false while the in-process fallback is).
   *
   * @return true when shared
   */
  public boolean isShared() {
    return limiter.isShared();
  }

  /** Closes the Redis connection. */
  @Override
  public void close() {
    limiter.close();
  }

  @Override
  public String toString() {
    return "RedisHogRateLimiter{timeScale=" + timeScale + ", " + limiter + "}";
  }

  private long toRealNanos(Duration clientTime) {
    return Math.max(0, (long) (clientTime.toNanos() / timeScale));
  }
}
