package ai.thehog.model.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component the spec requires and does not allow to be null: {@link HogJson} refuses
 * JSON that leaves it out or sends it null, naming the JSON path (for example
 * {@code $.data.items[3].id}), the record and the property.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Required {
}
