package ai.thehog.spec.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP method and path as a page names it ({@code POST /api/enrichments},
 * {@code GET /api/operations/:id}, a curl URL). Path parameters ({@code :id}, {@code {id}}) become
 * {@code {}}; a concrete segment (an id in a curl URL) matches a parameter of the spec.
 *
 * @param method upper-case HTTP method
 * @param path the path without query, parameters written {@code {}}
 */
record Endpoint(String method, String path) {

  /** Lower-case path characters only: the pages glue a description to a path ("searchFirmographic"). */
  private static final Pattern NAMED =
      Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE)\\s+((?:/|\u2026/)[a-z0-9_\\-./{}:\u2026]*)");
  private static final Pattern ELLIPSIS = Pattern.compile("`\u2026`\\s*=\\s*`(/[^`]+)`");
  private static final Pattern URL = Pattern.compile("https?://[^/\\s'\"]+(/[^\\s'\"\\\\?]*)");
  private static final Pattern METHOD = Pattern.compile("(?:-X|--request)\\s+([A-Z]+)");

  /** Every endpoint the text names, with the page's abbreviation for a common prefix expanded. */
  static List<Endpoint> findIn(String text, DocPage page) {
    List<Endpoint> found = new ArrayList<>();
    Matcher m = NAMED.matcher(text);
    while (m.find()) {
      String path = m.group(2);
      if (path.startsWith("\u2026")) {
        Optional<String> prefix = ellipsis(page);
        if (prefix.isEmpty()) {
          continue;
        }
        path = prefix.get() + path.substring(1);
      }
      found.add(new Endpoint(m.group(1), normalise(path)));
    }
    return found;
  }

  /** The endpoint a curl command calls: its URL's path and its method (POST when it sends data). */
  static Optional<Endpoint> ofCurl(String command, DocPage page) {
    Matcher url = URL.matcher(command);
    if (!url.find()) {
      return Optional.empty();
    }
    Matcher method = METHOD.matcher(command);
    String verb = method.find() ? method.group(1)
        : command.matches("(?s).*(\\s-d\\s|--data).*") ? "POST" : "GET";
    return Optional.of(new Endpoint(verb.toUpperCase(Locale.ROOT), normalise(url.group(1))));
  }

  private static Optional<String> ellipsis(DocPage page) {
    for (String line : page.lines()) {
      Matcher m = ELLIPSIS.matcher(line);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  static String normalise(String path) {
    String p = path;
    while (p.endsWith(".") || p.endsWith(",") || (p.endsWith("/") && p.length() > 1)) {
      p = p.substring(0, p.length() - 1);
    }
    StringBuilder out = new StringBuilder();
    for (String segment : p.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      out.append('/');
      out.append(segment.startsWith(":") || segment.startsWith("{") ? "{}" : segment);
    }
    return out.length() == 0 ? "/" : out.toString();
  }

  /** Whether this endpoint is the spec's {@code method} at {@code template} ({@code {name}} parameters). */
  boolean matches(String specMethod, String template) {
    if (!method.equalsIgnoreCase(specMethod)) {
      return false;
    }
    String[] mine = path.substring(1).split("/");
    String[] theirs = normalise(template).substring(1).split("/");
    if (mine.length != theirs.length) {
      return false;
    }
    for (int i = 0; i < mine.length; i++) {
      boolean parameter = theirs[i].equals("{}");
      if (!parameter && !theirs[i].equals(mine[i])) {
        return false;
      }
      if (parameter && mine[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** A concrete path for requests to this endpoint: parameters filled with a placeholder value. */
  static String concrete(String template) {
    return template.replaceAll("\\{[^}/]*}", "x");
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
