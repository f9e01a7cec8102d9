package ai.thehog.model.json;

import java.util.Map;

/**
 * A generated record whose schema allows properties the spec does not name.
 *
 * <p>{@link HogJson} decodes such properties into {@link #additionalProperties()} and writes them
 * back beside the named ones, so that nothing the API sends is lost on the way through.
 *
 * @param <T> the record type
 */
public interface OpenObject<T> {

  /**
   * The properties the spec does not name, in the order they were read.
   *
   * @return the properties, unmodifiable; never null
   */
  Map<String, Object> additionalProperties();

  /**
   * A copy of this record with {@code additionalProperties} replacing the current ones.
   *
   * @param additionalProperties the new properties, JSON names to values
   * @return the copy
   */
  T withAdditionalProperties(Map<String, Object> additionalProperties);
}
