package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.common.Notifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the sandbox logs (verbose mode): secrets replaced, and an uploaded file's bytes left out. */
class RedactingNotifierTest {

  private final List<String> logged = new ArrayList<>();
  private final RedactingNotifier notifier = new RedactingNotifier(new Notifier() {
    @Override
    public void info(String message) {
      logged.add(message);
    }

    @Override
    public void error(String message) {
      logged.add(message);
    }

    @Override
    public void error(String message, Throwable t) {
      logged.add(message);
    }
  }, List.of("sk_secret_value_1"));

  @Test
  void aMultipartRequestIsLoggedWithoutItsBody() {
    notifier.info("Request received:\nPOST /api/v1/platform/scrapers/image/deepfake-detection\n"
        + "Content-Type: multipart/form-data; boundary=b\nX-Secret-Key: sk_secret_value_1\n\n"
        + "--b\r\nContent-Disposition: form-data; name=\"image\"\r\n\r\nPIXELS-OF-THE-FILE\r\n--b--");

    assertThat(logged).singleElement().satisfies(line -> {
      assertThat(line).contains("deepfake-detection", "multipart/form-data", "(multipart body not logged)");
      assertThat(line).doesNotContain("PIXELS-OF-THE-FILE", "sk_secret_value_1");
    });
  }

  @Test
  void aJsonRequestKeepsItsBody() {
    notifier.info("Request received:\nPOST /api/context\nContent-Type: application/json\n\n{\"query\":\"acme\"}");

    assertThat(logged).singleElement().satisfies(line -> assertThat(line).contains("{\"query\":\"acme\"}"));
  }
}
