package ai.thehog.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The spec operations (operationIds) a test reaches through {@link HogClient}. {@link OperationRecorder}
 * checks after the test that each was answered 2xx, and {@code EveryOperationTest} that every
 * operation of the spec is named by some test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Reaches {

  String[] value();
}
