package ai.thehog.spec.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small copies of the doc pages and the spec in a temporary folder, edited as a docs change would. */
final class DocsFixtures {

  /**
   * The tests' own doc pages, written for them: the edit scenarios and their expected findings do not
   * change when the real pages in docs/ do.
   */
  static final Path DOCS = Path.of("src/test/resources/docs-check/pages");
  /** The live spec, which grows with the API. */
  static final Path SPEC = Path.of("openapi.yaml");
  /**
   * A frozen copy of the 0.1.0 spec: the edit scenarios and their expected findings are made against it,
   * so they do not change when the live spec gains what they add.
   */
  static final Path FROZEN_SPEC = Path.of("src/test/resources/docs-check/openapi-0.1.0.yaml");
  static final String OPERATION_PAGE = "10-operations.txt";
  static final String V1_PAGE = "20-people-v1.txt";

  private DocsFixtures() {
  }

  /** Copies the fixture pages into {@code dir}/docs. */
  static Path copyPages(Path dir) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    try (var files = Files.list(DOCS)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.copy(p, docs.resolve(p.getFileName()));
      }
    }
    return docs;
  }

  /** Inserts {@code text} as line {@code lineNumber} of a page (the line there moves down). */
  static void insertLine(Path docs, String page, int lineNumber, String text) throws IOException {
    Path file = docs.resolve(page);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add(lineNumber - 1, text);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Replaces the text of one page line, which must contain {@code from}. */
  static void replaceInLine(Path docs, String page, int lineNumber, String from, String to) throws IOException {
    Path file = docs.resolve(page);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    String line = lines.get(lineNumber - 1);
    if (!line.contains(from)) {
      throw new IllegalStateException(page + ":" + lineNumber + " does not contain " + from + ": " + line);
    }
    lines.set(lineNumber - 1, line.replace(from, to));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Number of the first line of a page containing {@code text}. */
  static int lineOf(Path docs, String page, String text) throws IOException {
    List<String> lines = Files.readAllLines(docs.resolve(page), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new IllegalStateException(page + " has no line with " + text);
  }

  /** The spec text with {@code after} (which must occur once) followed by {@code inserted}. */
  static String insertAfter(String spec, String after, String inserted) {
    int at = spec.indexOf(after);
    if (at < 0 || spec.indexOf(after, at + 1) >= 0) {
      throw new IllegalStateException("not exactly one occurrence of: " + after);
    }
    return spec.substring(0, at + after.length()) + inserted + spec.substring(at + after.length());
  }

  /** The frozen spec's text. */
  static String frozenSpec() throws IOException {
    return Files.readString(FROZEN_SPEC, StandardCharsets.UTF_8);
  }

  /** A spec file plus an optional {@code etaSeconds} on Operation and {@code POST /api/v1/lists/export}. */
  static String specWithEtaAndExport(Path base) throws IOException {
    String spec = Files.readString(base, StandardCharsets.UTF_8);
    spec = SpecEdits.insertChild(spec, """
        etaSeconds:
          type: integer
          nullable: true
          description: Seconds until the operation is expected to finish.
        """, "components", "schemas", "Operation", "properties");
    return spec.replace("\ncomponents:\n", """

          /api/v1/lists/export:
            post:
              tags: [Companies]
              operationId: exportList
              summary: Export a list
              responses:
                '200':
                  $ref: '#/components/responses/DataEnvelope'

        components:
        """.stripIndent().replaceFirst("^\n", "\n"));
  }

  /** Writes a spec text to {@code dir}/openapi.yaml. */
  static Path writeSpec(Path dir, String text) throws IOException {
    return Files.writeString(dir.resolve("openapi.yaml"), text, StandardCharsets.UTF_8);
  }
}
