package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The deepfake check as a multipart form: a file part {@code image} or a {@code url} field is
 * answered with the detection (the same file, the same answer); a form with neither, an empty file
 * or a URL over 4096 characters is refused with 400 like the API; other endpoints take no form.
 */
class DeepfakeUploadTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().build();

  static final String PATH = "/api/v1/platform/scrapers/image/deepfake-detection";
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3, 4, 5, 6, 7, 8};

  @Test
  void aFilePartIsAnsweredWithTheDetectionTheSameForTheSameFile(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply first = http.postForm(PATH, "image", "face.png", PNG);
    SandboxHttp.Reply again = http.postForm(PATH, "image", "copy.png", PNG);
    SandboxHttp.Reply other = http.postForm(PATH, "image", "other.png", "another image".getBytes(StandardCharsets.UTF_8));

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.at("data.verdict")).isIn("likely_real", "uncertain", "likely_deepfake");
    assertThat(((Number) first.at("data.score")).doubleValue()).isBetween(0.0, 1.0);
    assertThat(first.at("data.status")).isEqualTo("complete");
    assertThat(first.at("meta.requestId")).isEqualTo(first.header("X-Request-Id"));
    assertThat(again.at("data")).isEqualTo(first.at("data"));
    assertThat(other.at("data.score")).isNotEqualTo(first.at("data.score"));
  }

  @Test
  void aUrlFieldIsAnsweredToo(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).postForm(PATH, "url", null, "https://media.example/a.jpg");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.at("data.signals.faceManipulation.facesAnalyzed")).isNotNull();
  }

  @Test
  void aFormWithoutAFileOrUrlIsRefused(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).postForm(PATH, "note", null, "no image here");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("image (a file part) or url is required");
  }

  @Test
  void anEmptyFileOrATooLongUrlIsRefused(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply empty = http.postForm(PATH, "image", "empty.png", new byte[0]);
    SandboxHttp.Reply longUrl = http.postForm(PATH, "url", null, "https://media.example/" + "a".repeat(4100));

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("image must not be an empty file");
    assertThat(longUrl.status()).isEqualTo(400);
    assertThat(longUrl.body()).contains("url must be at most 4096 characters");
  }

  @Test
  void anotherEndpointTakesNoForm(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).postForm("/api/v1/platform/scrapers/web/scrape", "image",
        "face.png", PNG);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("takes no multipart form");
  }
}
