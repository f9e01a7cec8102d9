package ai.thehog.spring.test;

import ai.thehog.model.connection.HogConnection;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.SandboxLedger;
import java.util.Map;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the sandbox, puts its URL and keys first among the context's property sources, and registers
 * it as a bean (stopped with the context) and its ledger as a prototype bean (a fresh snapshot per lookup). All instances are equal, so contexts
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
    if (beans instanceof DefaultSingletonBeanRegistry registry) {
      registry.registerDisposableBean("hogSandbox", sandbox::close);
    }
    if (beans instanceof BeanDefinitionRegistry registry) {
      // A ledger is a snapshot: each lookup takes a new one.
      RootBeanDefinition ledger = new RootBeanDefinition(SandboxLedger.class, sandbox::ledger);
      ledger.setScope(BeanDefinition.SCOPE_PROTOTYPE);
      registry.registerBeanDefinition("hogSandboxLedger", ledger);
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
