package ai.thehog.spring;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Masks the secret key, the Bearer token and the Redis URL (it may hold a password) in Actuator's
 * {@code env} and {@code configprops} endpoints, even with {@code show-values=always}: under their
 * property names ({@code thehog.secret-key}, {@code thehog.secretKey}) and the official SDK's variable
 * ({@code THE_HOG_SECRET_KEY}).
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
class HogActuatorAutoConfiguration {

  /** Keys without case, dots, dashes and underscores: one spelling matches every form. */
  private static final Set<String> SECRET_KEYS = Set.of("thehogsecretkey", "thehogbearertoken",
      "thehogratelimitsredisurl");

  @Bean
  @ConditionalOnMissingBean(name = "hogSanitizingFunction")
  SanitizingFunction hogSanitizingFunction() {
    return HogActuatorAutoConfiguration::sanitize;
  }

  static SanitizableData sanitize(SanitizableData data) {
    return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
  }

  static boolean isSecret(String key) {
    if (key == null) {
      return false;
    }
    String normal = key.toLowerCase(Locale.ROOT).replace(".", "").replace("-", "").replace("_", "");
    return SECRET_KEYS.contains(normal);
  }
}
