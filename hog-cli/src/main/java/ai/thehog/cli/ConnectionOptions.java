package ai.thehog.cli;

import ai.thehog.client.HogEnvironment;
import ai.thehog.model.connection.HogConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where the API is and which keys to use: THE_HOG_ACCESS_KEY and THE_HOG_SECRET_KEY (or a secret
 * key file), never a secret on the command line, where {@code ps} would show it.
 */
final class ConnectionOptions {

  @Option(names = "--base-url", paramLabel = "URL",
      description = "The API's base URL; default THE_HOG_SERVER_URL, else https://developer.thehog.ai.")
  String baseUrl;

  @Option(names = "--secret-key-file", paramLabel = "FILE",
      description = "Read the secret key from this file (first line) instead of THE_HOG_SECRET_KEY.")
  Path secretKeyFile;

  /** The connection, or empty when a key is missing. */
  Optional<HogConnection> resolve(HogEnvironment env) throws BadInputException {
    Optional<String> access = env.accessKey();
    Optional<String> secret = env.secretKey();
    if (secretKeyFile != null) {
      try {
        String text = Files.readString(secretKeyFile, StandardCharsets.UTF_8).strip();
        String first = text.lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
          throw new BadInputException(secretKeyFile + ": the secret key file is empty");
        }
        secret = Optional.of(first);
      } catch (IOException e) {
        throw new BadInputException(secretKeyFile + ": cannot read the secret key file (" + e.getClass().getSimpleName()
            + ")");
      }
    }
    if (access.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(HogConnection.of(env.serverUrl(baseUrl), access.get(), secret.get()));
  }

  static String missingKeys() {
    return "no credentials: set " + HogEnvironment.ACCESS_KEY + " and " + HogEnvironment.SECRET_KEY
        + " (or --secret-key-file), or use --sandbox";
  }
}
