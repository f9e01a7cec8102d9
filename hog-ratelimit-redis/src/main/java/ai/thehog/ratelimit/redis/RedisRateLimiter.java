package ai.thehog.ratelimit.redis;

import ai.thehog.ratelimit.redis.RedisBuckets.RedisUnavailableException;
import io.github.bucket4j.BucketConfiguration;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rate-limit buckets shared by every process that uses the same Redis and key prefix, for example one
 * API account's {@code requests} (600/min) and {@code polls} (300/min) used by four machines at once.
 *
 * <pre>{@code
 * try (RedisRateLimiter limits = RedisRateLimiter.builder()
 *     .redisUri("redis://localhost:6379")
 *     .keyPrefix("hog:account-42")
 *     .bucket(RateLimitBucket.of("requests", 600, Duration.ofMinutes(1)))
 *     .bucket(RateLimitBucket.of("polls", 300, Duration.ofMinutes(1)))
 *     .build()) {
 *   limits.reserve("requests", Instant.now().plusSeconds(30));   // waits for the slot, then call the API
 *   limits.pauseUntil("requests", Instant.now().plusSeconds(7)); // after a 429 with Retry-After: 7
 * }
 * }</pre>
 *
 * <p>Each bucket grants at most its permits (times {@link Builder#utilization}) in any window of its
 * period, spaced evenly, across all processes. A pause (after a 429) holds for every process. If Redis is
 * unreachable the limiter uses in-process buckets at {@link Builder#fallbackShare} of each limit, logs
 * that once (WARN), and uses Redis again, logging that once (INFO), when it answers again. No call waits
 * on Redis longer than the command timeout or the caller's deadline. Thread-safe; close it to release
 * the connection.
 */
public final class RedisRateLimiter implements AutoCloseable {

  private final Map<String, RateLimitBucket> buckets;
  private final String endpoint;
  private final String keyPrefix;
  private final Duration maxPause;
  private final Duration commandTimeout;
  private final LocalBuckets local;
  private final RedisBuckets redis;

  private RedisRateLimiter(Builder builder, RedisURI uri) {
    this.buckets = Map.copyOf(builder.buckets);
    this.endpoint = uri.getHost() + ":" + uri.getPort();
    this.keyPrefix = builder.keyPrefix;
    this.maxPause = builder.maxPause;
    this.commandTimeout = builder.commandTimeout;
    this.local = new LocalBuckets(buckets, builder.utilization * builder.fallbackShare);
    Map<String, BucketConfiguration> shared = new LinkedHashMap<>();
    Map<String, AnswerLog> logs = new LinkedHashMap<>();
    buckets.forEach((name, bucket) -> shared.put(name, BucketPacing.configuration(bucket, builder.utilization)));
    if (builder.answerLog) {
      buckets.forEach((name, bucket) -> logs.put(name, new AnswerLog(bucket, builder.utilization)));
    }
    this.redis = new RedisBuckets(uri, keyPrefix, Map.copyOf(shared), Map.copyOf(logs), builder.commandTimeout, builder.connectTimeout,
        builder.reconnectInterval, new RedisAvailability(endpoint, builder.fallbackShare,
            Math.max(Duration.ofSeconds(1).toNanos(), builder.reconnectInterval.multipliedBy(2).toNanos())));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reserves the next slot in {@code bucket} and waits for it, unless that slot (or the end of a pause)
   * comes after {@code deadline}: then it fails as soon as that is known, without waiting for the deadline
   * and having reserved nothing. (Known at once, except for a slot after a shorter pause: that is asked
   * for when the pause ends.)
   *
   * @param bucket the bucket's name, one given to the builder
   * @param deadline the latest time the caller may go ahead
   * @return how long the call waited
   * @throws TimeoutException if the slot would come after the deadline, or the deadline has passed
   * @throws InterruptedException if the thread is interrupted while waiting (the slot stays used)
   * @throws IllegalArgumentException if the bucket is not one of this limiter's
   */
  public Duration reserve(String bucket, Instant deadline) throws TimeoutException, InterruptedException {
    requireBucket(bucket);
    Objects.requireNonNull(deadline, "deadline");
    long start = System.nanoTime();
    long deadlineNanos = start + nanosUntil(deadline);
    while (true) {
      if (deadlineNanos - System.nanoTime() < 0) {
        throw new TimeoutException("the deadline " + deadline + " has passed before a slot of bucket " + bucket);
      }
      long pausedMillis = pauseRemainingMillis(bucket, deadlineNanos);
      if (pausedMillis > 0) {
        if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pausedMillis) - deadlineNanos > 0) {
          throw new TimeoutException("bucket " + bucket + " is paused for " + pausedMillis
              + " ms more, past the deadline " + deadline);
        }
        TimeUnit.MILLISECONDS.sleep(pausedMillis);
        continue;
      }
      long wait = reserveSlot(bucket, deadlineNanos);
      if (wait == BucketPacing.REFUSED) {
        throw new TimeoutException("bucket " + bucket + " has no free slot before the deadline " + deadline);
      }
      TimeUnit.NANOSECONDS.sleep(wait);
      return Duration.ofNanos(System.nanoTime() - start);
    }
  }

  /**
   * Holds every caller of {@code bucket} back until {@code until}, in every process sharing the Redis
   * (after a 429, until the time its Retry-After names). A pause never shortens a longer one; one further
   * than the longest pause (10 minutes unless set) is cut to it; one in the past does nothing. If Redis
   * is unreachable the pause holds in this process only.
   *
   * @param bucket the bucket's name, one given to the builder
   * @param until the end of the pause
   * @throws InterruptedException if the thread is interrupted while telling Redis
   * @throws IllegalArgumentException if the bucket is not one of this limiter's
   */
  public void pauseUntil(String bucket, Instant until) throws InterruptedException {
    requireBucket(bucket);
    Objects.requireNonNull(until, "until");
    Instant now = Instant.now();
    if (!until.isAfter(now)) {
      return;
    }
    Instant latest = now.plus(maxPause);
    Instant end = until.isAfter(latest) ? latest : until;
    local.pauseUntil(bucket, end);
    long millis = Math.max(1, Duration.between(now, end).toMillis());
    try {
      redis.pause(bucket, millis);
    } catch (RedisUnavailableException e) {
      // Held locally; RedisAvailability has said Redis is unreachable.
    }
  }

  /**
   * How long {@code bucket} stays paused, in this process or (when reachable within the command timeout)
   * by any process sharing the Redis.
   *
   * @param bucket the bucket's name, one given to the builder
   * @return the pause left; zero when not paused
   * @throws InterruptedException if the thread is interrupted while asking Redis
   * @throws IllegalArgumentException if the bucket is not one of this limiter's
   */
  public Duration pausedFor(String bucket) throws InterruptedException {
    requireBucket(bucket);
    return Duration.ofMillis(Math.max(0, pauseRemainingMillis(bucket, System.nanoTime() + commandTimeout.toNanos())));
  }

  /**
   * With {@link Builder#answerLog()}: a request sent in a slot of {@code bucket} reserved by this limiter
   * was answered (or failed) now; the oldest such slot that started and waits for its answer counts from
   * its answer's time, on Redis, for every process. Does nothing without the log or while Redis is
   * unreachable.
   */
  void answered(String bucket) throws InterruptedException {
    requireBucket(bucket);
    redis.answered(bucket);
  }

  /**
   * The buckets this limiter knows.
   *
   * @return the bucket names
   */
  public Set<String> buckets() {
    return buckets.keySet();
  }

  /**
   * Whether calls currently go to Redis (false while the in-process fallback is in use).
   *
   * @return true if the shared buckets on Redis are in use
   */
  public boolean isShared() {
    return redis.connected();
  }

  /** Closes the Redis connection. */
  @Override
  public void close() {
    redis.close();
  }

  @Override
  public String toString() {
    return "RedisRateLimiter{redis=" + endpoint + ", keyPrefix=" + keyPrefix + ", buckets=" + buckets.values() + "}";
  }

  private long pauseRemainingMillis(String bucket, long deadlineNanos) throws InterruptedException {
    long paused = local.pauseRemainingMillis(bucket);
    try {
      return Math.max(paused, redis.pauseRemainingMillis(bucket, deadlineNanos - System.nanoTime()));
    } catch (RedisUnavailableException | TimeoutException e) {
      return paused;
    }
  }

  private long reserveSlot(String bucket, long deadlineNanos) throws InterruptedException {
    long budget = deadlineNanos - System.nanoTime();
    try {
      return redis.reserve(bucket, budget, budget);
    } catch (TimeoutException e) {
      return BucketPacing.REFUSED;
    } catch (RedisUnavailableException e) {
      return local.reserve(bucket, deadlineNanos - System.nanoTime());
    }
  }

  private void requireBucket(String bucket) {
    if (bucket == null || !buckets.containsKey(bucket)) {
      throw new IllegalArgumentException("unknown rate-limit bucket " + bucket + "; known: " + buckets.keySet());
    }
  }

  private static long nanosUntil(Instant deadline) {
    try {
      return Duration.between(Instant.now(), deadline).toNanos();
    } catch (ArithmeticException e) {
      return deadline.isAfter(Instant.now()) ? Long.MAX_VALUE / 4 : Long.MIN_VALUE / 4;
    }
  }

  /** Builds a {@link RedisRateLimiter}; {@link #redisUri}, {@link #keyPrefix} and one bucket are required. */
  public static final class Builder {

    private String redisUri;
    private String keyPrefix;
    private final Map<String, RateLimitBucket> buckets = new LinkedHashMap<>();
    private double fallbackShare = 0.25;
    private double utilization = 0.97;
    private boolean answerLog;
    private Duration commandTimeout = Duration.ofMillis(200);
    private Duration connectTimeout = Duration.ofSeconds(1);
    private Duration reconnectInterval = Duration.ofSeconds(1);
    private Duration maxPause = Duration.ofMinutes(10);

    private Builder() {
    }

    /**
     * The Redis to share buckets on, e.g. {@code redis://localhost:6379} or
     * {@code rediss://:password@host:6380/0}. The password is never logged.
     *
     * @param redisUri a Redis URI
     * @return this builder
     */
    public Builder redisUri(String redisUri) {
      this.redisUri = Objects.requireNonNull(redisUri, "redisUri");
      return this;
    }

    /**
     * The prefix of this limiter's Redis keys: processes that share an API account use the same one.
     *
     * @param keyPrefix a non-blank prefix without whitespace, e.g. {@code hog:account-42}
     * @return this builder
     */
    public Builder keyPrefix(String keyPrefix) {
      Objects.requireNonNull(keyPrefix, "keyPrefix");
      if (keyPrefix.isBlank() || keyPrefix.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("keyPrefix must be non-blank without whitespace, got \"" + keyPrefix + "\"");
      }
      this.keyPrefix = keyPrefix;
      return this;
    }

    /**
     * Adds a bucket. Every process sharing the key prefix must define its buckets the same way.
     *
     * @param bucket the bucket's name and limit
     * @return this builder
     * @throws IllegalArgumentException if a bucket of that name was already added
     */
    public Builder bucket(RateLimitBucket bucket) {
      Objects.requireNonNull(bucket, "bucket");
      if (buckets.putIfAbsent(bucket.name(), bucket) != null) {
        throw new IllegalArgumentException("bucket " + bucket.name() + " is defined twice");
      }
      return this;
    }

    /**
     * The share of each limit this process uses on its own while Redis is unreachable (default 0.25:
     * four processes falling back together stay within the limit).
     *
     * @param share a share in (0, 1]
     * @return this builder
     */
    public Builder fallbackShare(double share) {
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException("fallbackShare must be in (0, 1], got " + share);
      }
      this.fallbackShare = share;
      return this;
    }

    /**
     * The share of each limit handed out (default 0.97, as the client's own limiter: room for requests
     * bunched up by the network on their way).
     *
     * @param utilization a share in (0, 1]
     * @return this builder
     */
    public Builder utilization(double utilization) {
      if (!(utilization > 0 && utilization <= 1)) {
        throw new IllegalArgumentException("utilization must be in (0, 1], got " + utilization);
      }
      this.utilization = utilization;
      return this;
    }

    /**
     * The longest a Redis command may take before Redis counts as unreachable (default 200 ms).
     *
     * @param timeout between 1 ms and 10 s
     * @return this builder
     */
    public Builder commandTimeout(Duration timeout) {
      this.commandTimeout = bounded(timeout, "commandTimeout", Duration.ofSeconds(10));
      return this;
    }

    /**
     * The longest a connection attempt may take, for the socket and again for the handshake (default 1 s).
     * Attempts after the first run in the background.
     *
     * @param timeout between 1 ms and 10 s
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = bounded(timeout, "connectTimeout", Duration.ofSeconds(10));
      return this;
    }

    /**
     * How often an unreachable Redis is tried again (default 1 s).
     *
     * @param interval between 1 ms and 1 minute
     * @return this builder
     */
    public Builder reconnectInterval(Duration interval) {
      this.reconnectInterval = bounded(interval, "reconnectInterval", Duration.ofMinutes(1));
      return this;
    }

    /**
     * The longest pause {@link #pauseUntil} sets (default 10 minutes); longer ones, such as an absurd
     * Retry-After, are cut to it.
     *
     * @param maxPause between 1 ms and 1 day
     * @return this builder
     */
    public Builder maxPause(Duration maxPause) {
      this.maxPause = bounded(maxPause, "maxPause", Duration.ofDays(1));
      return this;
    }

    /**
     * Keeps each bucket's answer-time log on Redis besides its paced bucket (for {@link RedisHogRateLimiter},
     * whose client reports every answer): the permits (times the utilization) then hold in any window of
     * answers too, a slot counting from its start until {@link #answered} and from its answer after.
     */
    Builder answerLog() {
      this.answerLog = true;
      return this;
    }

    /**
     * Builds the limiter and connects to Redis, waiting at most the connect timeout; if Redis is
     * unreachable the limiter starts on its in-process fallback (logged once) and keeps trying.
     *
     * @return the limiter; close it when done
     * @throws IllegalStateException if the Redis URI, the key prefix or every bucket is missing
     * @throws IllegalArgumentException if the Redis URI is not one (the message does not repeat it)
     */
    public RedisRateLimiter build() {
      if (redisUri == null || keyPrefix == null || buckets.isEmpty()) {
        throw new IllegalStateException("redisUri, keyPrefix and at least one bucket are required");
      }
      RedisURI uri;
      try {
        uri = RedisURI.create(redisUri);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "redisUri is not a Redis URI (redis://[:password@]host[:port][/database]); it is not repeated here");
      }
      RedisRateLimiter limiter = new RedisRateLimiter(this, uri);
      try {
        limiter.redis.connectNow(connectTimeout);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return limiter;
    }

    private static Duration bounded(Duration value, String name, Duration max) {
      Objects.requireNonNull(value, name);
      if (value.toMillis() < 1 || value.compareTo(max) > 0) {
        throw new IllegalArgumentException(name + " must be between 1 ms and " + max + ", got " + value);
      }
      return value;
    }
  }
}
