package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Even with WireMock's verbose request logging on, no secret reaches the console. */
class SecretLoggingTest {

  @Test
  void verboseLogsShowRequestsButNeverSecrets() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try (HogSandbox sandbox = HogSandbox.builder().accessKey("ak_log").secretKey("sk_log_secret_77").verbose(true)
        .build()) {
      sandbox.start();
      SandboxHttp http = new SandboxHttp(sandbox);
      http.post("/api/companies/search", "{}", "X-Access-Key", "ak_log", "X-Secret-Key", "sk_log_secret_77");
      http.post("/api/companies/search", "{}", "X-Access-Key", "ak_log", "X-Secret-Key", "sk_wrong_guess_88");
      http.post("/api/companies/search", "{}", "Authorization", "Bearer sk_log_secret_77");
      http.post("/api/enrichments", "{\"fields\":[]}", "X-Access-Key", "ak_log", "X-Secret-Key", "sk_log_secret_77");
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("/api/companies/search").contains("ak_log");   // verbose logging did happen
    assertThat(log).doesNotContain("sk_log_secret_77").doesNotContain("sk_wrong_guess_88");
  }
}
