package ai.thehog.ratelimit.redis.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annotated test class or method starts a {@link RedisServer}. Where {@code redis-server} is not
 * on the PATH it is skipped, saying so, except under {@code CI=true}: there it runs and fails on
 * {@link RedisServer#start()}'s message, since CI must run every test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RedisServerCondition.class)
public @interface RequiresRedisServer {
}
