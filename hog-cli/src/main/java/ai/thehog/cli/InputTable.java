package ai.thehog.cli;

import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An input file read into identifiers: CSV (with a header row), JSON Lines (one object a line) or
 * the Maven plugin's JSON fixture (read by the engine itself). Rows keep their order.
 */
final class InputTable {

  /** The identifier keys the API accepts. */
  static final List<String> IDENTIFIER_KEYS = List.of("email", "linkedin_url", "x_handle", "github_username");
  private static final JsonAdapter<Object> JSON = HogJson.moshi().adapter(Object.class);
  private static final int MAX_LISTED = 20;

  enum Format { CSV, JSONL, FIXTURE }

  final Path file;
  final Format format;
  /** CSV: the header. */
  final List<String> header;
  /** CSV: each row's values; JSONL: each line's object. */
  final List<Object> rows;
  /** One identifier per row (CSV, JSONL). */
  final List<Map<String, Object>> identifiers;

  private InputTable(Path file, Format format, List<String> header, List<Object> rows,
      List<Map<String, Object>> identifiers) {
    this.file = file;
    this.format = format;
    this.header = header;
    this.rows = rows;
    this.identifiers = identifiers;
  }

  static Format formatOf(Path file) throws BadInputException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Format.CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.JSONL;
    }
    if (name.endsWith(".json")) {
      return Format.FIXTURE;
    }
    throw new BadInputException(file + ": unknown format; use a .csv, .jsonl (JSON Lines) or .json (fixture) file");
  }

  /**
   * Reads {@code file}. {@code columns} maps an identifier key to the column (CSV) or property
   * (JSONL) holding it; unmapped keys are looked up under their own name.
   */
  static InputTable read(Path file, Map<String, String> columns) throws BadInputException, IOException {
    for (String key : columns.keySet()) {
      if (!IDENTIFIER_KEYS.contains(key)) {
        throw new BadInputException("--column " + key + "=...: not an identifier key; use one of " + IDENTIFIER_KEYS);
      }
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": no such file");
    }
    Format format = formatOf(file);
    return switch (format) {
      case CSV -> csv(file, columns);
      case JSONL -> jsonLines(file, columns);
      case FIXTURE -> new InputTable(file, format, List.of(), List.of(), List.of());
    };
  }

  private static InputTable csv(Path file, Map<String, String> columns) throws BadInputException, IOException {
    List<String> problems = new ArrayList<>();
    List<Object> rows = new ArrayList<>();
    List<Map<String, Object>> identifiers = new ArrayList<>();
    List<String> header;
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      header = List.copyOf(parser.getHeaderNames());
      Map<String, Integer> index = new LinkedHashMap<>();
      for (String key : IDENTIFIER_KEYS) {
        String column = columns.getOrDefault(key, key);
        int at = indexOf(header, column);
        if (at >= 0) {
          index.put(key, at);
        } else if (columns.containsKey(key)) {
          throw new BadInputException(file + ":1: no column '" + column + "' (--column " + key + "=" + column
              + "); the header has " + header);
        }
      }
      if (index.isEmpty()) {
        throw new BadInputException(file + ":1: no identifier column; name one of " + IDENTIFIER_KEYS
            + " or map one with --column email=<your column>; the header has " + header);
      }
      long line = parser.getCurrentLineNumber() + 1;
      for (CSVRecord record : (Iterable<CSVRecord>) parser::iterator) {
        long recordLine = line;
        line = parser.getCurrentLineNumber() + 1;
        if (record.size() != header.size()) {
          problems.add(file + ":" + recordLine + ": " + record.size() + " value(s), the header has " + header.size()
              + " column(s)");
          continue;
        }
        Map<String, Object> identifier = new LinkedHashMap<>();
        index.forEach((key, at) -> {
          String value = record.get(at);
          if (value != null && !value.isBlank()) {
            identifier.put(key, value.strip());
          }
        });
        if (identifier.isEmpty()) {
          problems.add(file + ":" + recordLine + ": no identifier in this row (" + index.keySet() + " are empty)");
          continue;
        }
        rows.add(record.toList());
        identifiers.add(identifier);
      }
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
          : e.getMessage();
      throw new BadInputException(file + ": not valid CSV: " + message);
    }
    fail(problems);
    return new InputTable(file, Format.CSV, header, rows, identifiers);
  }

  private static int indexOf(List<String> header, String column) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(column)) {
        return i;
      }
    }
    return -1;
  }

  private static InputTable jsonLines(Path file, Map<String, String> columns) throws BadInputException, IOException {
    List<String> problems = new ArrayList<>();
    List<Object> rows = new ArrayList<>();
    List<Map<String, Object>> identifiers = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      long line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        Object value;
        try {
          value = JSON.fromJson(text);
        } catch (IOException | JsonDataException e) {
          problems.add(file + ":" + line + ": not a JSON object (" + e.getMessage() + ")");
          continue;
        }
        if (!(value instanceof Map<?, ?> object)) {
          problems.add(file + ":" + line + ": not a JSON object");
          continue;
        }
        Map<String, Object> identifier = new LinkedHashMap<>();
        for (String key : IDENTIFIER_KEYS) {
          Object found = object.get(columns.getOrDefault(key, key));
          if (found instanceof String s && !s.isBlank()) {
            identifier.put(key, s.strip());
          } else if (found != null && !(found instanceof String)) {
            problems.add(file + ":" + line + ": " + columns.getOrDefault(key, key) + " must be a string");
          }
        }
        if (identifier.isEmpty()) {
          problems.add(file + ":" + line + ": no identifier on this line (one of " + IDENTIFIER_KEYS + ")");
          continue;
        }
        rows.add(object);
        identifiers.add(identifier);
      }
    } catch (java.nio.charset.MalformedInputException e) {
      throw new BadInputException(file + ": not UTF-8 text");
    }
    fail(problems);
    return new InputTable(file, Format.JSONL, List.of(), rows, identifiers);
  }

  private static void fail(List<String> problems) throws BadInputException {
    if (problems.isEmpty()) {
      return;
    }
    List<String> shown = problems.subList(0, Math.min(MAX_LISTED, problems.size()));
    throw new BadInputException(problems.size() + " bad row(s), nothing was sent:\n  " + String.join("\n  ", shown)
        + (problems.size() > shown.size() ? "\n  and " + (problems.size() - shown.size()) + " more" : ""));
  }

  /** The fixture the engine reads for CSV and JSON Lines: the fields and one identifier per row. */
  String fixtureJson(List<String> fields) {
    Map<String, Object> fixture = new LinkedHashMap<>();
    fixture.put("fields", fields);
    fixture.put("identifiers", identifiers);
    return JSON.indent("  ").toJson(fixture) + "\n";
  }
}
