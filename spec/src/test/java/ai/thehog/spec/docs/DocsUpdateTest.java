package ai.thehog.spec.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs-change command ({@link DocsUpdate}, step 1 to 3 of {@code ./mvnw verify -Pdocs-update}) on a
 * small repository of its own: the fixture pages, the frozen 0.1.0 spec as both baseline and current
 * spec. A page edit that renames an enum value and drops a field, then the spec edit that follows it.
 */
class DocsUpdateTest {

  private static final String PAGE = DocsFixtures.OPERATION_PAGE;
  private static final String V1 = DocsFixtures.V1_PAGE;
  private static final String STATUSES = "enum: [queued, processing, succeeded, failed, partial_success, cancelled]";
  private static final String PROGRESS = """
      progress:
        type: integer
        minimum: 0
        maximum: 100
        nullable: true
        description: Completion percentage, or null when not yet tracked.
      """.indent(8);

  @TempDir
  Path root;
  Path docs;

  @BeforeEach
  void repository() throws Exception {
    Path spec = Files.createDirectories(root.resolve("spec/baseline"));
    docs = DocsFixtures.copyPages(root.resolve("spec"));
    Files.copy(DocsFixtures.FROZEN_SPEC, root.resolve("spec/openapi.yaml"));
    Files.copy(DocsFixtures.FROZEN_SPEC, spec.resolve("openapi.yaml"));
    Files.writeString(spec.resolve("baseline.properties"), String.join("\n",
        "hog.baseline.version=0.1.0", "hog.baseline.spec=spec/baseline/openapi.yaml", "hog.baseline.commit=0000"));
    Files.writeString(root.resolve("CHANGELOG.md"), "# Changelog\n\n## Unreleased\n\n## 0.1.0\n");
    run(); // records the names of the unedited pages
  }

  @Test
  void aFirstRunRecordsThePagesNamesAndASecondReportsNoChange() throws Exception {
    assertThat(Files.readString(root.resolve(DocsUpdate.NAMES_FILE)))
        .contains(PAGE + "\t" + DocsFixtures.lineOf(docs, PAGE, "\"progress\": 45") + "\tfield\t")
        .contains("\tvalue\t`status` (table)\tcancelled");

    assertThat(run()).contains("[docs-update] 1/4 page names since spec/baseline/doc-names.tsv: no change")
        .contains("[docs-update] 3/4 API diff 0.1.0 -> current: 0 changes, 0 breaking");
  }

  @Test
  void aPageEditIsNamedNameByNameWithPageAndLineAndStopsUntilTheSpecFollows() throws Exception {
    int progress = DocsFixtures.lineOf(docs, PAGE, "\"progress\": 45");
    int v1Progress = DocsFixtures.lineOf(docs, V1, "\"progress\": 100");
    for (String page : List.of(PAGE, V1)) {
      List<String> lines = new ArrayList<>(Files.readAllLines(docs.resolve(page)));
      lines.remove((page.equals(PAGE) ? progress : v1Progress) - 1);
      Files.write(docs.resolve(page), lines);
      Files.writeString(docs.resolve(page), Files.readString(docs.resolve(page)).replace("queued", "waiting"));
    }
    int row = DocsFixtures.lineOf(docs, PAGE, "waiting | Waits");
    int accepted = DocsFixtures.lineOf(docs, PAGE, "\"status\": \"waiting\"");
    int v1Accepted = DocsFixtures.lineOf(docs, V1, "\"status\": \"waiting\"");
    String names = Files.readString(root.resolve(DocsUpdate.NAMES_FILE));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> DocsUpdate.run(root, true, new PrintStream(out, true, StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("3 doc findings on gated pages");
    String report = out.toString(StandardCharsets.UTF_8);

    assertThat(report).contains("1/4 page names since spec/baseline/doc-names.tsv: changed 3, removed 2")
        .contains("[docs-update]   " + PAGE + ":" + progress + " removed: field `$.progress`"
            + " (response of GET /api/operations/{} 200) (line " + progress + " of the previous page)")
        .contains("[docs-update]   " + V1 + ":" + v1Progress + " removed: field `$.progress`"
            + " (response of GET /api/operations/{} 200) (line " + v1Progress + " of the previous page)")
        .contains("[docs-update]   " + PAGE + ":" + row + " changed: value `queued` -> `waiting` (`status` (table))")
        .contains("[docs-update]   " + PAGE + ":" + accepted + " changed: value `queued` -> `waiting` (`status` in response 202)")
        .contains("[docs-update]   " + V1 + ":" + v1Accepted + " changed: value `queued` -> `waiting` (`status` in response 202)")
        .contains(PAGE + ":" + DocsFixtures.lineOf(docs, PAGE, "| Status | Meaning |") + " status: table values not in the spec's enum: [waiting]");
    assertThat(Files.readString(root.resolve(DocsUpdate.NAMES_FILE))).as("kept until the spec agrees").isEqualTo(names);

    Path spec = root.resolve("spec/openapi.yaml");
    String edited = Files.readString(spec).replace(STATUSES, STATUSES.replace("queued", "waiting")).replace(PROGRESS, "");
    Files.writeString(spec, edited);
    String agreed = run();

    assertThat(agreed).contains("1/4 page names since spec/baseline/doc-names.tsv: changed 3, removed 2")
        .contains("2/4 conformance: 0 findings")
        .contains("names recorded in spec/baseline/doc-names.tsv")
        .contains("- removed, **breaking**: field `progress` from the 200 response of `GET /api/operations/{id}`")
        .contains("- renamed, **breaking**: enum value `queued` -> `waiting` of `status` in the 200 response of `GET /api/operations/{id}`")
        .doesNotContain("enum value `queued` of").doesNotContain("enum value `waiting` of");
    String changelog = Files.readString(root.resolve("CHANGELOG.md"));
    for (String line : agreed.lines().filter(l -> l.startsWith("[docs-update]   - ")).toList()) {
      assertThat(changelog).as("the changelog lists what the diff printed").contains(line.substring("[docs-update]   ".length()));
    }
    List<String> pageLines = agreed.lines().filter(l -> l.matches("\\[docs-update\\]   \\d\\d-.*:\\d+ .*"))
        .map(l -> "- " + l.substring("[docs-update]   ".length())).toList();
    assertThat(pageLines).as("step 1's five page changes").hasSize(5);
    assertThat(changelog).as("the changelog lists the page changes step 1 printed")
        .contains(pageLines.stream().map(l -> l + "\n").toList());
    assertThat(changelog.indexOf(ApiChangelog.PAGES)).isGreaterThan(changelog.indexOf(ApiChangelog.START))
        .isLessThan(changelog.indexOf(ApiChangelog.END));

    assertThat(run()).contains("page names since spec/baseline/doc-names.tsv: no change");
    String again = Files.readString(root.resolve("CHANGELOG.md"));
    assertThat(again).as("a later run keeps the page changes until the release").isEqualTo(changelog);
  }

  @Test
  void pageChangesOfLaterRunsAreAddedToThoseListed() throws Exception {
    String recorded = "- " + PAGE + ":1 page added: ";
    assertThat(Files.readString(root.resolve("CHANGELOG.md"))).as("the set-up's run recorded the pages")
        .contains(ApiChangelog.PAGES + "\n\n" + recorded);
    int result = DocsFixtures.lineOf(docs, PAGE, "\"result\": null,");
    removeLine(PAGE, result);
    assertThat(run()).contains("1/4 page names since spec/baseline/doc-names.tsv: removed 1");
    int progress = DocsFixtures.lineOf(docs, PAGE, "\"progress\": 45,");
    removeLine(PAGE, progress);
    assertThat(run()).contains("1/4 page names since spec/baseline/doc-names.tsv: removed 1");

    String changelog = Files.readString(root.resolve("CHANGELOG.md"));
    String section = changelog.substring(changelog.indexOf(ApiChangelog.PAGES), changelog.indexOf(ApiChangelog.END));
    assertThat(section.lines().filter(l -> l.startsWith("- ")).toList()).hasSize(4).endsWith(
        "- " + PAGE + ":" + result + " removed: field `$.result` (response of GET /api/operations/{} 200) (line "
            + result + " of the previous page)",
        "- " + PAGE + ":" + progress + " removed: field `$.progress` (response of GET /api/operations/{} 200) (line "
            + progress + " of the previous page)");
    assertThat(section).contains(recorded);
  }

  private void removeLine(String page, int line) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(docs.resolve(page)));
    lines.remove(line - 1);
    Files.write(docs.resolve(page), lines);
  }

  private String run() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocsUpdate.run(root, true, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }
}
