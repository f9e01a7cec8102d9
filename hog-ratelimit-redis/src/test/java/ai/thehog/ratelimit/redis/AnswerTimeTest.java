package ai.thehog.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.common.RateLimits;
import ai.thehog.model.connection.HogConnection;
import ai.thehog.ratelimit.redis.testing.RedisServer;
import ai.thehog.ratelimit.redis.testing.RequiresRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RedisHogRateLimiter} counts a request's minute from its answer, as the client's own limiter does:
 * the API counts a request somewhere between its send and its answer, so no window of one minute may hold
 * more than the limit of answers. 3 requests a minute, time 30x faster: a minute is 2 real seconds.
 */
@RequiresRedisServer
class AnswerTimeTest {

  private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(2);
  private final RedisServer redis;
  private final List<RedisHogRateLimiter> limiters = new ArrayList<>();
  private final String prefix = "test-" + UUID.randomUUID();

  AnswerTimeTest(RedisServer redis) {
    this.redis = redis;
  }

  @AfterEach
  void closeLimiters() {
    limiters.forEach(RedisHogRateLimiter::close);
  }

  private RedisHogRateLimiter limiter() {
    RedisHogRateLimiter limiter = RedisHogRateLimiter.create(
        RedisRateLimiter.builder().redisUri(redis.uri()).keyPrefix(prefix).utilization(1)
            .commandTimeout(Duration.ofSeconds(2)),
        new RateLimits(3, 3), new HogConnection("http://localhost:1", "ak", "sk", 30));
    limiters.add(limiter);
    assertThat(limiter.isShared()).as("connected to redis").isTrue();
    return limiter;
  }

  /** Sends one request in a slot of {@code limiter}, whose answer comes {@code answerMillis} later; returns {send, answer}. */
  private static long[] request(HogRateLimiter limiter, long answerMillis) throws InterruptedException {
    assertThat(limiter.tryAcquire(HogRateLimiter.REQUESTS, Duration.ofMinutes(10))).isTrue();
    long sent = System.nanoTime();
    Thread.sleep(answerMillis);
    long answer = System.nanoTime();
    limiter.answered(HogRateLimiter.REQUESTS);
    return new long[] {sent, answer};
  }

  @Test
  void theRequestAfterTheLimitWaitsAMinuteFromTheEarliestAnswerNotTheEarliestSend() throws Exception {
    RedisHogRateLimiter limiter = limiter();
    long[] first = request(limiter, 1000); // slow to arrive: the API may count it a second after its send
    request(limiter, 0);
    request(limiter, 0);
    long[] fourth = request(limiter, 0);

    // Counted from the first send, the fourth would go at about 2.0 s (the pacing), only a second
    // after the first answer: the API could then see 4 requests in one of its minutes.
    assertThat(Duration.ofNanos(fourth[0] - first[1]))
        .isGreaterThanOrEqualTo(Duration.ofNanos(WINDOW_NANOS))
        .isLessThan(Duration.ofNanos(WINDOW_NANOS).plusSeconds(1));

    // Every slot answered: the log holds the latest 3 answers, in a key that expires within two windows.
    RedisClient client = RedisClient.create(redis.uri());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      assertThat(connection.sync().exists(prefix + ":requests:sent")).isZero();
      assertThat(connection.sync().zcard(prefix + ":requests:answered")).isEqualTo(3);
      assertThat(connection.sync().pttl(prefix + ":requests:answered"))
          .isBetween(1L, 2 * WINDOW_NANOS / 1_000_000 + 100);
    } finally {
      client.shutdown();
    }
  }

  @Test
  void twoProcessesNeverExceedTheLimitInAnyMinuteOfAnswers() throws Exception {
    RedisHogRateLimiter slowAnswers = limiter();
    RedisHogRateLimiter quickAnswers = limiter();
    List<Long> answers = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(7);
    ExecutorService processes = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (Object[] process : new Object[][] {{slowAnswers, 500L}, {quickAnswers, 50L}}) {
        runs.add(processes.submit(() -> {
          while (System.nanoTime() - end < 0) {
            answers.add(request((HogRateLimiter) process[0], (Long) process[1])[1]);
          }
          return null;
        }));
      }
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      processes.shutdownNow();
    }

    List<Long> sorted = new ArrayList<>(answers);
    Collections.sort(sorted);
    assertThat(sorted).as("requests answered in 7 s at 3 per 2 s").hasSizeGreaterThanOrEqualTo(8);
    for (int i = 0; i + 3 < sorted.size(); i++) {
      assertThat(Duration.ofNanos(sorted.get(i + 3) - sorted.get(i)))
          .as("answers %d..%d (4 of them) within one window", i, i + 3)
          .isGreaterThanOrEqualTo(Duration.ofNanos(WINDOW_NANOS));
    }
  }
}
