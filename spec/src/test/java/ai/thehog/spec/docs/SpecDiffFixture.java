package ai.thehog.spec.docs;

import java.util.List;

/**
 * A small spec of its own for the API diff's tests: one operation, {@code GET /things/{id}}, with query
 * parameters and a 200 answer {@code Thing}, plus whatever schemas a test adds. Each part is YAML at
 * indent 0, placed where it belongs.
 */
final class SpecDiffFixture {

  static final String OPERATION = "`GET /things/{id}`";
  static final String ANSWER = "the 200 response of " + OPERATION;

  private SpecDiffFixture() {
  }

  /**
   * The spec.
   *
   * @param parameters the operation's query parameters (a YAML list), or empty
   * @param thing the properties of {@code Thing} (a YAML map)
   * @param schemas further component schemas (a YAML map), or empty
   */
  static String spec(String parameters, String thing, String schemas) {
    return """
        openapi: 3.0.3
        info:
          title: fixture
          version: '1'
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: string
        %s      responses:
                '200':
                  description: The thing.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Thing'
        components:
          schemas:
            Thing:
              type: object
              properties:
        %s%s""".formatted(parameters.indent(8), thing.indent(8), schemas.indent(4));
  }

  /** The spec with {@code thing} as Thing's properties and nothing else. */
  static String thing(String thing) {
    return spec("", thing, "");
  }

  /** The change lines from {@code before} to {@code after}. */
  static List<String> diff(String before, String after) {
    return ApiChangelog.compare(before, after).stream().map(ApiChange::line).toList();
  }
}
