package ai.thehog.spec.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance check on edited copies of the tests' own fixture pages, against the frozen 0.1.0 spec
 * (neither changes when the real pages or the live spec do): each disagreement named by page, line and
 * path.
 */
class DocsConformanceCheckTest {

  private static final String PAGE = DocsFixtures.OPERATION_PAGE;
  private static final String V1 = DocsFixtures.V1_PAGE;

  @TempDir
  Path dir;

  @Test
  void theUneditedFixturePagesConformToTheFrozenSpec() throws Exception {
    Path docs = DocsFixtures.copyPages(dir);

    assertThat(DocsConformanceCheck.check(docs, DocsFixtures.FROZEN_SPEC, p -> true)).isEmpty();
  }

  @Test
  void aNewFieldInAnExampleAndANewEndpointAreNamedWithPageLineAndPath() throws Exception {
    Path docs = DocsFixtures.copyPages(dir);
    int progress = DocsFixtures.lineOf(docs, PAGE, "\"progress\": 45");
    DocsFixtures.insertLine(docs, PAGE, progress + 1, "  \"etaSeconds\": 30,");
    int last = Files.readAllLines(docs.resolve(PAGE)).size() + 1;
    DocsFixtures.insertLine(docs, PAGE, last, "POST /api/v1/lists/export exports a saved list.");

    List<DocFinding> findings = DocsConformanceCheck.check(docs, DocsFixtures.FROZEN_SPEC, p -> true);

    assertThat(findings).extracting(DocFinding::toString).containsExactly(
        PAGE + ":" + (progress + 1) + " $.etaSeconds: unknown field: the spec's schema does not name it"
            + " (checked as the 200 response of GET /api/operations/{id})",
        PAGE + ":" + last + " POST /api/v1/lists/export: endpoint not in the spec");
  }

  @Test
  void afterTheSpecGainsThemThePagesConform() throws Exception {
    Path docs = DocsFixtures.copyPages(dir);
    int progress = DocsFixtures.lineOf(docs, PAGE, "\"progress\": 45");
    DocsFixtures.insertLine(docs, PAGE, progress + 1, "  \"etaSeconds\": 30,");
    DocsFixtures.insertLine(docs, PAGE, Files.readAllLines(docs.resolve(PAGE)).size() + 1,
        "POST /api/v1/lists/export exports a saved list.");
    Path spec = DocsFixtures.writeSpec(dir, DocsFixtures.specWithEtaAndExport(DocsFixtures.FROZEN_SPEC));

    assertThat(DocsConformanceCheck.check(docs, spec, p -> true)).isEmpty();
  }

  @Test
  void wrongTypeMissingRequiredFieldAndUnknownEnumValueAreEachNamed() throws Exception {
    Path docs = DocsFixtures.copyPages(dir);
    int progress = DocsFixtures.lineOf(docs, PAGE, "\"progress\": 45");
    DocsFixtures.replaceInLine(docs, PAGE, progress, "45", "\"45%\"");
    int queued = DocsFixtures.lineOf(docs, V1, "\"status\": \"queued\"");
    DocsFixtures.replaceInLine(docs, V1, queued, "queued", "waiting");
    int operationId = DocsFixtures.lineOf(docs, V1, "\"operationId\": \"op_");
    DocsFixtures.replaceInLine(docs, V1, operationId, "\"operationId\"", "\"jobId\"");

    List<String> findings = DocsConformanceCheck.check(docs, DocsFixtures.FROZEN_SPEC, p -> true)
        .stream().map(DocFinding::toString).toList();
    assertThat(findings).as("only the four findings the edits cause").hasSize(4);

    assertThat(findings).anySatisfy(f -> assertThat(f)
        .startsWith(PAGE + ":" + progress + " $.progress: ").contains("integer"));
    assertThat(findings).anySatisfy(f -> assertThat(f)
        .startsWith(V1 + ":" + queued + " $.status: ").contains("waiting").contains("enum"));
    assertThat(findings).anySatisfy(f -> assertThat(f)
        .startsWith(V1 + ":" + (operationId - 1) + " $.operationId: missing required field")); // the object's line
    assertThat(findings).anySatisfy(f -> assertThat(f)
        .startsWith(V1 + ":" + operationId + " $.jobId: unknown field"));
  }

  @Test
  void aStatusTableValueAndARequestBodyFieldTheSpecLacksAreNamed() throws Exception {
    Path docs = DocsFixtures.copyPages(dir);
    int cancelled = DocsFixtures.lineOf(docs, PAGE, "cancelled | The operation");
    DocsFixtures.insertLine(docs, PAGE, cancelled + 1, "paused | The operation waits for credits |");
    int asyncPreferred = DocsFixtures.lineOf(docs, V1, "\"asyncPreferred\": true");
    DocsFixtures.replaceInLine(docs, V1, asyncPreferred, "true", "\"yes\"");

    List<String> findings = DocsConformanceCheck.check(docs, DocsFixtures.FROZEN_SPEC, p -> true)
        .stream().map(DocFinding::toString).toList();
    assertThat(findings).as("only the two findings the edits cause").hasSize(2);

    assertThat(findings).anySatisfy(f -> assertThat(f)
        .startsWith(PAGE + ":").contains("status: table values not in the spec's enum: [paused]"));
    assertThat(findings).anySatisfy(f -> assertThat(f)
        .startsWith(V1 + ":" + asyncPreferred + " $.asyncPreferred: ").contains("boolean")
        .contains("request body of POST /api/people/enrich"));
  }

  @Test
  void theFactsPageIsCheckedToo() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("06-facts.md"), String.join("\n",
        "`…` = `/api/v1/platform/scrapers`",
        "| 1 | getOperation | GET /api/operations/{id} | 200 |",
        "| 2 | findLinkedIn | POST …/linkedin/finder | 200 |",
        "**Monitor** `status` (`active|paused`)",
        "**Op** `status` (`queued|processing`)"), StandardCharsets.UTF_8);

    assertThat(DocsConformanceCheck.check(docs, DocsFixtures.FROZEN_SPEC, p -> true)).extracting(DocFinding::toString)
        .containsExactly(
            "06-facts.md:3 POST /api/v1/platform/scrapers/linkedin/finder: endpoint not in the spec",
            "06-facts.md:4 status: enum values not in the spec's enum: [active, paused]");
  }
}
