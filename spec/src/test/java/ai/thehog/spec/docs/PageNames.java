package ai.thehog.spec.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every name the doc pages give (see {@link DocName}), in page order: what a docs change is compared
 * by. Kept in a names file (spec/baseline/doc-names.tsv), the names of the pages the spec last agreed
 * with.
 */
final class PageNames {

  private static final Pattern TOKEN = Pattern.compile("^[a-z][a-z0-9_]*$");
  private static final Pattern TICKED = Pattern.compile("`([A-Za-z_][A-Za-z0-9_.]*(?:\\[\\])?)`");
  private static final Pattern FIELD_ROW =
      Pattern.compile("^([a-z][A-Za-z0-9_.]*?)(string|integer|number|boolean|object|array)(?=[A-Z|\\s]|$)");
  private static final String HEADER = """
      # The names the doc pages in spec/docs gave when the spec last agreed with them: page, line, kind,
      # context, name (tab-separated). Written by ./mvnw verify -Pdocs-update when the conformance check
      # passes; the next run lists every name added, removed or changed since. Do not edit by hand.
      """;

  private PageNames() {
  }

  /** The names of the pages of a folder that {@code pages} accepts, page by page in file order. */
  static List<DocName> of(Path docsDir, DocsConformanceCheck check, Predicate<String> pages) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(docsDir)) {
      files = s.filter(Files::isRegularFile).filter(p -> pages.test(p.getFileName().toString())).sorted().toList();
    }
    List<DocName> names = new ArrayList<>();
    for (Path file : files) {
      names.addAll(of(DocPage.read(file), check));
    }
    return names;
  }

  /** The names of one page, by line. */
  static List<DocName> of(DocPage page, DocsConformanceCheck check) {
    List<DocName> names = new ArrayList<>();
    Set<Integer> exampleLines = new HashSet<>();
    for (DocExample example : DocExample.findAll(page)) {
      int count = (int) example.text().lines().count();
      for (int k = 0; k < count; k++) {
        exampleLines.add(example.line() + k);
      }
      example(page, example, names);
    }
    List<String> lines = page.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      List<Endpoint> endpoints = new ArrayList<>(Endpoint.findIn(line, page));
      if (line.matches(".*\\bcurl\\s.*")) {
        StringBuilder cmd = new StringBuilder(line);
        for (int k = i; k + 1 < lines.size() && lines.get(k).strip().endsWith("\\"); k++) {
          cmd.append(' ').append(lines.get(k + 1));
        }
        Endpoint.ofCurl(cmd.toString(), page).ifPresent(endpoints::add);
      }
      for (Endpoint e : endpoints) {
        names.add(new DocName(page.name(), i + 1, "endpoint", "", e.method() + " " + e.path()));
      }
      if (exampleLines.contains(i + 1)) {
        continue;
      }
      Matcher row = FIELD_ROW.matcher(line.strip());
      if (row.find()) {
        names.add(new DocName(page.name(), i + 1, "field", "field table", row.group(1)));
      }
      Matcher ticked = TICKED.matcher(line);
      while (ticked.find()) {
        names.add(new DocName(page.name(), i + 1, "name", "", ticked.group(1)));
      }
    }
    check.valueLists(page, (line, property, values, what) -> {
      String context = (property == null ? "" : "`" + property + "` ") + "(" + what + ")";
      for (Map.Entry<String, Integer> v : values.entrySet()) {
        names.add(new DocName(page.name(), v.getValue(), "value", context, v.getKey()));
      }
    });
    names.sort(Comparator.comparingInt(DocName::line));
    return dedupe(names);
  }

  private static List<DocName> dedupe(List<DocName> names) {
    Set<String> seen = new HashSet<>();
    List<DocName> out = new ArrayList<>();
    for (DocName n : names) {
      if (seen.add(n.line() + "\t" + n.key())) {
        out.add(n);
      }
    }
    return out;
  }

  private static void example(DocPage page, DocExample example, List<DocName> names) {
    LocatedJson json;
    try {
      json = LocatedJson.parse(example.text());
    } catch (JsonProcessingException e) {
      return;
    }
    String context = example.request().map(e -> "request body of " + e.method() + " " + e.path())
        .orElseGet(() -> "response" + example.endpoint().map(e -> " of " + e.method() + " " + e.path()).orElse("")
            + example.status().map(s -> " " + s).orElse(""));
    walk(page, example, json, json.node(), "", "$", context, new HashSet<>(), names);
  }

  private static void walk(DocPage page, DocExample example, LocatedJson json, JsonNode node, String pointer,
      String path, String context, Set<String> seen, List<DocName> names) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> field = it.next();
        String childPointer = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        String childPath = path + "." + field.getKey();
        int line = example.line() + json.lineOf(childPointer) - 1;
        if (seen.add(childPath)) {
          names.add(new DocName(page.name(), line, "field", context, childPath));
        }
        JsonNode value = field.getValue();
        if (value.isTextual() && TOKEN.matcher(value.asText()).matches() && seen.add(childPath + "=" + value.asText())) {
          names.add(new DocName(page.name(), line, "value", "`" + field.getKey() + "` in " + context, value.asText()));
        }
        walk(page, example, json, value, childPointer, childPath, context, seen, names);
      }
    } else if (node.isArray()) {
      for (int k = 0; k < node.size(); k++) {
        walk(page, example, json, node.get(k), pointer + "/" + k, path + "[]", context, seen, names);
      }
    }
  }

  /** Reads a names file; empty when there is none. */
  static List<DocName> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(DocName::parseTsv)
        .toList();
  }

  /** Writes a names file (to a temporary file first). */
  static void write(Path file, List<DocName> names) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER);
    names.forEach(n -> sb.append(n.tsv()).append('\n'));
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, sb, StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
