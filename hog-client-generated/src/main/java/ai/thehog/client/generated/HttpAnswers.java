package ai.thehog.client.generated;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@link HttpAnswer}s of an operation with more than one successful answer. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HttpAnswers {

  /**
   * The answers, in the spec's order.
   *
   * @return the answers
   */
  HttpAnswer[] value();
}
