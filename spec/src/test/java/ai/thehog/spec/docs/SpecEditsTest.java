package ai.thehog.spec.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Edits by key path: found by indentation, whatever the neighbours, descriptions or enum style. */
class SpecEditsTest {

  private static final String SPEC = """
      openapi: 3.0.3
      components:
        schemas:
          # a comment between schemas
          Operation:
            type: object
            properties:
              id:
                type: string
              progress:
                type: integer
                description: |
                  Any text, however it is worded.

                  Even with a blank line.
              result:
                type: object
          OperationStatus:
            type: string
            enum: [queued, processing]
          Block:
            type: string
            enum:
              - a
              - b
      """;

  @Test
  void removesOnlyTheBlockOfTheKey() {
    String edited = SpecEdits.remove(SPEC, "components", "schemas", "Operation", "properties", "progress");

    assertThat(edited).doesNotContain("progress").doesNotContain("however it is worded")
        .contains("      properties:\n        id:\n          type: string\n        result:\n          type: object\n");
  }

  @Test
  void insertsAChildAtTheChildrenIndent() {
    String edited = SpecEdits.insertChild(SPEC, "etaSeconds:\n  type: integer\n",
        "components", "schemas", "Operation", "properties");

    assertThat(edited).contains("      properties:\n        etaSeconds:\n          type: integer\n        id:\n");
  }

  @Test
  void addsAnEnumValueInFlowAndBlockStyle() {
    assertThat(SpecEdits.addEnumValue(SPEC, "paused", "components", "schemas", "OperationStatus"))
        .contains("enum: [queued, processing, paused]");
    assertThat(SpecEdits.addEnumValue(SPEC, "c", "components", "schemas", "Block"))
        .contains("enum:\n        - a\n        - b\n        - c\n");
  }

  @Test
  void aMissingKeyIsNamed() {
    assertThatThrownBy(() -> SpecEdits.remove(SPEC, "components", "schemas", "Nope"))
        .hasMessageContaining("no key Nope in components/schemas/Nope");
  }
}
