package ai.thehog.spec.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON example found in a doc page: where it starts, its text (comments included, as the page
 * shows them), and what the page says it is. A body sent by a {@code curl} command is a request of
 * that command's endpoint; any other example is a response, of the endpoint and status its lead-in
 * names when it names them.
 *
 * @param line the page line of the opening brace
 * @param text the example from its opening to its closing brace
 * @param request the endpoint when the example is a request body
 * @param endpoint the endpoint named by the lead-in of a response example
 * @param status the 2xx status named by the lead-in of a response example
 */
record DocExample(int line, String text, Optional<Endpoint> request, Optional<Endpoint> endpoint,
    Optional<Integer> status) {

  private static final Pattern CURL_DATA = Pattern.compile("(?:-d|--data(?:-raw)?)\\s+'\\s*$");
  private static final Pattern CURL_INLINE = Pattern.compile("(?:-d|--data(?:-raw)?)\\s+'(?=\\{)");
  private static final Pattern STATUS = Pattern.compile("\\b(20[0-9])\\b");

  /** Every JSON example of the page, in page order. */
  static List<DocExample> findAll(DocPage page) {
    List<DocExample> found = new ArrayList<>();
    List<String> lines = page.lines();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      int open = openingBrace(line);
      if (open < 0) {
        i++;
        continue;
      }
      int[] end = closingBrace(lines, i, open);
      if (end == null) {
        i++;
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (int k = i; k <= end[0]; k++) {
        String l = lines.get(k);
        int from = k == i ? open : 0;
        int to = k == end[0] ? end[1] + 1 : l.length();
        text.append(l, from, to).append('\n');
      }
      found.add(describe(page, i, open, text.toString()));
      i = end[0] + 1;
    }
    return found;
  }

  private static DocExample describe(DocPage page, int index, int open, String text) {
    List<String> lines = page.lines();
    String prefix = lines.get(index).substring(0, open);
    String previous = previousNonBlank(lines, index);
    boolean curlBody = CURL_DATA.matcher(prefix).find()
        || (prefix.isBlank() && previous != null && CURL_DATA.matcher(previous).find());
    if (curlBody) {
      Optional<Endpoint> target = Endpoint.ofCurl(curlCommand(lines, index, prefix), page);
      return new DocExample(index + 1, text, target, Optional.empty(), Optional.empty());
    }
    String leadIn = prefix.isBlank() && previous != null ? previous : prefix;
    Optional<Endpoint> endpoint = Endpoint.findIn(leadIn, page).stream().findFirst();
    Matcher status = STATUS.matcher(leadIn);
    Optional<Integer> code = status.find() ? Optional.of(Integer.parseInt(status.group(1))) : Optional.empty();
    return new DocExample(index + 1, text, Optional.empty(), endpoint, code);
  }

  /** The curl command a body belongs to: the lines before it that continue with a backslash. */
  private static String curlCommand(List<String> lines, int index, String prefix) {
    StringBuilder cmd = new StringBuilder(prefix);
    int k = index - 1;
    while (k >= 0) {
      String l = lines.get(k);
      cmd.insert(0, l + " ");
      if (l.contains("curl ")) {
        break;
      }
      k--;
    }
    return cmd.toString();
  }

  private static String previousNonBlank(List<String> lines, int index) {
    for (int k = index - 1; k >= 0; k--) {
      if (!lines.get(k).isBlank()) {
        return lines.get(k);
      }
    }
    return null;
  }

  /** Where a JSON example opens on this line, or -1: a line that starts or ends with a brace. */
  private static int openingBrace(String line) {
    Matcher inline = CURL_INLINE.matcher(line);
    if (inline.find()) {
      return inline.end();
    }
    String trimmed = line.strip();
    if (trimmed.startsWith("{")) {
      return line.indexOf('{');
    }
    if (trimmed.endsWith("{") && !trimmed.startsWith("//")) {
      return line.lastIndexOf('{');
    }
    return -1;
  }

  /** Line index and column of the brace closing the one at (start, column), or null. */
  private static int[] closingBrace(List<String> lines, int start, int column) {
    int depth = 0;
    boolean inString = false;
    for (int k = start; k < lines.size(); k++) {
      String l = lines.get(k);
      for (int c = k == start ? column : 0; c < l.length(); c++) {
        char ch = l.charAt(c);
        if (inString) {
          if (ch == '\\') {
            c++;
          } else if (ch == '"') {
            inString = false;
          }
        } else if (ch == '"') {
          inString = true;
        } else if (ch == '/' && c + 1 < l.length() && l.charAt(c + 1) == '/') {
          break;
        } else if (ch == '{' || ch == '[') {
          depth++;
        } else if (ch == '}' || ch == ']') {
          depth--;
          if (depth == 0) {
            return new int[] {k, c};
          }
        }
      }
      inString = false;
    }
    return null;
  }
}
