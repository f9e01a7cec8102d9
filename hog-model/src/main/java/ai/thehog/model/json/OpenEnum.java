package ai.thehog.model.json;

/**
 * A string enumeration of the spec that keeps values it does not know.
 *
 * <p>Every generated enumeration implements this and has a static {@code of(String)} factory,
 * which {@link HogJson} uses to decode it: an unknown value becomes an instance whose
 * {@code known()} is {@code UNKNOWN} and whose {@link #value()} is the raw string.
 */
public interface OpenEnum {

  /**
   * The value as sent on the wire.
   *
   * @return the value
   */
  String value();
}
