package ai.thehog.spec.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The japicmp gate's reading of a report and its failure message (a small report of its own). */
class JapicmpGateTest {

  private static final Path REPORT = Path.of("src/test/resources/docs-check/japicmp-report.xml");

  @Test
  void eachBinaryBreakIsNamedAsTheExcludeEntryThatAcceptsIt() throws Exception {
    assertThat(JapicmpGate.breaks(REPORT)).containsExactly(
        new JapicmpGate.Break("ai.thehog.model.Operation#progress()", "METHOD_REMOVED"),
        new JapicmpGate.Break("ai.thehog.model.Operation#PROGRESS_MAX", "FIELD_REMOVED"),
        new JapicmpGate.Break("ai.thehog.model.Operation$Builder#progress(java.lang.Integer)", "METHOD_REMOVED"),
        new JapicmpGate.Break("ai.thehog.model.LegacyMeta", "CLASS_REMOVED"),
        new JapicmpGate.Break("ai.thehog.model.Status", "CLASS_NOW_FINAL"));
  }

  @Test
  void theMessageListsEachBreakAndTheExactLinesToAdd() throws Exception {
    List<JapicmpGate.Break> breaks = JapicmpGate.breaks(REPORT);

    String message = JapicmpGate.message("hog-model", "0.1.0", breaks);

    assertThat(message)
        .startsWith("[japicmp-gate] FAILED: hog-model has 5 binary-incompatible change(s) since 0.1.0 that "
            + "spec/baseline/accepted-breaking-changes.properties does not accept:\n")
        .contains("[japicmp-gate]   ai.thehog.model.Operation#progress()  (METHOD_REMOVED)\n")
        .contains("\n  ai.thehog.model.Operation#progress();\\\n")
        .contains("\n  ai.thehog.model.Operation$Builder#progress(java.lang.Integer);\\\n")
        .contains("\n  ai.thehog.model.LegacyMeta;\\\n")
        .doesNotContain("getSearch").doesNotContain("etaSeconds");
  }
}
