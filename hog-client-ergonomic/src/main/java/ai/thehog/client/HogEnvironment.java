package ai.thehog.client;

import ai.thehog.client.internal.Defaults;
import ai.thehog.client.internal.http.Secrets;
import ai.thehog.model.connection.HogConnection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server and keys the environment names, under the official SDK's variable names
 * ({@value #ACCESS_KEY}, {@value #SECRET_KEY}, {@value #SERVER_URL}). Tools built on the client
 * (the Maven plugin, the command line) resolve credentials here rather than repeating the names.
 * {@link #toString()} never shows a key.
 */
public final class HogEnvironment {

  /** The access key's variable. */
  public static final String ACCESS_KEY = Defaults.ACCESS_KEY_VARIABLE;
  /** The secret key's variable. */
  public static final String SECRET_KEY = Defaults.SECRET_KEY_VARIABLE;
  /** The base URL's variable. */
  public static final String SERVER_URL = Defaults.SERVER_URL_VARIABLE;

  private final Map<String, String> variables;

  private HogEnvironment(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  /**
   * The process environment.
   *
   * @return the environment of this process
   */
  public static HogEnvironment system() {
    return new HogEnvironment(System.getenv());
  }

  /**
   * The given variables, e.g. in tests.
   *
   * @param variables names and values
   * @return an environment over a copy of them
   */
  public static HogEnvironment of(Map<String, String> variables) {
    return new HogEnvironment(Objects.requireNonNull(variables, "variables"));
  }

  /**
   * The access key, when set and not blank.
   *
   * @return the access key of {@value #ACCESS_KEY}
   */
  public Optional<String> accessKey() {
    return value(ACCESS_KEY);
  }

  /**
   * The secret key, when set and not blank.
   *
   * @return the secret key of {@value #SECRET_KEY}
   */
  public Optional<String> secretKey() {
    return value(SECRET_KEY);
  }

  /**
   * The base URL to use: {@code configured} when given, else {@value #SERVER_URL}, else
   * {@code https://developer.thehog.ai}.
   *
   * @param configured a base URL set by the caller, or null
   * @return the base URL, trimmed
   */
  public String serverUrl(String configured) {
    if (configured != null && !configured.isBlank()) {
      return configured.trim();
    }
    return value(SERVER_URL).orElse(Defaults.BASE_URL);
  }

  /**
   * A connection to {@link #serverUrl(String)} with the environment's keys, when both are set.
   *
   * @param configuredServerUrl a base URL set by the caller, or null
   * @return the connection, or empty when a key is missing
   */
  public Optional<HogConnection> connection(String configuredServerUrl) {
    Optional<String> access = accessKey();
    Optional<String> secret = secretKey();
    if (access.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(HogConnection.of(serverUrl(configuredServerUrl), access.get(), secret.get()));
  }

  /**
   * A key as it may be shown in logs: its first six characters and an ellipsis.
   *
   * @param key an access key (never pass a secret to show)
   * @return the masked key; {@code "…"} for six characters or fewer
   */
  public static String maskKey(String key) {
    return Secrets.mask(key);
  }

  private Optional<String> value(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  @Override
  public String toString() {
    return "HogEnvironment[" + ACCESS_KEY + (accessKey().isPresent() ? " set" : " unset") + ", " + SECRET_KEY
        + (secretKey().isPresent() ? " set" : " unset") + ", " + SERVER_URL + "=" + serverUrl(null) + "]";
  }
}
