package ai.thehog.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.ratelimit.redis.testing.OwnRedisServer;
import ai.thehog.ratelimit.redis.testing.RedisServer;
import ai.thehog.ratelimit.redis.testing.RequiresRedisServer;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Redis stopped mid-run and started again: the in-process fallback at its share, each change logged once. */
class FallbackTest {

  private static final String PASSWORD = "s3cret-redis-pass";

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(RedisRateLimiter.class);

  @BeforeEach
  void captureLogs() {
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    logger.detachAppender(logs);
  }

  @RequiresRedisServer
  @Test
  void redisStoppedMidRunFallsBackAtItsShareLogsOnceAndRecovers(@OwnRedisServer(password = PASSWORD) RedisServer redis)
      throws Exception {
    try (RedisRateLimiter limiter = RedisRateLimiter.builder().redisUri(redis.uri()).keyPrefix("fallback")
            .bucket(RateLimitBucket.of("requests", 40, Duration.ofSeconds(1))).utilization(1).fallbackShare(0.25)
            .reconnectInterval(Duration.ofMillis(200)).commandTimeout(Duration.ofSeconds(2)).build()) {
      assertThat(limiter.isShared()).isTrue();
      limiter.reserve("requests", Instant.now().plusSeconds(1));
      assertThat(redis.command("EXISTS", "fallback:requests")).isEqualTo(":1");

      redis.stop();
      // A quarter of 40 per second for 1.5 s, in this process alone: at most 1 + 15.
      int granted = reserveUntil(limiter, Instant.now().plusMillis(1500));
      assertThat(granted).as("slots granted by the fallback").isBetween(6, 16);
      assertThat(limiter.isShared()).isFalse();
      assertThat(events(Level.WARN)).hasSize(1);
      assertThat(events(Level.WARN).get(0)).contains("127.0.0.1:" + redis.port()).contains("unreachable")
          .contains("25.0%");

      redis.restart();
      long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (!limiter.isShared() && System.nanoTime() < until) {
        limiter.reserve("requests", Instant.now().plusSeconds(1));
      }
      assertThat(limiter.isShared()).as("back on redis").isTrue();
      // The INFO comes once Redis has answered for a while (2 reconnect intervals, at least 1 s): no flapping.
      until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (events(Level.INFO).isEmpty() && System.nanoTime() < until) {
        limiter.reserve("requests", Instant.now().plusSeconds(1));
      }
      assertThat(redis.command("EXISTS", "fallback:requests")).as("the restarted redis holds the bucket").isEqualTo(":1");
      assertThat(events(Level.INFO)).hasSize(1);
      assertThat(events(Level.INFO).get(0)).contains("reachable again");
      assertThat(events(Level.WARN)).as("still one fallback message").hasSize(1);

      assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
          .allSatisfy(message -> assertThat(message).doesNotContain(PASSWORD));
      assertThat(limiter.toString()).doesNotContain(PASSWORD);
    }
  }

  @Test
  void redisUnreachableFromTheStartUsesTheFallbackWithoutWaiting() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    long start = System.nanoTime();
    try (RedisRateLimiter limiter = RedisRateLimiter.builder().redisUri("redis://:" + PASSWORD + "@127.0.0.1:" + closedPort)
        .keyPrefix("nowhere").bucket(RateLimitBucket.of("requests", 8, Duration.ofSeconds(1))).utilization(1)
        .fallbackShare(0.5).build()) {
      assertThat(limiter.isShared()).isFalse();
      // Half of 8 per second: 1 now, then one every 250 ms.
      int granted = reserveUntil(limiter, Instant.now().plusMillis(1000));
      assertThat(granted).isBetween(2, 5);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      assertThat(events(Level.WARN)).hasSize(1);
      assertThat(events(Level.WARN).get(0)).contains("50.0%").doesNotContain(PASSWORD);
      limiter.pauseUntil("requests", Instant.now().plusMillis(400));
      assertThat(limiter.reserve("requests", Instant.now().plusSeconds(2)))
          .as("a pause holds in this process while redis is away").isGreaterThan(Duration.ofMillis(300));
      assertThat(events(Level.WARN)).hasSize(1);
    }
  }

  @RequiresRedisServer
  @Test
  void aHungRedisHoldsNoCallPastItsCommandTimeoutOrItsDeadline(@OwnRedisServer RedisServer redis) throws Exception {
    try (RedisRateLimiter quick = RedisRateLimiter.builder().redisUri(redis.uri()).keyPrefix("hung")
            .bucket(RateLimitBucket.of("requests", 100, Duration.ofSeconds(1))).commandTimeout(Duration.ofMillis(200))
            .build();
        RedisRateLimiter patient = RedisRateLimiter.builder().redisUri(redis.uri()).keyPrefix("hung")
            .bucket(RateLimitBucket.of("requests", 100, Duration.ofSeconds(1))).commandTimeout(Duration.ofSeconds(5))
            .build()) {
      assertThat(quick.isShared()).isTrue();
      assertThat(patient.isShared()).isTrue();
      redis.freeze();

      // A short command timeout: Redis counts as unreachable after it, and the call goes on locally.
      long start = System.nanoTime();
      quick.reserve("requests", Instant.now().plusSeconds(10));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
      assertThat(events(Level.WARN)).hasSize(1);

      // A command timeout longer than the time left: the deadline bounds the call.
      start = System.nanoTime();
      assertThatThrownBy(() -> patient.reserve("requests", Instant.now().plusMillis(300)))
          .isInstanceOf(TimeoutException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1000));
      redis.thaw();
    }
  }

  private List<String> events(Level level) {
    return logs.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
  }

  private static int reserveUntil(RedisRateLimiter limiter, Instant end) throws InterruptedException {
    int granted = 0;
    while (true) {
      try {
        limiter.reserve("requests", end);
        granted++;
      } catch (TimeoutException noSlotBeforeTheEnd) {
        return granted;
      }
    }
  }

}
