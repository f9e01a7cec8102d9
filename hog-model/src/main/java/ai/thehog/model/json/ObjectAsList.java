package ai.thehog.model.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list component the API may also send as one JSON object (the sources disagree on its
 * shape): {@link HogJson} reads an object as a list holding that one object, kept whole, and an
 * array as usual. The record is always written back with an array.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ObjectAsList {
}
