package ai.thehog.spring;

import ai.thehog.client.HogClient;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * The health component {@code hog} on Spring Boot 3's health API
 * ({@code org.springframework.boot.actuate.health}), which this module is not compiled against: the
 * indicator is a proxy of that interface building Boot 3's {@code Health} by reflection. Spring Boot 4
 * uses {@link HogHealthAutoConfiguration} instead.
 */
@AutoConfiguration(after = HogAutoConfiguration.class)
@ConditionalOnClass(name = HogBoot3HealthAutoConfiguration.INDICATOR)
@ConditionalOnMissingClass("org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(HogClient.class)
@Conditional(HogBoot3HealthAutoConfiguration.Enabled.class)
@Import(HogBoot3HealthAutoConfiguration.Registrar.class)
class HogBoot3HealthAutoConfiguration {

  static final String INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";
  static final String HEALTH = "org.springframework.boot.actuate.health.Health";

  /** management.health.hog.enabled, else management.health.defaults.enabled, else on (as Boot 3's own). */
  static final class Enabled implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment environment = context.getEnvironment();
      Boolean own = environment.getProperty("management.health.hog.enabled", Boolean.class);
      return own != null ? own : environment.getProperty("management.health.defaults.enabled", Boolean.class, true);
    }
  }

  /** Registers {@code hogHealthIndicator} with Boot 3's indicator type, unless the application has one. */
  static final class Registrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware, BeanClassLoaderAware {
    private BeanFactory beanFactory;
    private ClassLoader classLoader;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
      this.beanFactory = beanFactory;
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
      this.classLoader = classLoader;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
      if (registry.containsBeanDefinition("hogHealthIndicator")) {
        return;
      }
      Class<?> indicator = ClassUtils.resolveClassName(INDICATOR, classLoader);
      RootBeanDefinition definition = new RootBeanDefinition();
      definition.setTargetType(indicator);
      definition.setInstanceSupplier(() -> {
        HogProperties properties = beanFactory.getBean(HogProperties.class);
        String accessKey = HogClientFactory.accessKey(properties,
            HogClientFactory.environment(beanFactory.getBean(Environment.class))).orElse(null);
        HogHealth health = new HogHealth(beanFactory.getBean(HogClient.class), properties, accessKey,
            System::nanoTime);
        return Proxy.newProxyInstance(classLoader, new Class<?>[] {indicator}, new Handler(health, classLoader));
      });
      registry.registerBeanDefinition("hogHealthIndicator", definition);
    }
  }

  /** {@code health()} builds Boot 3's {@code Health}; default methods run as declared. */
  private static final class Handler implements InvocationHandler {
    private final HogHealth health;
    private final ClassLoader classLoader;

    Handler(HogHealth health, ClassLoader classLoader) {
      this.health = health;
      this.classLoader = classLoader;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "health":
          if (method.getParameterCount() == 0) {
            return build(health.report());
          }
          break;
        case "toString":
          return "HogHealthIndicator (Spring Boot 3)";
        case "hashCode":
          return System.identityHashCode(proxy);
        case "equals":
          return proxy == args[0];
        default:
          break;
      }
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      throw new UnsupportedOperationException(method.toString());
    }

    private Object build(HogHealth.Report report) throws ReflectiveOperationException {
      Class<?> type = ClassUtils.resolveClassName(HEALTH, classLoader);
      try {
        Object builder = type.getMethod(report.up() ? "up" : "down").invoke(null);
        builder = builder.getClass().getMethod("withDetails", Map.class).invoke(builder, report.details());
        return builder.getClass().getMethod("build").invoke(builder);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw e;
      }
    }
  }
}
