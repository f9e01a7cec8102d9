package ai.thehog.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.ratelimit.redis.testing.RedisServer;
import ai.thehog.ratelimit.redis.testing.RequiresRedisServer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two limiters (as two processes would) against one real redis-server: one budget, one pause, deadlines. */
@RequiresRedisServer
class SharedBucketsTest {

  private final RedisServer redis;
  private final List<RedisRateLimiter> limiters = new ArrayList<>();
  private final String prefix = "test-" + UUID.randomUUID();

  SharedBucketsTest(RedisServer redis) {
    this.redis = redis;
  }

  @AfterEach
  void closeLimiters() {
    limiters.forEach(RedisRateLimiter::close);
  }

  private RedisRateLimiter limiter(RedisRateLimiter.Builder builder) {
    // A generous command timeout: a loaded CI machine must not look like an unreachable Redis here.
    RedisRateLimiter limiter = builder.redisUri(redis.uri()).keyPrefix(prefix).commandTimeout(Duration.ofSeconds(2))
        .build();
    limiters.add(limiter);
    assertThat(limiter.isShared()).as("connected to redis").isTrue();
    return limiter;
  }

  private RedisRateLimiter limiter(RateLimitBucket bucket) {
    return limiter(RedisRateLimiter.builder().utilization(1).bucket(bucket));
  }

  @Test
  void twoLimitersShareOneBudget() throws Exception {
    RateLimitBucket requests = RateLimitBucket.of("requests", 20, Duration.ofSeconds(1));
    RedisRateLimiter first = limiter(requests);
    RedisRateLimiter second = limiter(requests);
    AtomicInteger firstGranted = new AtomicInteger();
    AtomicInteger secondGranted = new AtomicInteger();
    Instant end = Instant.now().plusMillis(2000);
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        RedisRateLimiter limiter = i % 2 == 0 ? first : second;
        AtomicInteger granted = i % 2 == 0 ? firstGranted : secondGranted;
        runs.add(threads.submit(() -> {
          while (true) {
            try {
              limiter.reserve("requests", end);
              granted.incrementAndGet();
            } catch (TimeoutException noSlotBeforeTheEnd) {
              return null;
            }
          }
        }));
      }
      for (Future<?> run : runs) {
        run.get(10, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    // 20 per second for 2 s: at most 1 + 2 x 20 in all; each limiter alone would take that many.
    assertThat(firstGranted.get() + secondGranted.get()).as("granted by both").isBetween(20, 41);
    assertThat(firstGranted.get()).isGreaterThanOrEqualTo(3);
    assertThat(secondGranted.get()).isGreaterThanOrEqualTo(3);
    assertThat(redis.command("EXISTS", prefix + ":requests")).isEqualTo(":1");
  }

  @Test
  void aPauseSetByOneLimiterHoldsTheOther() throws Exception {
    RateLimitBucket requests = RateLimitBucket.of("requests", 100, Duration.ofSeconds(1));
    RedisRateLimiter pausing = limiter(requests);
    RedisRateLimiter other = limiter(requests);
    pausing.pauseUntil("requests", Instant.now().plusMillis(2000));
    assertThat(Long.parseLong(redis.command("PTTL", prefix + ":requests:paused").substring(1))).isBetween(1L, 2000L);

    long start = System.nanoTime();
    assertThatThrownBy(() -> other.reserve("requests", Instant.now().plusMillis(1000)))
        .isInstanceOf(TimeoutException.class).hasMessageContaining("paused");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused at once, not at the deadline")
        .isLessThan(Duration.ofMillis(500));

    Duration waited = other.reserve("requests", Instant.now().plusSeconds(5));
    assertThat(waited).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2500));
  }

  @Test
  void aShorterPauseDoesNotShortenALongerOne() throws Exception {
    RedisRateLimiter limiter = limiter(RateLimitBucket.of("requests", 100, Duration.ofSeconds(1)));
    limiter.pauseUntil("requests", Instant.now().plusMillis(700));
    limiter.pauseUntil("requests", Instant.now().plusMillis(100));
    assertThat(Long.parseLong(redis.command("PTTL", prefix + ":requests:paused").substring(1))).isGreaterThan(400L);
  }

  @Test
  void anAbsurdPauseIsCutToTheLongestPause() throws Exception {
    RedisRateLimiter limiter = limiter(RedisRateLimiter.builder().utilization(1).maxPause(Duration.ofMillis(300))
        .bucket(RateLimitBucket.of("requests", 100, Duration.ofSeconds(1))));
    limiter.pauseUntil("requests", Instant.now().plus(3650, ChronoUnit.DAYS));
    assertThat(Long.parseLong(redis.command("PTTL", prefix + ":requests:paused").substring(1))).isBetween(1L, 300L);
    Duration waited = limiter.reserve("requests", Instant.now().plusSeconds(5));
    assertThat(waited).isBetween(Duration.ofMillis(150), Duration.ofMillis(1000));
  }

  @Test
  void aPauseInThePastDoesNothing() throws Exception {
    RedisRateLimiter limiter = limiter(RateLimitBucket.of("requests", 100, Duration.ofSeconds(1)));
    limiter.pauseUntil("requests", Instant.now().minusSeconds(5));
    assertThat(redis.command("EXISTS", prefix + ":requests:paused")).isEqualTo(":0");
    assertThat(limiter.reserve("requests", Instant.now().plusSeconds(1))).isLessThan(Duration.ofMillis(100));
  }

  @Test
  void aSlotAfterTheDeadlineFailsAtOnceAndReservesNothing() throws Exception {
    // 1 per 2 s: one now, the next about 2 s later.
    RedisRateLimiter limiter = limiter(RateLimitBucket.of("polls", 1, Duration.ofSeconds(2)));
    assertThat(limiter.reserve("polls", Instant.now().plusSeconds(1))).isLessThan(Duration.ofMillis(500));

    long start = System.nanoTime();
    assertThatThrownBy(() -> limiter.reserve("polls", Instant.now().plusMillis(1000)))
        .isInstanceOf(TimeoutException.class).hasMessageContaining("polls");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused at once, not at the deadline")
        .isLessThan(Duration.ofMillis(500));

    // The refused call took no slot: the next one waits for the second slot, not the third.
    Duration waited = limiter.reserve("polls", Instant.now().plusSeconds(5));
    assertThat(waited).isBetween(Duration.ofMillis(800), Duration.ofMillis(2100));
  }

  @Test
  void aDeadlineAlreadyPassedFails() throws Exception {
    RedisRateLimiter limiter = limiter(RateLimitBucket.of("requests", 100, Duration.ofSeconds(1)));
    assertThatThrownBy(() -> limiter.reserve("requests", Instant.now().minusMillis(1)))
        .isInstanceOf(TimeoutException.class).hasMessageContaining("has passed");
  }

  @Test
  void bucketsAreIndependent() throws Exception {
    RedisRateLimiter limiter = limiter(RedisRateLimiter.builder().utilization(1)
        .bucket(RateLimitBucket.of("requests", 1, Duration.ofSeconds(10)))
        .bucket(RateLimitBucket.of("polls", 1, Duration.ofSeconds(10))));
    limiter.reserve("requests", Instant.now().plusSeconds(1));
    assertThat(limiter.reserve("polls", Instant.now().plusSeconds(1))).isLessThan(Duration.ofMillis(100));
    assertThatThrownBy(() -> limiter.reserve("requests", Instant.now().plusSeconds(1)))
        .isInstanceOf(TimeoutException.class);
    assertThat(limiter.buckets()).containsExactlyInAnyOrder("requests", "polls");
  }
}
