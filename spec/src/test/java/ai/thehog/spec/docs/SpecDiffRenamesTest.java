package ai.thehog.spec.docs;

import static ai.thehog.spec.docs.SpecDiffFixture.ANSWER;
import static ai.thehog.spec.docs.SpecDiffFixture.OPERATION;
import static ai.thehog.spec.docs.SpecDiffFixture.diff;
import static ai.thehog.spec.docs.SpecDiffFixture.spec;
import static ai.thehog.spec.docs.SpecDiffFixture.thing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name removed and another added at the same place with the same type and constraints is one
 * {@code renamed} line (breaking); anything else stays a removal and an addition.
 */
class SpecDiffRenamesTest {

  private static final String STATUS = """
      status:
        type: string
        enum: [queued, processing, done]
      """;

  @Test
  void aPropertyRenamedWithTheSameTypeIsOneBreakingLine() {
    String before = thing("pollUrl:\n  type: string\n  format: uri\n  description: Where to poll.\n" + STATUS);
    String after = thing("poll_url:\n  type: string\n  format: uri\n  description: Where to poll (reworded).\n" + STATUS);

    assertThat(diff(before, after)).containsExactly(
        "- renamed, **breaking**: field `pollUrl` -> `poll_url` in " + ANSWER);
  }

  @Test
  void aPropertyReplacedByOneOfAnotherTypeOrConstraintIsARemovalAndAnAddition() {
    String before = thing("count:\n  type: integer\n" + "label:\n  type: string\n  maxLength: 10\n");
    String otherType = thing("total:\n  type: string\n" + "label:\n  type: string\n  maxLength: 10\n");
    String otherBound = thing("count:\n  type: integer\n" + "name:\n  type: string\n  maxLength: 20\n");

    assertThat(diff(before, otherType)).containsExactlyInAnyOrder(
        "- added, not breaking: field `total` to " + ANSWER,
        "- removed, **breaking**: field `count` from " + ANSWER);
    assertThat(diff(before, otherBound)).containsExactlyInAnyOrder(
        "- added, not breaking: field `name` to " + ANSWER,
        "- removed, **breaking**: field `label` from " + ANSWER);
  }

  @Test
  void amongSeveralCandidatesTheOneSpelledAlikeIsTheRenameAndTheOtherIsRemoved() {
    String before = thing("operationId:\n  type: string\n" + "pollUrl:\n  type: string\n" + STATUS);
    String after = thing("poll_url:\n  type: string\n" + STATUS);

    assertThat(diff(before, after)).containsExactlyInAnyOrder(
        "- renamed, **breaking**: field `pollUrl` -> `poll_url` in " + ANSWER,
        "- removed, **breaking**: field `operationId` from " + ANSWER);
  }

  @Test
  void severalRenamesOfOneTypeArePairedByPosition() {
    String before = thing("first:\n  type: string\n" + "second:\n  type: string\n" + "kept:\n  type: integer\n");
    String after = thing("one:\n  type: string\n" + "two:\n  type: string\n" + "kept:\n  type: integer\n");

    assertThat(diff(before, after)).containsExactly(
        "- renamed, **breaking**: field `first` -> `one` in " + ANSWER,
        "- renamed, **breaking**: field `second` -> `two` in " + ANSWER);
  }

  @Test
  void aNestedPropertyIsNamedByItsPathAndARequiredChangeIsNoted() {
    String before = thing("meta:\n  type: object\n  properties:\n    requestId:\n      type: string\n");
    String after = thing("meta:\n  type: object\n  required: [request_id]\n  properties:\n    request_id:\n      type: string\n");

    assertThat(diff(before, after)).containsExactly(
        "- renamed, **breaking**: field `meta.requestId` -> `meta.request_id` in " + ANSWER + " (now required)");
  }

  @Test
  void anEnumValueRenamedIsOneLineAndAnAddedOneBesideItStaysAdded() {
    String renamed = thing(STATUS.replace("queued", "waiting"));
    String renamedAndAdded = thing(STATUS.replace("[queued, processing, done]", "[waiting, processing, done, paused]"));

    assertThat(diff(thing(STATUS), renamed)).containsExactly(
        "- renamed, **breaking**: enum value `queued` -> `waiting` of `status` in " + ANSWER);
    assertThat(diff(thing(STATUS), renamedAndAdded)).containsExactlyInAnyOrder(
        "- renamed, **breaking**: enum value `queued` -> `waiting` of `status` in " + ANSWER,
        "- added, not breaking: enum value `paused` of `status` in " + ANSWER);
  }

  @Test
  void aParameterRenamedIsOneLineUnlessItsSchemaOrPlaceDiffers() {
    String pageSize = "- name: page_size\n  in: query\n  schema:\n    type: integer\n    maximum: 100\n";
    String before = spec(pageSize, STATUS, "");
    String renamed = spec(pageSize.replace("page_size", "pageSize"), STATUS, "");
    String header = spec(pageSize.replace("page_size", "X-Page-Size").replace("in: query", "in: header"), STATUS, "");

    assertThat(diff(before, renamed)).containsExactly(
        "- renamed, **breaking**: query parameter `page_size` -> `pageSize` of " + OPERATION);
    assertThat(diff(before, header)).containsExactlyInAnyOrder(
        "- added, not breaking: header parameter `X-Page-Size` of " + OPERATION,
        "- removed, **breaking**: query parameter `page_size` of " + OPERATION);
  }

  @Test
  void aPropertyNamedLikeADocumentationKeyIsStillComparedByItsShape() {
    String before = thing("box:\n  type: object\n  properties:\n    description:\n      type: string\n");
    String after = thing("crate:\n  type: object\n  properties:\n    title:\n      type: string\n");

    assertThat(diff(before, after)).containsExactlyInAnyOrder(
        "- added, not breaking: field `crate` to " + ANSWER,
        "- removed, **breaking**: field `box` from " + ANSWER);
  }
}
