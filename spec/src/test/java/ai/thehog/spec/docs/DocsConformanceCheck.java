package ai.thehog.spec.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks doc pages against the spec: every endpoint a page names is a spec operation; every JSON
 * example validates against the spec's schema for its endpoint and status (a request body sent by
 * a curl command against that operation's request body); the status tables and enum tables of a page
 * name only values of the spec's enums. A response example whose page does not say which operation
 * it shows is checked against every 2xx response it could be (narrowed by the status or endpoint
 * its lead-in names) and reported against the closest.
 */
final class DocsConformanceCheck {

  private static final Set<String> TYPE_WORDS = Set.of("string", "integer", "number", "boolean", "object", "array");
  private static final Pattern TOKEN = Pattern.compile("^[a-z][a-z0-9_]*$");
  private static final Pattern ROW_VALUE = Pattern.compile("^\\|?\\s*([a-z][a-z0-9_]*)\\s*(?:\\||(?=[A-Z]))");
  private static final Pattern STATUS_TABLE = Pattern.compile("^\\|?\\s*Status\\s*\\|?\\s*Meaning\\b.*");
  private static final Pattern VALUE_TABLE = Pattern.compile("^\\|?\\s*Value\\s*\\|?\\s*Meaning\\b.*");
  private static final Pattern FIELD_VALUES_TABLE = Pattern.compile("^\\|?\\s*Field\\s*\\|?\\s*Values\\s*\\|?\\s*Meaning\\b.*");
  private static final Pattern STATUS_HEADING = Pattern.compile("(?i)^\\s*#*\\s*(operation )?status(es| values)\\s*$");
  private static final Pattern PIPE_LIST = Pattern.compile("`([a-z][a-z0-9_]*(?:\\\\?\\|[a-z0-9_]+)+)`");
  private static final Pattern TICKED_NAME = Pattern.compile("`([A-Za-z_][A-Za-z0-9_]*)`");
  private static final Pattern LAST_NAME = Pattern.compile("`?([A-Za-z_][A-Za-z0-9_]*)`?[^A-Za-z0-9_`]*$");
  private static final Pattern TYPED_ROW =
      Pattern.compile("^[a-z][A-Za-z0-9_.]*?(string|integer|number|boolean|object|array)(?=[A-Z|\\s]|$)");
  private static final Pattern LEADING_NAME = Pattern.compile("^([a-z][A-Za-z0-9_]*)");

  private final SpecIndex spec;
  private final ExampleValidator validator;

  private DocsConformanceCheck(String specText) {
    this.spec = SpecIndex.read(specText);
    this.validator = new ExampleValidator(specText);
  }

  /** A check against this spec text. */
  static DocsConformanceCheck of(String specText) {
    return new DocsConformanceCheck(specText);
  }

  /**
   * Checks the pages of a folder (the files {@code pages} accepts) against a spec.
   *
   * @return every finding, by page and line; empty when the pages and the spec agree
   */
  static List<DocFinding> check(Path docsDir, Path specFile, Predicate<String> pages) throws IOException {
    DocsConformanceCheck check = new DocsConformanceCheck(Files.readString(specFile, StandardCharsets.UTF_8));
    List<Path> files;
    try (Stream<Path> s = Files.list(docsDir)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> pages.test(p.getFileName().toString()))
          .sorted()
          .collect(Collectors.toList());
    }
    if (files.isEmpty()) {
      throw new IOException("No doc pages in " + docsDir);
    }
    List<DocFinding> findings = new ArrayList<>();
    for (Path file : files) {
      findings.addAll(check.checkPage(DocPage.read(file)));
    }
    return findings;
  }

  List<DocFinding> checkPage(DocPage page) {
    Set<DocFinding> findings = new TreeSet<>();
    checkEndpoints(page, findings);
    for (DocExample example : DocExample.findAll(page)) {
      checkExample(page, example, findings);
    }
    ValueSink check = (line, property, values, what) -> checkValues(page, line, property, values.keySet(), what, findings);
    checkTables(page, findings, check);
    checkPipeLists(page, check);
    return new ArrayList<>(findings);
  }

  /** Receives each list of enum values a page gives: where, for which property, each value's line. */
  interface ValueSink {
    void values(int line, String property, Map<String, Integer> values, String what);
  }

  /** The enum value lists of a page (tables, status lists, field/values rows, {@code a|b} lists). */
  void valueLists(DocPage page, ValueSink sink) {
    checkTables(page, new TreeSet<>(), sink);
    checkPipeLists(page, sink);
  }

  private void checkEndpoints(DocPage page, Set<DocFinding> findings) {
    List<String> lines = page.lines();
    for (int i = 0; i < lines.size(); i++) {
      List<Endpoint> named = new ArrayList<>(Endpoint.findIn(lines.get(i), page));
      if (lines.get(i).matches(".*\\bcurl\\s.*")) {
        StringBuilder cmd = new StringBuilder(lines.get(i));
        for (int k = i; k + 1 < lines.size() && lines.get(k).strip().endsWith("\\"); k++) {
          cmd.append(' ').append(lines.get(k + 1));
        }
        Endpoint.ofCurl(cmd.toString(), page).ifPresent(named::add);
      }
      for (Endpoint e : named) {
        if (spec.operationFor(e).isEmpty()) {
          findings.add(new DocFinding(page.name(), i + 1, e.toString(), "endpoint not in the spec"));
        }
      }
    }
  }

  private void checkExample(DocPage page, DocExample example, Set<DocFinding> findings) {
    LocatedJson json;
    try {
      json = LocatedJson.parse(example.text());
    } catch (JsonProcessingException e) {
      int line = example.line() + Math.max(0, e.getLocation() == null ? 0 : e.getLocation().getLineNr() - 1);
      findings.add(new DocFinding(page.name(), line, "$", "not JSON: " + e.getOriginalMessage()));
      return;
    }
    if (example.request().isPresent()) {
      Optional<String> op = spec.operationFor(example.request().get());
      if (op.isPresent()) {
        String[] parts = op.get().split(" ", 2);
        report(page, example, json, "the request body of " + op.get(),
            validator.validateRequest(parts[0], parts[1], json.json()), findings);
      }
      return;
    }
    Optional<String> op = example.endpoint().flatMap(spec::operationFor);
    List<ExampleValidator.Problem> best = null;
    SpecIndex.Response bestResponse = null;
    for (SpecIndex.Response r : spec.responses()) {
      if (op.isPresent() && !op.get().equals(r.method() + " " + r.path())) {
        continue;
      }
      if (example.status().isPresent() && example.status().get() != r.status()) {
        continue;
      }
      List<ExampleValidator.Problem> problems = validator.validateResponse(r.method(), r.path(), r.status(), json.json());
      if (best == null || problems.size() < best.size()) {
        best = problems;
        bestResponse = r;
      }
      if (problems.isEmpty()) {
        break;
      }
    }
    if (bestResponse == null) {
      findings.add(new DocFinding(page.name(), example.line(), "$", "no 2xx JSON response in the spec fits this example"
          + example.status().map(s -> " (status " + s + ")").orElse("")
          + example.endpoint().map(e -> " (endpoint " + e + ")").orElse("")));
      return;
    }
    report(page, example, json, bestResponse.toString(), best, findings);
  }

  private static void report(DocPage page, DocExample example, LocatedJson json, String against,
      List<ExampleValidator.Problem> problems, Set<DocFinding> findings) {
    for (ExampleValidator.Problem p : problems) {
      int line = example.line() + json.lineOf(p.pointer()) - 1;
      findings.add(new DocFinding(page.name(), line, LocatedJson.path(p.pointer()), p.message() + " (checked as " + against + ")"));
    }
  }

  /** Status tables, "Operation statuses" lists, value tables and field/values tables. */
  private void checkTables(DocPage page, Set<DocFinding> findings, ValueSink sink) {
    List<String> lines = page.lines();
    for (int i = 0; i < lines.size(); i++) {
      String header = lines.get(i).strip();
      if (STATUS_TABLE.matcher(header).matches() || VALUE_TABLE.matcher(header).matches()) {
        String property = STATUS_TABLE.matcher(header).matches() ? "status" : null;
        Map<String, Integer> values = new LinkedHashMap<>();
        int k = i + 1;
        for (; k < lines.size(); k++) {
          String row = lines.get(k).strip();
          if (row.matches("^\\|?[-|\\s]+$")) {
            continue;
          }
          Matcher m = ROW_VALUE.matcher(row);
          if (!m.find()) {
            break;
          }
          values.putIfAbsent(m.group(1), k + 1);
        }
        sink.values(i + 1, property, values, "table");
        i = k - 1;
      } else if (STATUS_HEADING.matcher(header).matches()) {
        Map<String, Integer> values = new LinkedHashMap<>();
        int k = i + 1;
        for (; k < lines.size(); k++) {
          String row = lines.get(k).strip();
          if (row.matches("(?i)^\\|?\\s*(Field|Status)\\b.*")) {
            break;
          }
          if (TOKEN.matcher(row).matches()) {
            values.putIfAbsent(row, k + 1);
          }
        }
        if (!values.isEmpty()) {
          sink.values(i + 1, "status", values, "list");
        }
      } else if (FIELD_VALUES_TABLE.matcher(header).matches()) {
        for (int k = i + 1; k < lines.size(); k++) {
          String row = lines.get(k).strip();
          if (row.isEmpty() || !Character.isLowerCase(row.charAt(0))) {
            break;
          }
          checkFieldValuesRow(page, k + 1, row, findings, sink);
        }
      }
    }
  }

  private void checkFieldValuesRow(DocPage page, int line, String row, Set<DocFinding> findings, ValueSink sink) {
    String[] cells = row.contains("|") ? row.replaceAll("^\\|", "").split("\\|") : null;
    String field;
    String valueText;
    if (cells != null && cells.length >= 2) {
      field = cells[0].strip();
      valueText = cells[1].strip();
    } else {
      Optional<String> known = spec.enumPropertyPrefixOf(row);
      if (known.isEmpty() && TYPED_ROW.matcher(row).find()) {
        return;
      }
      if (known.isEmpty()) {
        Matcher m = LEADING_NAME.matcher(row);
        String guess = m.find() ? m.group(1) : row;
        findings.add(new DocFinding(page.name(), line, guess, "no enum property of the spec starts this table row"));
        return;
      }
      field = known.get();
      String rest = row.substring(field.length());
      int meaning = 0;
      while (meaning < rest.length() && !Character.isUpperCase(rest.charAt(meaning))) {
        meaning++;
      }
      valueText = rest.substring(0, meaning);
    }
    Set<String> values = Arrays.stream(valueText.split(","))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (values.isEmpty() || values.stream().anyMatch(TYPE_WORDS::contains)
        || !values.stream().allMatch(v -> TOKEN.matcher(v).matches())) {
      return;
    }
    if (!spec.hasEnumProperty(field)) {
      findings.add(new DocFinding(page.name(), line, field, "no enum property of this name in the spec (values " + values + ")"));
      return;
    }
    Map<String, Integer> located = new LinkedHashMap<>();
    values.forEach(v -> located.put(v, line));
    sink.values(line, field, located, "table row");
  }

  /** Backticked {@code a|b|c} lists (markdown pages), each for the field named just before it. */
  private void checkPipeLists(DocPage page, ValueSink sink) {
    List<String> lines = page.lines();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = PIPE_LIST.matcher(lines.get(i));
      while (m.find()) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String v : m.group(1).split("\\\\?\\|")) {
          values.putIfAbsent(v, i + 1);
        }
        String prefix = lines.get(i).substring(0, m.start());
        String field = null;
        Matcher ticked = TICKED_NAME.matcher(prefix);
        while (ticked.find()) {
          field = ticked.group(1);
        }
        if (field == null) {
          Matcher name = LAST_NAME.matcher(prefix);
          field = name.find() ? name.group(1) : null;
        }
        sink.values(i + 1, field, values, "enum");
      }
    }
  }

  private void checkValues(DocPage page, int line, String property, Set<String> values, String what,
      Set<DocFinding> findings) {
    if (values.isEmpty()) {
      return;
    }
    Set<String> missing = spec.missingEnumValues(property, values);
    if (!missing.isEmpty()) {
      findings.add(new DocFinding(page.name(), line, property == null ? "(" + what + ")" : property,
          what + " values not in the spec's enum: " + missing));
    }
  }
}
