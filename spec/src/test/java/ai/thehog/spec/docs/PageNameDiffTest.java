package ai.thehog.spec.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The alignment of two versions of a page's names: moves are not changes; each occurrence counts. */
class PageNameDiffTest {

  private static DocName field(int line, String name) {
    return new DocName("p.txt", line, "field", "response", name);
  }

  @Test
  void namesThatOnlyMovedLinesAreNotChanges() {
    List<DocName> before = List.of(field(3, "$.id"), field(4, "$.status"));
    List<DocName> after = List.of(field(10, "$.id"), field(12, "$.status"));

    assertThat(PageNameDiff.diff(before, after)).isEmpty();
  }

  @Test
  void theOccurrenceThatWentIsNamedWhenTheSameNameAppearsTwice() {
    List<DocName> before = List.of(field(3, "$.id"), field(4, "$.progress"), field(8, "$.id"), field(9, "$.progress"));
    List<DocName> after = List.of(field(3, "$.id"), field(4, "$.progress"), field(8, "$.id"));

    assertThat(PageNameDiff.diff(before, after)).extracting(Object::toString).containsExactly(
        "p.txt:9 removed: field `$.progress` (response) (line 9 of the previous page)");
  }

  @Test
  void aRenameInTheSameObjectIsOneChangeAndOtherObjectsAreNotPaired() {
    List<DocName> before = List.of(field(3, "$.id"), field(4, "$.meta.requestId"), field(5, "$.tail"));
    List<DocName> after = List.of(field(3, "$.id"), field(4, "$.meta.request_id"), field(5, "$.data"), field(6, "$.tail"));

    assertThat(PageNameDiff.diff(before, after)).extracting(Object::toString).containsExactly(
        "p.txt:4 changed: field `$.meta.requestId` -> `$.meta.request_id` (response)",
        "p.txt:5 added: field `$.data` (response)");
  }

  @Test
  void aPageThatCameOrWentIsOneLine() {
    List<DocName> before = List.of(new DocName("old.txt", 1, "endpoint", "", "GET /a"));
    List<DocName> after = List.of(new DocName("new.txt", 2, "endpoint", "", "GET /a"), new DocName("new.txt", 3, "name", "", "x"));

    assertThat(PageNameDiff.diff(before, after)).extracting(Object::toString).containsExactly(
        "new.txt:1 page added: 2 names", "old.txt:1 page removed: 1 names");
  }
}
