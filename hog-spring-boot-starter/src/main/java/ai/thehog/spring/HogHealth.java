package ai.thehog.spring;

import ai.thehog.client.HogClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What the health component {@code hog} reports, whichever Spring Boot health API shows it: the
 * client's configuration and, with {@code thehog.health.check-reachability=true}, whether the API
 * answers its keys (a free call, cached for {@code thehog.health.cache-for}). Never the secret key.
 */
final class HogHealth {

  /** Up or down, and the details to show. */
  record Report(boolean up, Map<String, Object> details) {
  }

  private final HogClient client;
  private final HogProperties properties;
  private final String accessKey;
  private final LongSupplier nanoTime;
  private Probe last;

  HogHealth(HogClient client, HogProperties properties, String accessKey, LongSupplier nanoTime) {
    this.client = client;
    this.properties = properties;
    this.accessKey = accessKey;
    this.nanoTime = nanoTime;
  }

  Report report() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("baseUrl", client.baseUrl());
    details.put("accessKey", accessKey == null ? "unset" : Checks.maskKey(accessKey));
    details.put("rateLimits", properties.rateLimits().shared() ? "shared on Redis" : "in process");
    details.put("requestsPerMinute", properties.rateLimits().requestsPerMinute());
    if (!properties.health().checkReachability()) {
      details.put("reachability", "not checked (thehog.health.check-reachability=false)");
      return new Report(true, details);
    }
    Probe probe = probe();
    if (probe.error.isPresent()) {
      details.put("reachability", "unreachable");
      details.put("error", probe.error.get());
      return new Report(false, details);
    }
    details.put("reachability", "reachable");
    return new Report(true, details);
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
