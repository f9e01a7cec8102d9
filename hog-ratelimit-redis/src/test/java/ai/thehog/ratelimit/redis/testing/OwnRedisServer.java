package ai.thehog.ratelimit.redis.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link RedisServer} parameter of a test that needs a server of its own (it stops or
 * freezes it, or sets a password) rather than the one its class shares; it is stopped after the test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface OwnRedisServer {

  /**
   * The password the server requires; empty for none.
   *
   * @return the password, or empty
   */
  String password() default "";
}
