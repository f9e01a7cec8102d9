package ai.thehog.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The health component {@code hog} on Spring Boot 4's health API. */
final class HogHealthIndicator implements HealthIndicator {

  private final HogHealth health;

  HogHealthIndicator(HogHealth health) {
    this.health = health;
  }

  @Override
  public Health health() {
    HogHealth.Report report = health.report();
    return (report.up() ? Health.up() : Health.down()).withDetails(report.details()).build();
  }
}
