package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line of the executable jar, and the plain Java API the Maven plugin uses. */
class SandboxMainTest {

  @Test
  void optionsConfigureTheSandboxAndItAnnouncesWhereItListens() {
    HogSandbox sandbox = SandboxMain.parse(new String[] {"--port", "0", "--access-key", "ak_cli",
        "--secret-key", "sk_cli_secret", "--time-scale", "10", "--plan-credits", "5"});
    try (sandbox) {
      sandbox.start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SandboxMain.announce(sandbox, new PrintStream(out, true, StandardCharsets.UTF_8));
      String printed = out.toString(StandardCharsets.UTF_8);

      assertThat(printed).contains("listening on " + sandbox.baseUrl()).contains("ak_cli").doesNotContain("sk_cli_secret");
      SandboxHttp http = new SandboxHttp(sandbox);
      assertThat(http.post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}", "X-Access-Key", "ak_cli",
          "X-Secret-Key", "sk_cli_secret").status()).isEqualTo(402);   // 10 credits > plan of 5
    }
    assertThat(sandbox.isRunning()).isFalse();
  }

  @Test
  void badOptionsAreNamed() {
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port"})).hasMessageContaining("--port needs a value");
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port", "eighty"})).hasMessageContaining("--port needs a number");
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--colour", "pink"})).hasMessageContaining("unknown option --colour");
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--time-scale", "0"})).hasMessageContaining("timeScale");
  }

  @Test
  void helpIsAskedForAnywhereAndDescribesEveryOptionTheParserTakesWithItsDefault() {
    assertThat(SandboxMain.wantsHelp(new String[] {"--port", "0", "--help"})).isTrue();
    assertThat(SandboxMain.wantsHelp(new String[] {"-h"})).isTrue();
    assertThat(SandboxMain.wantsHelp(new String[] {"--port", "0"})).isFalse();
    String help = SandboxMain.help();
    String[][] options = {{"--port", "0"}, {"--bind", "127.0.0.1"}, {"--access-key", "ak"}, {"--secret-key", "sk"},
        {"--time-scale", "2"}, {"--operation-duration-ms", "100"}, {"--requests-per-minute", "5"},
        {"--polls-per-minute", "5"}, {"--plan-credits", "5"}, {"--no-estimates"}, {"--real-shapes"}, {"--verbose"}};
    for (String[] option : options) {
      SandboxMain.parse(option).close();   // the parser takes it...
      assertThat(help.lines().filter(line -> line.trim().startsWith(option[0] + " ")).findFirst())
          .as("help line of " + option[0]).hasValueSatisfying(line -> assertThat(line).contains("default"));
    }
    assertThat(help).contains("default " + HogSandbox.DEFAULT_ACCESS_KEY).contains("default 8080");
  }

  @Test
  void theJavaApiStartsStopsAndRestarts() {
    HogSandbox sandbox = HogSandbox.builder().build();
    sandbox.start();
    int first = sandbox.port();
    assertThat(new SandboxHttp(sandbox).post("/api/signals", "{}").status()).isEqualTo(200);
    sandbox.stop();
    assertThat(sandbox.isRunning()).isFalse();
    assertThatThrownBy(sandbox::port).hasMessageContaining("not started");
    sandbox.start();
    assertThat(sandbox.port()).isPositive();
    assertThat(new SandboxHttp(sandbox).post("/api/signals", "{}").status()).isEqualTo(200);
    assertThat(sandbox.ledger().charges()).hasSize(2);   // state survives a restart until reset()
    sandbox.close();
    assertThat(first).isPositive();
  }
}
