package ai.thehog.model.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code Integer} or {@code Long} component the API may send as a number with a fraction
 * (the sources type it {@code number}, the spec {@code integer}): {@link HogJson} reads such a number
 * rounded down to a whole one (37.5 is 37) instead of refusing the answer. A value out of the type's
 * range is still an error; the record writes a whole number.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface RoundedDown {
}
