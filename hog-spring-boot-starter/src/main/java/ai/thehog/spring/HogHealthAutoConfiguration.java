package ai.thehog.spring;

import ai.thehog.client.HogClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The Actuator health component {@code hog} (Spring Boot 4's health API), when Actuator is present. */
@AutoConfiguration(after = HogAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(HogClient.class)
@ConditionalOnEnabledHealthIndicator("hog")
class HogHealthAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "hogHealthIndicator")
  HealthIndicator hogHealthIndicator(HogClient hogClient, HogProperties properties, Environment environment) {
    String accessKey = HogClientFactory.accessKey(properties, HogClientFactory.environment(environment))
        .orElse(null);
    return new HogHealthIndicator(new HogHealth(hogClient, properties, accessKey, System::nanoTime));
  }
}
