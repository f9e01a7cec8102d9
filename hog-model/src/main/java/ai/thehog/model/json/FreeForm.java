package ai.thehog.model.json;

import com.squareup.moshi.JsonDataException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code data} of an endpoint whose shape the spec leaves open (the older sync endpoints:
 * people search and research, context, signals, generation): a JSON object or array, kept whole
 * as {@link HogJson} read it (numbers exact). Read it as it is ({@link #asObject()},
 * {@link #asArray()}) or as a type of your own ({@link #as(Class)}).
 *
 * @param value the JSON value: a {@code Map<String, Object>}, a {@code List<Object>}, a string,
 *     a number, a boolean, or null
 */
public record FreeForm(Object value) {

  /**
   * Whether the value is a JSON object.
   *
   * @return true for an object
   */
  public boolean isObject() {
    return value instanceof Map;
  }

  /**
   * Whether the value is a JSON array.
   *
   * @return true for an array
   */
  public boolean isArray() {
    return value instanceof List;
  }

  /**
   * The value as a JSON object.
   *
   * @return its properties, JSON names to values
   * @throws IllegalStateException when it is not an object (the message says what it is)
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> asObject() {
    if (!isObject()) {
      throw new IllegalStateException("the data is " + kind() + ", not a JSON object; see isArray()/asArray()");
    }
    return (Map<String, Object>) value;
  }

  /**
   * The value as a JSON array.
   *
   * @return its elements
   * @throws IllegalStateException when it is not an array (the message says what it is)
   */
  @SuppressWarnings("unchecked")
  public List<Object> asArray() {
    if (!isArray()) {
      throw new IllegalStateException("the data is " + kind() + ", not a JSON array; see isObject()/asObject()");
    }
    return (List<Object>) value;
  }

  /**
   * The value read as {@code type} by {@link HogJson#moshi()} (a record of your own, a generated
   * model type, a {@code List}, ...).
   *
   * @param type the type to read it as
   * @param <T> the type
   * @return the value as {@code type}
   * @throws IllegalArgumentException when the value does not fit {@code type}
   */
  public <T> T as(Class<T> type) {
    Objects.requireNonNull(type, "type");
    try {
      return HogJson.moshi().adapter(type).fromJsonValue(value);
    } catch (JsonDataException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the data (" + kind() + ") does not fit " + type.getName() + ": "
          + e.getMessage(), e);
    }
  }

  private String kind() {
    return value == null ? "null" : isObject() ? "a JSON object" : isArray() ? "a JSON array"
        : value instanceof String ? "a string" : value instanceof Boolean ? "a boolean" : "a number";
  }
}
