package ai.thehog.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Bad definitions and arguments are refused with a message naming what is wrong. */
class DefinitionsTest {

  @Test
  void bucketDefinitionsAreChecked() {
    assertThatThrownBy(() -> RateLimitBucket.of(" ", 1, Duration.ofSeconds(1))).hasMessageContaining("name");
    assertThatThrownBy(() -> RateLimitBucket.of("a b", 1, Duration.ofSeconds(1))).hasMessageContaining("whitespace");
    assertThatThrownBy(() -> RateLimitBucket.of("requests", 0, Duration.ofSeconds(1)))
        .hasMessageContaining("requests").hasMessageContaining("permits");
    assertThatThrownBy(() -> RateLimitBucket.of("requests", 10, Duration.ZERO)).hasMessageContaining("period");
  }

  @Test
  void builderSettingsAreChecked() {
    RedisRateLimiter.Builder builder = RedisRateLimiter.builder();
    assertThatThrownBy(() -> builder.fallbackShare(0)).hasMessageContaining("fallbackShare");
    assertThatThrownBy(() -> builder.fallbackShare(1.5)).hasMessageContaining("fallbackShare");
    assertThatThrownBy(() -> builder.utilization(0)).hasMessageContaining("utilization");
    assertThatThrownBy(() -> builder.commandTimeout(Duration.ofMinutes(5))).hasMessageContaining("commandTimeout");
    assertThatThrownBy(() -> builder.keyPrefix("")).hasMessageContaining("keyPrefix");
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("redisUri");
    builder.bucket(RateLimitBucket.of("requests", 10, Duration.ofSeconds(1)));
    assertThatThrownBy(() -> builder.bucket(RateLimitBucket.of("requests", 20, Duration.ofSeconds(1))))
        .hasMessageContaining("requests").hasMessageContaining("twice");
  }

  @Test
  void aBadRedisUriIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> RedisRateLimiter.builder().redisUri("nonsense://:hunter2@").keyPrefix("p")
        .bucket(RateLimitBucket.of("requests", 10, Duration.ofSeconds(1))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redisUri")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void anUnknownBucketIsNamed() throws Exception {
    try (RedisRateLimiter limiter = RedisRateLimiter.builder().redisUri("redis://127.0.0.1:1").keyPrefix("p")
        .connectTimeout(Duration.ofMillis(100)).bucket(RateLimitBucket.of("requests", 10, Duration.ofSeconds(1)))
        .build()) {
      assertThatThrownBy(() -> limiter.reserve("pols", Instant.now().plusSeconds(1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pols").hasMessageContaining("requests");
      assertThatThrownBy(() -> limiter.pauseUntil("pols", Instant.now()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pols");
    }
  }
}
