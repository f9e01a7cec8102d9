package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.model.connection.HogConnection;
import org.junit.jupiter.api.Test;

/** {@link HogSandbox#demo()}: the preset the Maven plugin and the CLI start for their demos. */
class DemoSandboxTest {

  static final String SEARCH = "{\"industry\":\"Software\"}";

  @Test
  void listensOnAFreeLoopbackPortWithTheDemoKeysAtTenTimesRealTime() {
    try (HogSandbox first = HogSandbox.demo().start(); HogSandbox second = HogSandbox.demo().start()) {
      HogConnection connection = first.connection();

      assertThat(connection.baseUrl()).isEqualTo("http://127.0.0.1:" + first.port());
      assertThat(first.port()).isPositive().isNotEqualTo(second.port());
      assertThat(connection.accessKey()).isEqualTo(HogSandbox.DEMO_ACCESS_KEY);
      assertThat(connection.secretKey()).isEqualTo(HogSandbox.DEMO_SECRET_KEY);
      assertThat(connection.timeScale()).isEqualTo(10.0);
      assertThat(first.toString()).contains("operationDuration=PT5S").doesNotContain(HogSandbox.DEMO_SECRET_KEY);
    }
  }

  @Test
  void acceptsTheKeysOfItsConnectionOnly() {
    try (HogSandbox sandbox = HogSandbox.demo().start()) {
      HogConnection connection = sandbox.connection();
      SandboxHttp http = new SandboxHttp(sandbox);

      assertThat(http.post("/api/companies/search", SEARCH, "X-Access-Key", connection.accessKey(),
          "X-Secret-Key", connection.secretKey()).status()).isEqualTo(200);
      assertThat(http.post("/api/companies/search", SEARCH).status()).isEqualTo(401);
      assertThat(sandbox.ledger().creditsCharged(HogSandbox.DEMO_ACCESS_KEY)).isEqualTo(2);
    }
  }

  @Test
  void isNotStartedUntilAsked() {
    try (HogSandbox sandbox = HogSandbox.demo()) {
      assertThat(sandbox.isRunning()).isFalse();
      assertThat(sandbox.start().isRunning()).isTrue();
    }
  }
}
