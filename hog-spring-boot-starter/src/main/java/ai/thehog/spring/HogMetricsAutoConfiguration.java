package ai.thehog.spring;

import ai.thehog.micrometer.HogMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * hog-micrometer's meters ({@code hog.client.*}) on the application's {@code MeterRegistry}, when it
 * has one: the listener is given to the auto-configured client. After Spring Boot's registry
 * configuration (Boot 4 names first, then Boot 3's).
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"},
    before = HogAutoConfiguration.class)
@ConditionalOnClass({MeterRegistry.class, HogMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(name = "thehog.metrics.enabled", havingValue = "true", matchIfMissing = true)
class HogMetricsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  HogMetrics hogMetrics(MeterRegistry registry) {
    return HogMetrics.create(registry);
  }
}
