package ai.thehog.client.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The spec's Markdown descriptions reach the interfaces' javadoc as javadoc, not as raw Markdown. */
class GeneratedJavadocTest {

  private static final Path GENERATED = Path.of("target/generated-sources/openapi/src/main/java");

  @Test
  void codeSpansBecomeCodeTagsAndNoMarkerIsLeft() throws IOException {
    String companies = Files.readString(GENERATED.resolve("ai/thehog/client/generated/CompaniesApi.java"));
    assertThat(companies).contains("{@code CompanySearchResult}").doesNotContain("`CompanySearchResult`");
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.walk(GENERATED)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.trim().startsWith("*") && (line.contains("`") || line.contains("%%MD%%"))) {
            offending.add(file.getFileName() + ": " + line.trim());
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }
}
