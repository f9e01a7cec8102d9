package ai.thehog.spec.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The build's conformance check: the doc pages in {@code spec/docs/} against {@code spec/openapi.yaml}.
 * Page 06 (the facts page) is checked when the build's switch
 * {@code hog.docs.conformance.factsPage} is true (see spec/pom.xml).
 */
class DocsConformanceTest {

  static final String FACTS_PAGE_SWITCH = "hog.docs.conformance.factsPage";

  @Test
  void docPagesConformToTheSpec() throws Exception {
    boolean factsPage = Boolean.parseBoolean(System.getProperty(FACTS_PAGE_SWITCH, "false"));
    Predicate<String> pages = name -> factsPage || !name.startsWith("06-");
    List<DocFinding> findings = DocsConformanceCheck.check(Path.of("docs"), Path.of("openapi.yaml"), pages);
    assertThat(findings)
        .as("doc pages vs spec (%d findings):%n%s", findings.size(),
            findings.stream().map(DocFinding::toString).collect(Collectors.joining(System.lineSeparator())))
        .isEmpty();
  }
}
