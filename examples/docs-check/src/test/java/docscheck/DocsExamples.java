package docscheck;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The whole-file examples of the Markdown, written to {@code target/docs-sources} and compiled once
 * per test JVM against this project's test class path: the installed SDK artifacts, as a user's
 * project sees them.
 */
final class DocsExamples {

  /** The compilation: its errors (as {@code file.md:line: message}) and a loader of its classes. */
  record Compiled(List<MarkdownJava.Block> wholeFiles, List<String> errors, ClassLoader loader) {

    /** The class of the whole file in {@code markdown} (a path relative to the repository). */
    Class<?> classOf(String markdown) {
      return classOf(markdown, "");
    }

    /** The class of the one whole file in {@code markdown} whose type name ends with {@code suffix}. */
    Class<?> classOf(String markdown, String suffix) {
      List<MarkdownJava.Block> found = wholeFiles.stream()
          .filter(b -> b.markdown().toString().replace('\\', '/').equals(markdown) && b.typeName().endsWith(suffix))
          .toList();
      if (found.size() != 1) {
        throw new AssertionError(markdown + " has " + found.size() + " whole Java files named *" + suffix + "; expected one");
      }
      MarkdownJava.Block block = found.get(0);
      try {
        return Class.forName(block.packageName() + "." + block.typeName(), true, loader);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(block.where() + " did not compile: " + errors, e);
      }
    }
  }

  private static Compiled compiled;

  private DocsExamples() {
  }

  static Path root() {
    return Path.of(System.getProperty("docs.root", "../..")).toAbsolutePath().normalize();
  }

  static synchronized Compiled compiled() {
    if (compiled == null) {
      compiled = compile(root(), Path.of("target").toAbsolutePath());
    }
    return compiled;
  }

  static Compiled compile(Path root, Path target) {
    List<MarkdownJava.Block> whole = MarkdownJava.all(root).stream()
        .filter(b -> !b.markedFragment() && b.wholeFile()).toList();
    Path sources = target.resolve("docs-sources");
    Path classes = target.resolve("docs-classes");
    Map<Path, MarkdownJava.Block> byFile = new HashMap<>();
    List<String> errors = new ArrayList<>();
    try {
      deleteTree(sources);
      deleteTree(classes);
      Files.createDirectories(classes);
      for (MarkdownJava.Block block : whole) {
        Path file = sources.resolve(block.packageName().replace('.', '/')).resolve(block.typeName() + ".java");
        MarkdownJava.Block earlier = byFile.put(file.toAbsolutePath().normalize(), block);
        if (earlier != null) {
          errors.add(block.where() + ": " + block.packageName() + "." + block.typeName()
              + " is also declared at " + earlier.where() + "; give one a package or another name");
          continue;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, block.source(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("No Java compiler: run the docs check on a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", classes.toString(), "-classpath", testClassPath(),
          "--release", "17", "-proc:none", "-Xlint:none", "-encoding", "UTF-8");
      boolean ok = byFile.isEmpty() || javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(byFile.keySet())).call();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.ERROR) {
          continue;
        }
        MarkdownJava.Block block = d.getSource() == null ? null
            : byFile.get(Path.of(d.getSource().toUri()).toAbsolutePath().normalize());
        String where = block == null ? String.valueOf(d.getSource())
            : block.markdown().toString().replace('\\', '/') + ":"
                + (block.firstLine() + d.getLineNumber() - 1 - block.addedLines());
        errors.add(where + ": " + d.getMessage(Locale.ROOT));
      }
      if (!ok && errors.isEmpty()) {
        errors.add("javac failed without an error message");
      }
      ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, DocsExamples.class.getClassLoader());
      return new Compiled(whole, List.copyOf(errors), loader);
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class path Surefire gives the tests (its manifest-only jar hides it from java.class.path). */
  static String testClassPath() {
    String path = System.getProperty("surefire.test.class.path");
    if (path == null || path.isBlank()) {
      path = System.getProperty("java.class.path");
    }
    return String.join(File.pathSeparator, List.of(path.split(File.pathSeparator)));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
