import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step of hog-model, run after the generator: the templates wrap each spec description in
 * {@code %%MD%%...%%/MD%%}; this turns the Markdown between the markers into javadoc (code spans to
 * {@code {@code ...}}, {@code **bold**} to {@code <b>}, links to {@code <a>}), escapes {@code <},
 * {@code >}, {@code &} and {@code @} in the prose, and removes the markers. Files without markers
 * are left alone, so running it twice changes nothing.
 *
 * <p>Run as a single-file program: {@code java JavadocMarkdown.java <generated-sources-dir>}.
 */
public final class JavadocMarkdown {

  static final String OPEN = "%%MD%%";
  static final String CLOSE = "%%/MD%%";
  private static final Pattern MARKED = Pattern.compile(Pattern.quote(OPEN) + "(.*?)" + Pattern.quote(CLOSE),
      Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("(`+)(.+?)(?<!`)\\1(?!`)", Pattern.DOTALL);
  private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");
  private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);");

  private JavadocMarkdown() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: java JavadocMarkdown.java <generated-sources-dir>");
    }
    Path root = Path.of(args[0]);
    if (!Files.isDirectory(root)) {
      return;
    }
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    int changed = 0;
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      String converted = convertMarked(text);
      if (!converted.equals(text)) {
        Files.writeString(source, converted, StandardCharsets.UTF_8);
        changed++;
      }
    }
    System.out.println("JavadocMarkdown: " + changed + " of " + sources.size() + " files rewritten");
  }

  /** Every marked description of {@code source} as javadoc, markers removed. */
  static String convertMarked(String source) {
    Matcher marked = MARKED.matcher(source);
    StringBuilder out = new StringBuilder();
    while (marked.find()) {
      marked.appendReplacement(out, Matcher.quoteReplacement(toJavadoc(marked.group(1))));
    }
    marked.appendTail(out);
    return out.toString();
  }

  /** One Markdown description as javadoc text. */
  static String toJavadoc(String markdown) {
    // The generator escapes descriptions as Java string text; a comment needs none of that.
    String text = markdown.replace("\\\"", "\"").replace("\\\\", "\\");
    StringBuilder out = new StringBuilder();
    Matcher code = CODE.matcher(text);
    int at = 0;
    while (code.find()) {
      out.append(prose(text.substring(at, code.start())));
      out.append(code(code.group(2)));
      at = code.end();
    }
    out.append(prose(text.substring(at)));
    return out.toString();
  }

  private static String code(String content) {
    String inner = content.length() > 1 && content.startsWith(" ") && content.endsWith(" ")
        ? content.substring(1, content.length() - 1) : content;
    if (balanced(inner) && !inner.endsWith("\\")) {
      return "{@code " + inner + "}";
    }
    return "<code>" + escape(inner).replace("{", "&#123;").replace("}", "&#125;") + "</code>";
  }

  private static String prose(String text) {
    String escaped = escape(text);
    escaped = BOLD.matcher(escaped).replaceAll("<b>$1</b>");
    return LINK.matcher(escaped).replaceAll(m -> Matcher.quoteReplacement(
        "<a href=\"" + m.group(2).replace("\"", "%22") + "\">" + m.group(1) + "</a>"));
  }

  /** {@code <}, {@code >}, {@code @} and a {@code &} that starts no entity, as HTML entities. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '&' -> {
          Matcher entity = ENTITY.matcher(text).region(i, text.length());
          out.append(entity.lookingAt() ? "&" : "&amp;");
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean balanced(String code) {
    int depth = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
