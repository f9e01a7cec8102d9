package ai.thehog.spec.docs;

import static ai.thehog.spec.docs.SpecDiffFixture.ANSWER;
import static ai.thehog.spec.docs.SpecDiffFixture.diff;
import static ai.thehog.spec.docs.SpecDiffFixture.spec;
import static ai.thehog.spec.docs.SpecDiffFixture.thing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Edits that change no type, name or constraint print nothing; the real change beside them still prints.
 * Each case is a line today's diff of the spec printed before it was fixed.
 */
class SpecDiffNoiseTest {

  private static final String META = """
      Meta:
        type: object
        properties:
          requestId:
            type: string
        additionalProperties: true
      """;
  private static final String REF = "meta:\n  $ref: '#/components/schemas/Meta'\n";
  private static final String WRAPPED = "meta:\n  allOf:\n    - $ref: '#/components/schemas/Meta'\n"
      + "  description: Request metadata.\n";

  @Test
  void aReferenceWrappedInAllOfToGiveItADescriptionIsNoChange() {
    assertThat(diff(spec("", REF, META), spec("", WRAPPED, META))).isEmpty();
    assertThat(diff(spec("", WRAPPED, META), spec("", REF, META))).isEmpty();
  }

  @Test
  void behindAnAllOfWrapperTheChangesInsideTheSchemaAreListedNotATypeChange() {
    String tighter = META.replace("  properties:", "  required: [requestId]\n  properties:")
        .replace("    requestId:\n      type: string\n", "    requestId:\n      type: string\n    region:\n      type: string\n");

    assertThat(diff(spec("", REF, META), spec("", WRAPPED, tighter))).containsExactlyInAnyOrder(
        "- added, not breaking: field `meta.region` to " + ANSWER,
        "- changed, not breaking: field `meta.requestId` of " + ANSWER + " is now required");
  }

  @Test
  void aNullableAllOfWrapperSaysOnlyThatTheValueMayBeNull() {
    String nullable = WRAPPED + "  nullable: true\n";

    assertThat(diff(spec("", REF, META), spec("", nullable, META))).containsExactly(
        "- changed, **breaking**: `meta` of " + ANSWER + " may now be null");
  }

  @Test
  void descriptionsAddedBelowASchemaPrintNoNotItemisedLine() {
    String errors = """
        errors:
          type: array
          items:
            type: object
            properties:
              message:
                type: string
              constraints:
                type: object
                additionalProperties:
                  type: string
        """;
    String described = errors.replace("message:\n", "message:\n        description: What is wrong.\n")
        .replace("constraints:\n", "constraints:\n        description: Each broken rule.\n");
    assertThat(described).isNotEqualTo(errors);

    assertThat(diff(thing(errors), thing(described))).isEmpty();
  }

  @Test
  void flagsWrittenOutAsFalseAndEqualNumbersWrittenDifferentlyAreNoChange() {
    String before = """
        size:
          type: number
          multipleOf: 0.5
          maximum: 10
          default: 1
        tags:
          type: array
          items:
            type: string
        """;
    String after = """
        size:
          type: number
          multipleOf: 0.50
          maximum: 10.0
          exclusiveMaximum: false
          readOnly: false
          default: 1.0
        tags:
          type: array
          uniqueItems: false
          items:
            type: string
        """;

    assertThat(diff(thing(before), thing(after))).isEmpty();
  }

  @Test
  void aRealTypeChangeAndARealFlagChangeStillPrint() {
    String before = "count:\n  type: integer\ntags:\n  type: array\n  items:\n    type: string\n";
    String after = "count:\n  type: string\ntags:\n  type: array\n  uniqueItems: true\n  items:\n    type: string\n";

    assertThat(diff(thing(before), thing(after))).containsExactlyInAnyOrder(
        "- changed, **breaking**: type of `count` in " + ANSWER + ": `integer` -> `string`",
        "- changed, not breaking: unique items of `tags` in " + ANSWER + ": `false` -> `true`");
  }

  @Test
  void aRecursiveSchemaBehindAllOfIsComparedWithoutLoopingForever() {
    String node = """
        Node:
          type: object
          properties:
            name:
              type: string
            children:
              type: array
              items:
                allOf:
                  - $ref: '#/components/schemas/Node'
                description: A child node.
        """;
    String root = "root:\n  allOf:\n    - $ref: '#/components/schemas/Node'\n  description: The root.\n";
    String renamed = node.replace("    name:\n", "    label:\n");

    assertThat(diff(spec("", root, node), spec("", root, node))).isEmpty();
    assertThat(diff(spec("", root, node), spec("", root, renamed))).contains(
        "- renamed, **breaking**: field `root.name` -> `root.label` in " + ANSWER);
  }
}
