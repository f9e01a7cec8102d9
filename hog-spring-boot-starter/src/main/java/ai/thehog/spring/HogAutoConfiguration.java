package ai.thehog.spring;

import ai.thehog.client.HogClientBuilder;
import ai.thehog.client.AsyncHogClient;
import ai.thehog.client.HogClient;
import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.common.HogRateLimiter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The {@code HogClient} and its async side from the {@code thehog.*} properties; every bean backs off
 * when the application defines its own.
 */
@AutoConfiguration
@ConditionalOnClass(HogClient.class)
@EnableConfigurationProperties(HogProperties.class)
class HogAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  HogClient hogClient(HogProperties properties, Environment environment, ObjectProvider<HogRateLimiter> limiter,
      ObjectProvider<HogClientListener> listeners, ObjectProvider<HogClientBuilderCustomizer> customizers) {
    List<HogClientListener> all = listeners.orderedStream().toList();
    HogClientBuilder builder = HogClientFactory.builder(properties, HogClientFactory.environment(environment),
        limiter.getIfUnique(), all);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  @Bean
  @ConditionalOnMissingBean
  AsyncHogClient hogAsyncClient(HogClient hogClient) {
    return hogClient.async();
  }

  /** {@code thehog.rate-limits.shared=true} with hog-ratelimit-redis: one budget on Redis for every process. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "ai.thehog.ratelimit.redis.RedisHogRateLimiter")
  @ConditionalOnProperty(name = "thehog.rate-limits.shared", havingValue = "true")
  static class SharedRateLimitsConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(HogRateLimiter.class)
    HogRateLimiter hogSharedRateLimiter(HogProperties properties, Environment environment) {
      return SharedRateLimits.create(properties, environment);
    }
  }

  /** {@code thehog.rate-limits.shared=true} without hog-ratelimit-redis: refused, saying what is missing. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingClass("ai.thehog.ratelimit.redis.RedisHogRateLimiter")
  @ConditionalOnProperty(name = "thehog.rate-limits.shared", havingValue = "true")
  static class SharedRateLimitsMissingConfiguration {

    @Bean
    @ConditionalOnMissingBean(HogRateLimiter.class)
    HogRateLimiter hogSharedRateLimiter() {
      throw new IllegalStateException("thehog.rate-limits.shared=true needs ai.thehog:hog-ratelimit-redis on the"
          + " classpath (add it as a dependency, or set thehog.rate-limits.shared=false)");
    }
  }
}
