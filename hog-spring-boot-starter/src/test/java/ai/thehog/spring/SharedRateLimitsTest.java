package ai.thehog.spring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.HogClient;
import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.ratelimit.redis.RedisHogRateLimiter;
import ai.thehog.ratelimit.redis.testing.RedisServer;
import ai.thehog.ratelimit.redis.testing.RequiresRedisServer;
import ai.thehog.sandbox.HogSandbox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

class SharedRateLimitsTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HogAutoConfiguration.class));

  @Test
  @RequiresRedisServer
  void withSharedLimitsTheClientDrawsFromSpringDataRedisesRedis() throws Exception {
    try (HogSandbox sandbox = HogSandbox.builder().build().start();
        RedisServer redis = RedisServer.start("p@ss word:1")) {
      runner.withPropertyValues("thehog.base-url=" + sandbox.baseUrl(), "thehog.access-key=ak_sandbox",
          "thehog.secret-key=sk_sandbox", "thehog.rate-limits.shared=true",
          "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port(),
          "spring.data.redis.password=p@ss word:1").run(context -> {
            HogRateLimiter limiter = context.getBean(HogRateLimiter.class);
            assertThat(limiter).isInstanceOf(RedisHogRateLimiter.class);
            assertThat(((RedisHogRateLimiter) limiter).isShared()).isTrue();
            assertThat(limiter.toString()).doesNotContain("p@ss");

            context.getBean(HogClient.class).enrichments().enrich(
                PersonIdentifier.builder().email("ada@acme.example").build(), List.of("profile.title"));

            assertThat(redis.command("EXISTS", "thehog:" + sha256Prefix("ak_sandbox") + ":requests"))
                .as("the bucket of the account, on Redis").isEqualTo(":1");
          });
    }
  }

  @Test
  @RequiresRedisServer
  void theOwnRedisUrlAndKeyPrefixWin() throws Exception {
    try (HogSandbox sandbox = HogSandbox.builder().build().start(); RedisServer redis = RedisServer.start()) {
      runner.withPropertyValues("thehog.base-url=" + sandbox.baseUrl(), "thehog.access-key=ak_sandbox",
          "thehog.secret-key=sk_sandbox", "thehog.rate-limits.shared=true", "thehog.rate-limits.redis-url="
              + redis.uri(), "thehog.rate-limits.key-prefix=hog:billing", "spring.data.redis.port=1")
          .run(context -> {
            context.getBean(HogClient.class).enrichments().enrich(
                PersonIdentifier.builder().email("ada@acme.example").build(), List.of("profile.title"));
            assertThat(redis.command("EXISTS", "hog:billing:requests")).isEqualTo(":1");
          });
    }
  }

  @Test
  void theRedisUriIsBuiltFromSpringDataRedisesProperties() {
    HogProperties defaults = new ApplicationContextRunnerProperties().get();
    assertThat(SharedRateLimits.redisUri(defaults, new MockEnvironment())).isEqualTo("redis://localhost:6379/0");
    assertThat(SharedRateLimits.redisUri(defaults, new MockEnvironment()
        .withProperty("spring.data.redis.url", "rediss://h:1/2"))).isEqualTo("rediss://h:1/2");
    assertThat(SharedRateLimits.redisUri(defaults, new MockEnvironment()
        .withProperty("spring.data.redis.host", "cache.internal").withProperty("spring.data.redis.port", "6380")
        .withProperty("spring.data.redis.database", "3").withProperty("spring.data.redis.username", "app")
        .withProperty("spring.data.redis.password", "p@ss word").withProperty("spring.data.redis.ssl.enabled",
            "true"))).isEqualTo("rediss://app:p%40ss%20word@cache.internal:6380/3");
  }

  private static String sha256Prefix(String text) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, 16);
  }

  /** The defaults, as bound from no property. */
  private final class ApplicationContextRunnerProperties {
    HogProperties get() {
      HogProperties[] bound = new HogProperties[1];
      runner.withPropertyValues("thehog.access-key=a", "thehog.secret-key=s")
          .run(context -> bound[0] = context.getBean(HogProperties.class));
      return bound[0];
    }
  }
}
