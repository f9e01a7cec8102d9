package ai.thehog.model.connection;

import java.util.Objects;

/**
 * Everything a client needs to reach one server: its base URL, the key pair, and how fast its time
 * runs. hog-sandbox hands one out ({@code sandbox.connection()}); the client takes it in one call
 * ({@code HogClient.builder().connection(connection)}). {@link #toString()} never shows the secret.
 *
 * @param baseUrl the server's base URL, e.g. {@code http://127.0.0.1:8089}
 * @param accessKey the public access key (X-Access-Key)
 * @param secretKey the secret key (X-Secret-Key); never shown
 * @param timeScale how many times faster than real time the server's time runs: 1 for the real API,
 *     the sandbox's scale for a time-scaled sandbox
 */
public record HogConnection(String baseUrl, String accessKey, String secretKey, double timeScale) {

  /**
   * Checks the values.
   *
   * @param baseUrl the server's base URL
   * @param accessKey the public access key
   * @param secretKey the secret key
   * @param timeScale how many times faster than real time the server's time runs
   * @throws IllegalArgumentException when a value is missing or blank, or the time scale is not a
   *     positive finite number
   */
  public HogConnection {
    requireText(baseUrl, "baseUrl");
    requireText(accessKey, "accessKey");
    requireText(secretKey, "secretKey");
    if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
      throw new IllegalArgumentException("timeScale must be a positive finite number, was " + timeScale);
    }
  }

  /**
   * A connection to a server running in real time (the real API).
   *
   * @param baseUrl the base URL
   * @param accessKey the access key
   * @param secretKey the secret key
   * @return the connection, with time scale 1
   */
  public static HogConnection of(String baseUrl, String accessKey, String secretKey) {
    return new HogConnection(baseUrl, accessKey, secretKey, 1.0);
  }

  private static void requireText(String value, String name) {
    if (Objects.requireNonNullElse(value, "").isBlank()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
  }

  /** Base URL, access key and time scale; the secret is shown as {@code [redacted]}. */
  @Override
  public String toString() {
    return "HogConnection{baseUrl=" + baseUrl + ", accessKey=" + accessKey + ", secretKey=[redacted], timeScale="
        + timeScale + "}";
  }
}
