package ai.thehog.client.generated;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One successful answer of a generated operation, as the spec declares it: the HTTP status and the
 * record its body is described by. An operation that may answer 200 or 202 carries one of each, so
 * a caller can tell, for instance, which typed record a 202 of this operation is read into.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(HttpAnswers.class)
public @interface HttpAnswer {

  /**
   * The HTTP status, e.g. 202.
   *
   * @return the status
   */
  int status();

  /**
   * The record the spec describes the body with, e.g. {@code CompanySearchAccepted}.
   *
   * @return the body's record
   */
  Class<?> body();
}
