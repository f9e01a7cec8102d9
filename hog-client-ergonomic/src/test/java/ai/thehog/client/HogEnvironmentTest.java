package ai.thehog.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.model.connection.HogConnection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Credential and server resolution from the official SDK's variables, and key masking. */
class HogEnvironmentTest {

  @Test
  void bothKeysMakeAConnectionToTheConfiguredThenTheVariableThenTheDefaultServer() {
    HogEnvironment env = HogEnvironment.of(Map.of("THE_HOG_ACCESS_KEY", "ak_live_1234567", "THE_HOG_SECRET_KEY",
        " sk_live_secret ", "THE_HOG_SERVER_URL", "http://127.0.0.1:9"));

    HogConnection connection = env.connection(null).orElseThrow();

    assertThat(connection.baseUrl()).isEqualTo("http://127.0.0.1:9");
    assertThat(connection.accessKey()).isEqualTo("ak_live_1234567");
    assertThat(connection.secretKey()).isEqualTo("sk_live_secret");
    assertThat(env.connection(" https://other.example ").orElseThrow().baseUrl()).isEqualTo("https://other.example");
    assertThat(HogEnvironment.of(Map.of()).serverUrl(null)).isEqualTo(HogClient.DEFAULT_BASE_URL);
  }

  @Test
  void aMissingOrBlankKeyMeansNoConnection() {
    assertThat(HogEnvironment.of(Map.of("THE_HOG_ACCESS_KEY", "ak_1")).connection(null)).isEmpty();
    assertThat(HogEnvironment.of(Map.of("THE_HOG_ACCESS_KEY", "ak_1", "THE_HOG_SECRET_KEY", "  ")).connection(null))
        .isEmpty();
  }

  @Test
  void keysAreMaskedAndNeverShown() {
    HogEnvironment env = HogEnvironment.of(Map.of("THE_HOG_ACCESS_KEY", "ak_live_1234567", "THE_HOG_SECRET_KEY",
        "sk_live_secret"));

    assertThat(HogEnvironment.maskKey("ak_live_1234567")).isEqualTo("ak_liv…");
    assertThat(HogEnvironment.maskKey("short")).isEqualTo("…");
    assertThat(env.toString()).doesNotContain("sk_live_secret").doesNotContain("ak_live_1234567");
  }
}
