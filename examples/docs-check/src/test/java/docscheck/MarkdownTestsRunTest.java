package docscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/** The JUnit tests the Markdown shows as whole files (the root README's, the cookbook's) run and pass. */
class MarkdownTestsRunTest {

  @Test
  void theTestsShownInTheMarkdownPass() {
    DocsExamples.Compiled compiled = DocsExamples.compiled();
    List<String> shown = List.of("README.md", "docs/cookbook/README.md");
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
    for (String markdown : shown) {
      request.selectors(DiscoverySelectors.selectClass(compiled.classOf(markdown, "Test")));
    }
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    Launcher launcher = LauncherFactory.create();
    LauncherDiscoveryRequest discovery = request.build();
    launcher.execute(discovery, listener);

    TestExecutionSummary summary = listener.getSummary();
    String failures = summary.getFailures().stream()
        .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
        .collect(Collectors.joining("\n"));
    assertEquals(0, summary.getTotalFailureCount(), failures);
    assertTrue(summary.getTestsSucceededCount() >= shown.size(), () -> summary.getTestsSucceededCount() + " passed");
  }
}
