package ai.thehog.maven;

import java.util.Map;

/** Where the API is: {@code hog.baseUrl}, else THE_HOG_SERVER_URL, else the public API. */
final class ServerUrl {

  static final String SERVER_URL_ENV = "THE_HOG_SERVER_URL";
  static final String DEFAULT = "https://developer.thehog.ai";

  private ServerUrl() {
  }

  static String resolve(String configured, Map<String, String> env) {
    if (configured != null && !configured.isBlank()) {
      return configured.trim();
    }
    String fromEnv = env.get(SERVER_URL_ENV);
    return fromEnv != null && !fromEnv.isBlank() ? fromEnv.trim() : DEFAULT;
  }
}
