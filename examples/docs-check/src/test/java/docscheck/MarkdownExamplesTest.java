package docscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every ```java block of the Markdown is a whole file that compiles, or is marked as a fragment. */
class MarkdownExamplesTest {

  @Test
  void everyJavaBlockIsAWholeFileOrMarkedAsAFragment() {
    List<String> unmarked = MarkdownJava.all(DocsExamples.root()).stream()
        .filter(b -> !b.markedFragment() && !b.wholeFile())
        .map(b -> b.where() + ": not a whole file (no top-level class, record, interface or enum): "
            + "make it one, or mark it ```java fragment")
        .toList();
    assertTrue(unmarked.isEmpty(), () -> String.join("\n", unmarked));
  }

  @Test
  void everyWholeJavaFileCompilesAgainstTheInstalledArtifacts() {
    DocsExamples.Compiled compiled = DocsExamples.compiled();
    assertTrue(compiled.errors().isEmpty(), () -> String.join("\n", compiled.errors()));
    // The check checks something: the root README's examples and the eight cookbook pages are among them.
    List<String> where = compiled.wholeFiles().stream().map(MarkdownJava.Block::where).toList();
    assertTrue(where.stream().anyMatch(w -> w.startsWith("README.md:")), where::toString);
    assertEquals(8, where.stream().filter(w -> w.startsWith("docs/cookbook/") && !w.startsWith("docs/cookbook/README.md"))
        .map(w -> w.substring(0, w.indexOf(':'))).distinct().count(), where::toString);
  }

  @Test
  void everyRelativeLinkOfTheMarkdownPointsToAFileThatExists() throws IOException {
    Path root = DocsExamples.root();
    Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path markdown : MarkdownJava.markdownFiles(root)) {
      List<String> lines = Files.readAllLines(root.resolve(markdown));
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = link.matcher(lines.get(i));
        while (m.find()) {
          String target = m.group(1).replaceAll("#.*$", "");
          if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
            continue;
          }
          checked++;
          Path dir = markdown.getParent() == null ? root : root.resolve(markdown.getParent());
          if (!Files.exists(dir.resolve(target).normalize())) {
            broken.add(markdown.toString().replace('\\', '/') + ":" + (i + 1) + ": no file " + m.group(1));
          }
        }
      }
    }
    assertTrue(broken.isEmpty(), () -> String.join("\n", broken));
    assertTrue(checked > 40, "only " + checked + " links found");
  }

  @Test
  void everySdkTypeTheMarkdownNamesExists() throws IOException {
    Path root = DocsExamples.root();
    Set<String> known = new HashSet<>();
    Pattern declaration = Pattern.compile("(?m)^\\s*(?:(?:public|protected|private|static|final|abstract|sealed|non-sealed)\\s+)*"
        + "(?:class|record|interface|enum|@interface)\\s+(\\w+)");
    for (Path file : MarkdownJava.files(root, ".java")) {
      Matcher m = declaration.matcher(Files.readString(file));
      while (m.find()) {
        known.add(m.group(1));
      }
    }
    for (String entry : DocsExamples.testClassPath().split(File.pathSeparator)) {   // generated: hog-model, ...
      if (entry.contains("/ai/thehog/") && entry.endsWith(".jar")) {
        try (JarFile jar = new JarFile(entry)) {
          jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class"))
              .map(n -> n.substring(n.lastIndexOf('/') + 1, n.length() - 6).replaceAll("\\$.*", ""))
              .forEach(known::add);
        }
      }
    }
    // The first name of a code span, when it looks like one of the SDK's types (as `BatchProgress` once did).
    Pattern sdkName = Pattern.compile("`((?:Hog|Batch|Sandbox|Enrichment|Operation|Credit|Fixture)[A-Za-z0-9]*)");
    List<String> unknown = new ArrayList<>();
    int checked = 0;
    for (Path markdown : MarkdownJava.markdownFiles(root)) {
      if (markdown.getFileName().toString().equals("CHANGELOG.md")) {
        continue;   // history: it names the types of earlier versions on purpose
      }
      List<String> lines = Files.readAllLines(root.resolve(markdown));
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = sdkName.matcher(lines.get(i));
        while (m.find()) {
          checked++;
          if (!known.contains(m.group(1))) {
            unknown.add(markdown.toString().replace('\\', '/') + ":" + (i + 1) + ": no type " + m.group(1) + " in the SDK");
          }
        }
      }
    }
    assertTrue(unknown.isEmpty(), () -> String.join("\n", unknown));
    assertTrue(checked > 100, "only " + checked + " names found");
  }

  @Test
  void theExtractorTellsWholeFilesFromFragments() {
    MarkdownJava.Block whole = block("java", "import java.util.List;\n\npublic final class A {\n}\n");
    MarkdownJava.Block record = block("java", "record R(int x) {}\n");
    MarkdownJava.Block fragment = block("java", "HogClient hog = HogClient.builder().build();\n");
    MarkdownJava.Block indented = block("java", "  class Inner {}\n");
    MarkdownJava.Block marked = block("java fragment", "class Looks { ... }\n");
    assertTrue(whole.wholeFile() && record.wholeFile() && !fragment.wholeFile() && !indented.wholeFile());
    assertTrue(marked.markedFragment() && !whole.markedFragment());
    assertEquals("A", whole.typeName());
    assertEquals("docs.docs.cookbook", whole.packageName());
    assertEquals("docs.root", new MarkdownJava.Block(Path.of("README.md"), 1, "java", "class C {}\n").packageName());
    assertEquals("docs.hog_sandbox", new MarkdownJava.Block(Path.of("hog-sandbox/README.md"), 1, "java", "class C {}\n")
        .packageName());
    assertTrue(whole.source().startsWith("package docs.docs.cookbook;\nimport"));
    MarkdownJava.Block packaged = block("java", "package cookbook;\n\nclass B {}\n");
    assertEquals("cookbook", packaged.packageName());
    assertEquals(packaged.code(), packaged.source());
  }

  @Test
  void aWholeFileThatDoesNotCompileIsReportedAtItsMarkdownLine(@TempDir Path repo) throws IOException {
    // The root README's old JUnit sample: timeScale is not a method of the client's builder.
    Files.writeString(repo.resolve("README.md"), String.join("\n",
        "# Demo", "", "```java", "import ai.thehog.client.HogClient;", "", "class Broken {",
        "  HogClient hog = HogClient.builder().baseUrl(\"http://127.0.0.1:1\").timeScale(50).build();", "}", "```",
        "", "```java fragment", "this is not Java;", "```", ""));
    Files.createDirectories(repo.resolve("docs/target"));
    Files.writeString(repo.resolve("docs/target/IGNORED.md"), "```java\nclass Ignored { nope }\n```\n");

    DocsExamples.Compiled compiled = DocsExamples.compile(repo, repo.resolve("out"));

    assertEquals(1, compiled.wholeFiles().size());
    assertEquals(1, compiled.errors().size(), compiled.errors()::toString);
    assertTrue(compiled.errors().get(0).startsWith("README.md:7: ") && compiled.errors().get(0).contains("timeScale"),
        compiled.errors()::toString);
  }

  private static MarkdownJava.Block block(String info, String code) {
    return new MarkdownJava.Block(Path.of("docs/cookbook/01-enrich.md"), 10, info, code);
  }
}
