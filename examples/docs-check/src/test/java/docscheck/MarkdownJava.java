package docscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ```java blocks of the repository's Markdown. A block is a whole file when it declares a
 * top-level type (a class, record, interface or enum at the start of a line); a block that is not
 * must say so with the info string {@code java fragment}, and is then skipped.
 */
final class MarkdownJava {

  /** Where a block is and what it holds. */
  record Block(Path markdown, int firstLine, String info, String code) {

    boolean markedFragment() {
      return info.toLowerCase(Locale.ROOT).matches("java\\s+fragment\\b.*");
    }

    boolean wholeFile() {
      return TOP_LEVEL_TYPE.matcher(code).find();
    }

    /** The declared package, or null. */
    String declaredPackage() {
      Matcher m = PACKAGE.matcher(code);
      return m.find() ? m.group(1) : null;
    }

    /**
     * The package the block compiles in: its own, else one named after its Markdown file's directory
     * (so the package-less files of one directory, like the cookbook's pages, see each other).
     */
    String packageName() {
      String own = declaredPackage();
      if (own != null) {
        return own;
      }
      Path dir = markdown.getParent();
      String path = dir == null ? "root" : dir.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
      return "docs." + path.replaceAll("[^a-z0-9/]", "_").replace('/', '.').replaceAll("(^|\\.)(\\d)", "$1_$2");
    }

    /** The public top-level type, else the first one: the file's name. */
    String typeName() {
      Matcher m = TOP_LEVEL_TYPE.matcher(code);
      String first = null;
      while (m.find()) {
        if (first == null) {
          first = m.group(3);
        }
        if (m.group(1) != null && m.group(1).contains("public")) {
          return m.group(3);
        }
      }
      return first;
    }

    /** The source as compiled: the block, with a package line first when it has none. */
    String source() {
      return declaredPackage() != null ? code : "package " + packageName() + ";\n" + code;
    }

    /** Source lines before the block's first line (1 with an added package line). */
    int addedLines() {
      return declaredPackage() != null ? 0 : 1;
    }

    String where() {
      return markdown.toString().replace('\\', '/') + ":" + firstLine;
    }
  }

  static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
      "(?m)^((?:(?:public|final|abstract|sealed|non-sealed|static|strictfp)\\s+)*)(class|record|interface|enum|@interface)\\s+(\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern FENCE = Pattern.compile("^(\\s*)(```+|~~~+)\\s*(.*)$");

  private MarkdownJava() {
  }

  /** The Markdown files users read: README.md files and docs/**, not build output nor the API's copied pages. */
  static List<Path> markdownFiles(Path root) {
    return files(root, ".md").stream()
        .map(root::relativize)
        .filter(p -> {
          String s = p.toString().replace('\\', '/');
          return !s.startsWith("spec/docs/") && !s.startsWith("spec/contract/");
        })
        .sorted()
        .toList();
  }

  /** The files under root whose name ends with {@code suffix}, leaving out target, hidden and node_modules directories. */
  static List<Path> files(Path root, String suffix) {
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          boolean skip = !dir.equals(root) && (name.equals("target") || name.startsWith(".") || name.equals("node_modules"));
          return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (file.getFileName().toString().endsWith(suffix)) {
            out.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Every ```java block of the file, with the line of its first code line. */
  static List<Block> blocks(Path root, Path markdown) {
    List<String> lines;
    try {
      lines = Files.readAllLines(root.resolve(markdown));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String fence = open.group(2);
      String info = open.group(3).trim();
      StringBuilder code = new StringBuilder();
      int j = i + 1;
      while (j < lines.size() && !lines.get(j).trim().startsWith(fence)) {
        code.append(lines.get(j)).append('\n');
        j++;
      }
      if (info.toLowerCase(Locale.ROOT).matches("java\\b.*")) {
        out.add(new Block(markdown, i + 2, info, code.toString()));
      }
      i = j;
    }
    return out;
  }

  /** Every ```java block of every Markdown file under root. */
  static List<Block> all(Path root) {
    List<Block> out = new ArrayList<>();
    for (Path markdown : markdownFiles(root)) {
      out.addAll(blocks(root, markdown));
    }
    return out;
  }
}
