package ai.thehog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec descriptions are Markdown; the model's javadoc shows them as javadoc, never raw. */
class JavadocMarkdownTest {

  private static final Path GENERATED = Path.of("target/generated-sources/openapi/src/main/java");
  private static final Path STEP = Path.of("src/build/java/JavadocMarkdown.java");

  @Test
  void theGeneratedModelHasNoRawMarkdownOrMarkers() throws IOException {
    String post = Files.readString(GENERATED.resolve("ai/thehog/model/XPost.java"));
    assertThat(post).contains("(see {@code retweet_tweet_id})").doesNotContain("`retweet_tweet_id`");
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.walk(GENERATED)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.trim().startsWith("*") && (line.contains("`") || line.contains("%%MD%%"))) {
            offending.add(file.getFileName() + ": " + line.trim());
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void hostileMarkdownBecomesDoclintCleanJavadoc(@TempDir Path dir) throws Exception {
    String description = "Send `a < b && c` as **bold** text; see [the docs](https://x.example/a?b=1&c=2)."
        + " Mail ops@x.example when x > 3 & y < 2; the value `{\\\"k\\\": 1}` or `}{` or ``a ` b``.";
    Path source = dir.resolve("Sample.java");
    Files.writeString(source, "/**\n * %%MD%%" + description + "%%/MD%%\n *\n * @param x %%MD%%Use `x`.%%/MD%%\n */\n"
        + "public record Sample(String x) {\n}\n");
    run(dir);
    String once = Files.readString(source);
    assertThat(once)
        .contains("Send {@code a < b && c} as <b>bold</b> text")
        .contains("<a href=\"https://x.example/a?b=1&amp;c=2\">the docs</a>")
        .contains("ops&#64;x.example when x &gt; 3 &amp; y &lt; 2")
        .contains("{@code {\"k\": 1}}")
        .contains("<code>&#125;&#123;</code>")
        .contains("{@code a ` b}")
        .contains("@param x Use {@code x}.")
        .doesNotContain("%%MD%%").doesNotContain("`x`");
    run(dir);
    assertThat(Files.readString(source)).as("a second run changes nothing").isEqualTo(once);
    assertThat(doclint(source)).isEmpty();
  }

  private static void run(Path dir) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), STEP.toString(), dir.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }

  private static List<String> doclint(Path source) throws IOException {
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      Path out = Files.createDirectories(source.getParent().resolve("doc"));
      boolean ok = javadoc.getTask(null, files, diagnostics, null,
          List.of("-Xdoclint:all", "-quiet", "-d", out.toString()), files.getJavaFileObjects(source)).call();
      List<String> problems = new ArrayList<>();
      diagnostics.getDiagnostics().forEach(d -> problems.add(d.getKind() + ": " + d.getMessage(null)));
      if (!ok) {
        problems.add("javadoc failed");
      }
      return problems;
    }
  }
}
