package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.operation.OperationOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.HogSandboxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's quick start, run against the sandbox; a second test checks the README shows this very code. */
class ReadmeQuickStartTest {

  static final String ACCESS = "ak_readme";
  static final String SECRET = "sk_readme_secret";

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey(ACCESS).secretKey(SECRET)
      .timeScale(10).operationDuration(Duration.ofSeconds(3)).build();

  @Test
  void quickStartRunsAgainstTheSandbox() {
    HogSandbox sandbox = SANDBOX.sandbox();
    List<PersonIdentifier> people = IntStream.range(0, 250)
        .mapToObj(i -> PersonIdentifier.builder().email("lead" + i + "@acme.example").build()).toList();

    // README quick start: begin
    HogClient hog = HogClient.builder()              // one per application; thread-safe
        .connection(sandbox.connection())            // the sandbox's URL and keys; without it: THE_HOG_* variables
        .build();

    HogResponse<EnrichmentRecord> jane = hog.enrichments().enrich(
        PersonIdentifier.builder().email("jane@acme.example").build(), List.of("contact.email"));
    System.out.println(jane.value().data() + " (request " + jane.meta().requestId() + ")");

    BatchEnrichmentResult batch = hog.enrichments().enrichAll(people, List.of("contact.email"),
        progress -> System.out.println(progress.percent() + "% enriched"));

    OperationOutcome<DeepResearchResult> research = hog.deepResearch()
        .start(DeepResearchRequest.builder().prompt("Who leads Acme Corp?").schema(Map.of("type", "object")).build())
        .onProgress(p -> System.out.println(p.status() + " " + p.percent()))
        .await(Duration.ofMinutes(10));
    // README quick start: end

    assertThat(jane.value().data()).containsKey("contact");
    assertThat(batch.records()).hasSize(250);
    assertThat(batch.records()).extracting(EnrichmentRecord::identifier).containsExactlyElementsOf(people);
    assertThat(research).isInstanceOf(OperationOutcome.Succeeded.class);
    assertThat(SANDBOX.sandbox().ledger().tooManyRequestsSent()).isZero();
    hog.close();
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatRuns() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```java", readme.indexOf("## Quick start"));
    String snippet = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("```", start + 7));

    String source = Files.readString(Path.of("src/test/java/ai/thehog/client/ReadmeQuickStartTest.java"));
    String begin = "// README quick start: begin\n";
    String code = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    // README quick start: end"));

    assertThat(unindent(snippet)).isEqualTo(unindent(code));
  }

  private static String unindent(String text) {
    List<String> lines = text.stripTrailing().lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min()
        .orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
  }
}
