package ai.thehog.spec.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API diff (openapi-diff) and the changelog section it writes, on edits of the frozen 0.1.0 spec: each
 * test asserts exactly the changes its edit makes, whatever the live spec has gained since.
 */
class ApiChangelogTest {

  @TempDir
  Path dir;

  private static String current() throws Exception {
    return DocsFixtures.frozenSpec();
  }

  private static String withEtaAndExport() throws Exception {
    return DocsFixtures.specWithEtaAndExport(DocsFixtures.FROZEN_SPEC);
  }

  @Test
  void anAddedOptionalFieldAndEndpointAreAddedNotBreaking() throws Exception {
    List<ApiChange> changes = ApiChangelog.compare(current(), withEtaAndExport());

    assertThat(changes).extracting(ApiChange::line).containsExactlyInAnyOrder(
        "- added, not breaking: endpoint `POST /api/v1/lists/export`",
        "- added, not breaking: field `etaSeconds` to the 200 response of `GET /api/operations/{id}`");
  }

  @Test
  void aRemovedFieldIsBreaking() throws Exception {
    String without = current().replace("""
        progress:
          type: integer
          minimum: 0
          maximum: 100
          nullable: true
          description: Completion percentage, or null when not yet tracked.
        """.indent(8), "");
    assertThat(without).isNotEqualTo(current());

    List<ApiChange> changes = ApiChangelog.compare(current(), without);

    assertThat(changes).extracting(ApiChange::line).containsExactly(
        "- removed, **breaking**: field `progress` from the 200 response of `GET /api/operations/{id}`");
  }

  @Test
  void anAddedEnumValueIsNotBreakingAndARemovedOneIs() throws Exception {
    String more = current().replace("enum: [queued, processing, succeeded, failed, partial_success, cancelled]",
        "enum: [queued, processing, succeeded, failed, partial_success, cancelled, paused]");
    String fewer = current().replace("enum: [queued, processing, succeeded, failed, partial_success, cancelled]",
        "enum: [queued, processing, succeeded, failed, partial_success]");

    assertThat(ApiChangelog.compare(current(), more)).isNotEmpty().allSatisfy(c -> {
      assertThat(c.breaking()).isFalse();
      assertThat(c.line()).contains("enum value `paused`");
    });
    assertThat(ApiChangelog.compare(current(), fewer)).isNotEmpty().allSatisfy(c -> {
      assertThat(c.breaking()).isTrue();
      assertThat(c.line()).contains("enum value `cancelled`");
    });
  }

  @Test
  void theSectionIsWrittenUnderUnreleasedAndReplacedOnTheNextRun() throws Exception {
    Path changelog = dir.resolve("CHANGELOG.md");
    Files.writeString(changelog, "# Changelog\n\n## Unreleased\n\nHand-written note.\n\n## 0.1.0\n\n- First release.\n");
    List<ApiChange> changes = ApiChangelog.compare(current(), withEtaAndExport());

    ApiChangelog.write(changelog, ApiChangelog.section("0.1.0", changes));
    ApiChangelog.write(changelog, ApiChangelog.section("0.1.0", changes));

    String text = Files.readString(changelog);
    assertThat(text).containsOnlyOnce(ApiChangelog.START).containsOnlyOnce("### API changes since 0.1.0")
        .contains("- added, not breaking: endpoint `POST /api/v1/lists/export`\n")
        .contains("- added, not breaking: field `etaSeconds` to the 200 response of `GET /api/operations/{id}`\n")
        .contains("Hand-written note.").contains("- First release.");
    assertThat(text.indexOf("## Unreleased")).isLessThan(text.indexOf(ApiChangelog.START));
    assertThat(text.indexOf(ApiChangelog.END)).isLessThan(text.indexOf("## 0.1.0"));
  }

  @Test
  void aSpecEditThatRenamesAnEnumValueAndDropsAFieldListsEachChangeWithWhetherItBreaks() throws Exception {
    String edited = current()
        .replace("enum: [queued, processing, succeeded, failed, partial_success, cancelled]",
            "enum: [waiting, processing, succeeded, failed, partial_success, cancelled]")
        .replace("""
            progress:
              type: integer
              minimum: 0
              maximum: 100
              nullable: true
              description: Completion percentage, or null when not yet tracked.
            """.indent(8), "");

    List<String> lines = ApiChangelog.compare(current(), edited).stream()
        .filter(c -> c.what().contains("GET /api/operations/{id}")).map(ApiChange::line).toList();

    assertThat(lines).containsExactlyInAnyOrder(
        "- removed, **breaking**: field `progress` from the 200 response of `GET /api/operations/{id}`",
        "- renamed, **breaking**: enum value `queued` -> `waiting` of `status` in the 200 response of `GET /api/operations/{id}`");
  }

  @Test
  void constraintChangesAreListedTighterRequestsBreakLooserDoNot() throws Exception {
    String items = """
        identifiers:
          type: array
          minItems: 1
          maxItems: 100
        """.indent(8);
    assertThat(current()).contains(items);
    String tighter = current().replace(items, items.replace("maxItems: 100", "maxItems: 50"));
    String looser = current().replace(items, items.replace("maxItems: 100", "maxItems: 500"));
    String progress = """
        progress:
          type: integer
          minimum: 0
          maximum: 100
          nullable: true
        """.indent(8);
    assertThat(current()).contains(progress);
    String nullable = current().replace(progress, progress.replace("nullable: true", "nullable: false"));

    assertThat(ApiChangelog.compare(current(), tighter)).extracting(ApiChange::line).containsExactly(
        "- changed, **breaking**: maximum items of `identifiers` in the request body of `POST /api/enrichments`: `100` -> `50`");
    assertThat(ApiChangelog.compare(current(), looser)).extracting(ApiChange::line).containsExactly(
        "- changed, not breaking: maximum items of `identifiers` in the request body of `POST /api/enrichments`: `100` -> `500`");
    assertThat(ApiChangelog.compare(current(), nullable)).extracting(ApiChange::line).containsExactly(
        "- changed, not breaking: `progress` of the 200 response of `GET /api/operations/{id}` may no longer be null");
  }

  @Test
  void aChangeTheListDoesNotItemiseIsStillNamedNotDropped() throws Exception {
    String headerless = DocsFixtures.insertAfter(current(), """
        '200':
          description: The operation's current state.
          headers:
        """.indent(8), """
        X-Extra:
          schema:
            type: string
        """.indent(12));

    assertThat(ApiChangelog.compare(current(), headerless)).extracting(ApiChange::line).isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains("GET /api/operations/{id}"));
  }
}
