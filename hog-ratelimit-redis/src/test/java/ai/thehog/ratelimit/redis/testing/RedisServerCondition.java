package ai.thehog.ratelimit.redis.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition of {@link RequiresRedisServer}. */
final class RedisServerCondition implements ExecutionCondition {

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
}
