package ai.thehog.spring;

import ai.thehog.client.HogClient;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The Actuator health component {@code hog}: the client's configuration and, with
 * {@code thehog.health.check-reachability=true}, whether the API answers its keys (a free call,
 * cached for {@code thehog.health.cache-for}). Never shows the secret key.
 */
final class HogHealthIndicator implements HealthIndicator {

  private final HogClient client;
  private final HogProperties properties;
  private final String accessKey;
  private final LongSupplier nanoTime;
  private Probe last;

  HogHealthIndicator(HogClient client, HogProperties properties, String accessKey, LongSupplier nanoTime) {
    this.client = client;
    this.properties = properties;
    this.accessKey = accessKey;
    this.nanoTime = nanoTime;
  }

  @Override
  public Health health() {
    Health.Builder health = Health.up()
        .withDetail("baseUrl", client.baseUrl())
        .withDetail("accessKey", accessKey == null ? "unset" : Checks.maskKey(accessKey))
        .withDetail("rateLimits", properties.rateLimits().shared() ? "shared on Redis" : "in process")
        .withDetail("requestsPerMinute", properties.rateLimits().requestsPerMinute());
    if (!properties.health().checkReachability()) {
      return health.withDetail("reachability", "not checked (thehog.health.check-reachability=false)").build();
    }
    Probe probe = probe();
    if (probe.error.isPresent()) {
      return health.down().withDetail("reachability", "unreachable").withDetail("error", probe.error.get())
          .build();
    }
    return health.withDetail("reachability", "reachable").build();
  }

  private synchronized Probe probe() {
    long now = nanoTime.getAsLong();
    if (last == null || now - last.at >= properties.health().cacheFor().toNanos()) {
      last = new Probe(now, HogClientFactory.probe(client));
    }
    return last;
  }

  private record Probe(long at, Optional<String> error) {
  }

}
