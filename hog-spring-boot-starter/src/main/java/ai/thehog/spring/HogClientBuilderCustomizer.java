package ai.thehog.spring;

import ai.thehog.client.HogClientBuilder;
import ai.thehog.client.HogClient;

/**
 * Changes the builder of the auto-configured {@code HogClient} after the {@code thehog.*} properties
 * were applied, e.g. to give it an executor or an OkHttpClient of the application's. Every bean of
 * this type is called, in {@code @Order}.
 */
@FunctionalInterface
public interface HogClientBuilderCustomizer {

  /**
   * Changes the builder.
   *
   * @param builder the builder, with the properties applied
   */
  void customize(HogClientBuilder builder);
}
