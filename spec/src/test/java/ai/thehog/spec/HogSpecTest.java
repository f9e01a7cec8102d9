package ai.thehog.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HogSpecTest {

  @Test
  void opensTheDocumentThatIsPackaged() throws IOException {
    String packaged;
    try (InputStream yaml = HogSpec.open()) {
      packaged = new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(packaged).startsWith("openapi: 3.0.3").isEqualTo(Files.readString(Path.of("openapi.yaml")));
  }
}
