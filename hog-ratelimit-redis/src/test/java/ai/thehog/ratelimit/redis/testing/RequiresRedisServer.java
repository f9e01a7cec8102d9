package ai.thehog.ratelimit.redis.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annotated test class or method uses a real {@code redis-server}: a {@link RedisServer} parameter
 * of its constructor or methods gets one (shared by the class; {@link OwnRedisServer} for one of the
 * test's own). Where {@code redis-server} is not on the PATH it is skipped, saying so, except under
 * {@code CI=true}: there it runs and fails on {@link RedisServer#start()}'s message, since CI must run
 * every test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RedisServerExtension.class)
public @interface RequiresRedisServer {
}
