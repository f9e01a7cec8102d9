package ai.thehog.spec;

import java.io.InputStream;

/**
 * Where the OpenAPI document of The Hog API lives on the classpath: this module's jar holds it as
 * {@value #RESOURCE}.
 *
 * <pre>{@code
 * try (InputStream yaml = HogSpec.open()) {
 *   // hand it to an OpenAPI parser or validator
 * }
 * }</pre>
 */
public final class HogSpec {

  /** The classpath name of the OpenAPI 3.0.3 document, in YAML. */
  public static final String RESOURCE = "ai/thehog/spec/openapi.yaml";

  private HogSpec() {
  }

  /**
   * Opens the OpenAPI document from this module's jar.
   *
   * @return the document's bytes (UTF-8 YAML); the caller closes the stream
   * @throws IllegalStateException if {@value #RESOURCE} is not on the class path of this class
   */
  public static InputStream open() {
    InputStream yaml = HogSpec.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (yaml == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the class path: is hog-spec's jar complete?");
    }
    return yaml;
  }
}
