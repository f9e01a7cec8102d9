package ai.thehog.maven;

import ai.thehog.client.HogEnvironment;
import java.util.Objects;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** The API keys to use: from a settings.xml server (decrypted as Maven does), else the environment. */
final class Credentials {

  private final String accessKey;
  private final String secretKey;
  private final String source;

  Credentials(String accessKey, String secretKey, String source) {
    this.accessKey = Objects.requireNonNull(accessKey, "accessKey");
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    this.source = source;
  }

  /**
   * The server {@code serverId} of {@code settings}, else the keys of {@code env} (the official SDK's
   * variables); null when neither is there. Never reads the pom.
   *
   * @throws IllegalStateException when the server is there but unusable (the message holds no secret)
   */
  static Credentials resolve(Settings settings, String serverId, SettingsDecrypter decrypter, HogEnvironment env) {
    Server server = settings == null || serverId == null ? null : settings.getServer(serverId);
    if (server != null) {
      SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
      for (SettingsProblem problem : result.getProblems()) {
        if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
          throw new IllegalStateException("The password of server '" + serverId + "' in settings.xml cannot be"
              + " decrypted (" + problem.getMessage() + "); check settings-security.xml and the encrypted password.");
        }
      }
      Server decrypted = result.getServer();
      if (isBlank(decrypted.getUsername()) || isBlank(decrypted.getPassword())) {
        throw new IllegalStateException("Server '" + serverId + "' in settings.xml needs <username> (the access"
            + " key) and <password> (the secret key).");
      }
      return new Credentials(decrypted.getUsername(), decrypted.getPassword(), "settings.xml server '" + serverId + "'");
    }
    if (env.accessKey().isPresent() && env.secretKey().isPresent()) {
      return new Credentials(env.accessKey().get(), env.secretKey().get(), "environment");
    }
    return null;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  String accessKey() {
    return accessKey;
  }

  String secretKey() {
    return secretKey;
  }

  /** The access key shortened for logs, with where it came from. */
  String accessKeyHint() {
    return HogEnvironment.maskKey(accessKey) + " from " + source;
  }

  @Override
  public String toString() {
    return "Credentials[" + accessKeyHint() + ", secret key redacted]";
  }
}
