package ai.thehog.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.HogClient;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.common.RateLimits;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.connection.HogConnection;
import ai.thehog.ratelimit.redis.testing.OwnRedisServer;
import ai.thehog.ratelimit.redis.testing.RedisServer;
import ai.thehog.ratelimit.redis.testing.RequiresRedisServer;
import ai.thehog.sandbox.HogSandbox;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Two {@link HogClient}s on one account against one sandbox (120 requests a minute, time 10x): with their own
 * limiters they collect 429s; with {@link RedisHogRateLimiter} none; Redis stopped mid-run: the run completes.
 */
class SharedClientLimitsTest {

  private static final RateLimits LIMITS = new RateLimits(120, 60);
  private static final int CALLS_PER_CLIENT = 100;
  private static HogSandbox sandbox;

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(RedisRateLimiter.class);

  @BeforeAll
  static void startSandbox() {
    sandbox = HogSandbox.builder().port(0).accessKey("ak_shared_limits").secretKey("sk_shared_limits_secret")
        .timeScale(10).requestsPerMinute(120).pollsPerMinute(60).build();
    sandbox.start();
    // Warm the sandbox (request validation, JIT) so that it keeps up with two clients from the first call.
    try (HogClient warmUp = HogClient.builder().connection(sandbox.connection()).build()) {
      for (int i = 0; i < 30; i++) {
        warmUp.estimates().generation(GenerateRequest.builder().putAdditionalProperty("prompt", "hi").build());
      }
    }
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.reset();
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    logger.detachAppender(logs);
  }

  @Test
  void twoClientsWithTheirOwnLimitersCollect429s() throws Exception {
    HogConnection connection = sandbox.connection();
    try (HogClient first = HogClient.builder().connection(connection).rateLimits(LIMITS).build();
        HogClient second = HogClient.builder().connection(connection).rateLimits(LIMITS).build()) {
      // Each 429 is retried after its Retry-After; a call whose retries run out counts as not done.
      assertThat(run(List.of(first, second), null)).isPositive();
    }
    assertThat(sandbox.ledger().tooManyRequestsSent()).as("429s with per-process limiters").isPositive();
  }

  @RequiresRedisServer
  @Test
  void twoClientsSharingTheLimitOnRedisGetNo429(RedisServer redis) throws Exception {
    HogConnection connection = sandbox.connection();
    try (RedisHogRateLimiter firstLimits = RedisHogRateLimiter.create(redisSettings(redis, "shared"), LIMITS, connection);
        RedisHogRateLimiter secondLimits = RedisHogRateLimiter.create(redisSettings(redis, "shared"), LIMITS, connection);
        HogClient first = HogClient.builder().connection(connection).rateLimiter(firstLimits).build();
        HogClient second = HogClient.builder().connection(connection).rateLimiter(secondLimits).build()) {
      assertThat(firstLimits.isShared()).isTrue();
      assertThat(run(List.of(first, second), null)).isEqualTo(2 * CALLS_PER_CLIENT);
      assertThat(redis.command("EXISTS", "shared:requests")).as("the bucket lives on Redis").isEqualTo(":1");
    }
    assertThat(sandbox.ledger().tooManyRequestsSent()).as("429s with the limit shared on Redis").isZero();
    assertThat(sandbox.ledger().requestsPerRoute()).containsEntry("POST /api/generate/estimate",
        (long) 2 * CALLS_PER_CLIENT);
  }

  @RequiresRedisServer
  @Test
  void aPauseFromOneClientHoldsTheOtherInClientTime(RedisServer redis) throws Exception {
    HogConnection connection = sandbox.connection();
    try (RedisHogRateLimiter firstLimits = RedisHogRateLimiter.create(redisSettings(redis, "pause"), LIMITS, connection);
        RedisHogRateLimiter secondLimits = RedisHogRateLimiter.create(redisSettings(redis, "pause"), LIMITS, connection)) {
      // 10 s of the client's time (a Retry-After: 10 from the sandbox) is 1 s of real time.
      firstLimits.pause(HogRateLimiter.REQUESTS, Duration.ofSeconds(10));
      Duration paused = secondLimits.pausedFor(HogRateLimiter.REQUESTS);
      assertThat(paused).as("the other process sees the pause, in client time")
          .isBetween(Duration.ofSeconds(6), Duration.ofSeconds(10));
      assertThat(secondLimits.tryAcquire(HogRateLimiter.REQUESTS, Duration.ofSeconds(5)))
          .as("no slot within 5 s of client time").isFalse();
      long start = System.nanoTime();
      assertThat(secondLimits.tryAcquire(HogRateLimiter.REQUESTS, Duration.ofSeconds(60))).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("real time waited")
          .isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
      assertThat(secondLimits.pausedFor(HogRateLimiter.POLLS)).isZero();
    }
  }

  @RequiresRedisServer
  @Test
  void redisStoppedDuringARunTheRunCompletesAndTheFallbackIsLoggedOnce(@OwnRedisServer RedisServer redis)
      throws Exception {
    HogConnection connection = sandbox.connection();
    try (RedisHogRateLimiter limits = RedisHogRateLimiter.create(redisSettings(redis, "stopped").fallbackShare(0.5),
            LIMITS, connection);
        HogClient first = HogClient.builder().connection(connection).rateLimiter(limits).build();
        HogClient second = HogClient.builder().connection(connection).rateLimiter(limits).build()) {
      assertThat(run(List.of(first, second), () -> {
        try {
          redis.stop();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      })).isEqualTo(2 * CALLS_PER_CLIENT);
      assertThat(limits.isShared()).isFalse();
    }
    List<String> warnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains("unreachable").contains("in-process");
    assertThat(sandbox.ledger().requestsPerRoute()).containsEntry("POST /api/generate/estimate",
        (long) 2 * CALLS_PER_CLIENT);
  }

  private static RedisRateLimiter.Builder redisSettings(RedisServer redis, String prefix) {
    // A command timeout for a busy CI machine (the default is 200 ms).
    return RedisRateLimiter.builder().redisUri(redis.uri()).keyPrefix(prefix).commandTimeout(Duration.ofSeconds(1))
        .reconnectInterval(Duration.ofMillis(200));
  }

  /**
   * Four threads per client each make their share of {@link #CALLS_PER_CLIENT} free estimate calls; after a
   * quarter of them, {@code midRun} (if any) runs once. Returns the calls that succeeded.
   */
  private static int run(List<HogClient> clients, Runnable midRun) throws Exception {
    int threadsPerClient = 4;
    ExecutorService threads = Executors.newFixedThreadPool(clients.size() * threadsPerClient);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    int total = clients.size() * CALLS_PER_CLIENT;
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (HogClient client : clients) {
        for (int t = 0; t < threadsPerClient; t++) {
          futures.add(threads.submit(() -> {
            for (int i = 0; i < CALLS_PER_CLIENT / threadsPerClient; i++) {
              if (started.incrementAndGet() == total / 4 && midRun != null) {
                midRun.run();
              }
              try {
                client.estimates().generation(GenerateRequest.builder().putAdditionalProperty("prompt", "hi").build());
                done.incrementAndGet();
              } catch (HogRateLimitException retriesRanOut) {
                // counted by the sandbox; run() returns fewer calls done
              }
            }
            return null;
          }));
        }
      }
      for (Future<?> future : futures) {
        future.get(90, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    return done.get();
  }
}
