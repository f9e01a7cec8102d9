package ai.thehog.spring;

import ai.thehog.client.HogEnvironment;
import ai.thehog.ratelimit.redis.RedisHogRateLimiter;
import ai.thehog.ratelimit.redis.RedisRateLimiter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.env.Environment;

/** The Redis-shared rate limiter of {@code thehog.rate-limits.shared=true}, on hog-ratelimit-redis. */
final class SharedRateLimits {

  private SharedRateLimits() {
  }

  static RedisHogRateLimiter create(HogProperties properties, Environment environment) {
    HogEnvironment variables = HogClientFactory.environment(environment);
    String prefix = properties.rateLimits().keyPrefix();
    if (prefix == null || prefix.isBlank()) {
      prefix = "thehog:" + HogClientFactory.accessKey(properties, variables).map(SharedRateLimits::hash)
          .orElse("bearer");
    }
    RedisRateLimiter.Builder redis = RedisRateLimiter.builder()
        .redisUri(redisUri(properties, environment))
        .keyPrefix(prefix)
        .fallbackShare(properties.rateLimits().fallbackShare());
    return RedisHogRateLimiter.create(redis, HogClientFactory.rateLimits(properties));
  }

  /**
   * The Redis URI: {@code thehog.rate-limits.redis-url}, else Spring Data Redis's {@code spring.data.redis.url},
   * else its host, port, username, password, database and SSL settings (their defaults: localhost:6379).
   */
  static String redisUri(HogProperties properties, Environment environment) {
    String own = properties.rateLimits().redisUrl();
    if (own != null && !own.isBlank()) {
      return own.trim();
    }
    String url = environment.getProperty("spring.data.redis.url");
    if (url != null && !url.isBlank()) {
      return url.trim();
    }
    boolean ssl = environment.getProperty("spring.data.redis.ssl.enabled", Boolean.class, false);
    String host = environment.getProperty("spring.data.redis.host", "localhost");
    int port = environment.getProperty("spring.data.redis.port", Integer.class, 6379);
    int database = environment.getProperty("spring.data.redis.database", Integer.class, 0);
    String username = environment.getProperty("spring.data.redis.username");
    String password = environment.getProperty("spring.data.redis.password");
    StringBuilder uri = new StringBuilder(ssl ? "rediss://" : "redis://");
    if (password != null && !password.isEmpty()) {
      if (username != null && !username.isEmpty()) {
        uri.append(encode(username));
      }
      uri.append(':').append(encode(password)).append('@');
    }
    uri.append(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host).append(':').append(port);
    return uri.append('/').append(database).toString();
  }

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String hash(String accessKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessKey.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
