package ai.thehog.spring.test;

import ai.thehog.model.connection.HogConnection;
import ai.thehog.sandbox.HogSandbox;
import java.util.Map;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the sandbox, puts its URL and keys first among the context's property sources, and registers
 * it and its ledger as beans; the sandbox stops with the context. All instances are equal, so contexts
 * that differ in nothing else are still cached as one.
 */
final class HogSandboxContextCustomizer implements ContextCustomizer {

  static final String PROPERTY_SOURCE = "hogSandbox";

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    HogSandbox sandbox = HogSandbox.builder().build().start();
    HogConnection connection = sandbox.connection();
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
        "thehog.base-url", connection.baseUrl(),
        "thehog.access-key", connection.accessKey(),
        "thehog.secret-key", connection.secretKey())));
    ConfigurableListableBeanFactory beans = context.getBeanFactory();
    beans.registerSingleton("hogSandbox", sandbox);
    beans.registerSingleton("hogSandboxLedger", sandbox.ledger());
    if (beans instanceof DefaultSingletonBeanRegistry registry) {
      registry.registerDisposableBean("hogSandbox", sandbox::close);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HogSandboxContextCustomizer;
  }

  @Override
  public int hashCode() {
    return HogSandboxContextCustomizer.class.hashCode();
  }
}
