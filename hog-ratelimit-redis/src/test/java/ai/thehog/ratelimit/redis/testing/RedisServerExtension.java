package ai.thehog.ratelimit.redis.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link RequiresRedisServer}. It skips where redis-server is not installed
 * (not under {@code CI=true}), and gives a {@link RedisServer} to a test constructor or method
 * that asks for one: one server per test class, started at the first request and stopped after
 * the class; a parameter marked {@link OwnRedisServer} gets a server of its own, stopped after the
 * test (for a test that stops or freezes it, or needs a password).
 */
final class RedisServerExtension implements ExecutionCondition, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RedisServerExtension.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (RedisServer.installed()) {
      return ConditionEvaluationResult.enabled("redis-server is on the PATH");
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("CI=true: every test runs; without redis-server it fails");
    }
    return ConditionEvaluationResult.disabled(RedisServer.NOT_INSTALLED);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RedisServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Optional<OwnRedisServer> own = parameter.findAnnotation(OwnRedisServer.class);
    if (own.isPresent()) {
      // Kept in the test's own store: JUnit closes it when the test ends.
      RedisServer server = start(own.get().password());
      context.getStore(NAMESPACE).put(new Object(), server);
      return server;
    }
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(RedisServer.class, k -> start(""), RedisServer.class);
  }

  private static RedisServer start(String password) {
    try {
      return password.isEmpty() ? RedisServer.start() : RedisServer.start(password);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParameterResolutionException("interrupted while starting redis-server", e);
    } catch (Exception e) {
      throw new ParameterResolutionException("redis-server did not start: " + e.getMessage(), e);
    }
  }
}
