package ai.thehog.cli;

import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
 * An input file read, row by row, into the fixture the engine enriches: CSV (with a header row),
 * JSON Lines (one object a line) or the Maven plugin's JSON fixture (read by the engine itself).
 * Nothing is held per row but where it starts and on which line, so files of any length fit in a
 * small heap; the enriched file is written by reading the input again, each row's own text copied
 * as it was (quotes, spaces and all).
 */
final class InputTable {

  /** The identifier keys the API accepts. */
  static final List<String> IDENTIFIER_KEYS = List.of("email", "linkedin_url", "x_handle", "github_username");
  private static final JsonAdapter<Object> JSON = HogJson.moshi().adapter(Object.class);
  private static final int MAX_LISTED = 20;

  enum Format { CSV, JSONL, FIXTURE }

  final Path file;
  final Format format;
  final Charset charset;
  /** CSV: the header's names. */
  final List<String> header;
  /** Rows read (CSV, JSONL). */
  final int size;
  /** CSV: where each row starts, in characters after any byte-order mark. */
  private final long[] starts;
  /** Each row's 1-based line in the file. */
  private final long[] lines;

  private InputTable(Path file, Format format, Charset charset, List<String> header, int size, long[] starts,
      long[] lines) {
    this.file = file;
    this.format = format;
    this.charset = charset;
    this.header = header;
    this.size = size;
    this.starts = starts;
    this.lines = lines;
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

  /** The 1-based line of row {@code index} (from 0). */
  long line(long index) {
    return lines[(int) index];
  }

  /**
   * Reads {@code file}, writing its identifiers as a fixture asking for {@code fields} to
   * {@code fixture} (CSV and JSON Lines; null to only read). {@code columns} maps an identifier key
   * to the column (CSV) or property (JSONL) holding it; unmapped keys are looked up under their own
   * name. {@code encoding} null means UTF-8, checked first so that a file in another encoding is
   * refused naming its line.
   */
  static InputTable read(Path file, Map<String, String> columns, Charset encoding, List<String> fields, Path fixture)
      throws BadInputException, IOException {
    return read(file, columns, encoding, fields, fixture, null);
  }

  /** As {@link #read(Path, Map, Charset, List, Path)}, also giving each identifier to {@code each} (not null). */
  static InputTable read(Path file, Map<String, String> columns, Charset encoding, List<String> fields, Path fixture,
      java.util.function.Consumer<Map<String, Object>> each) throws BadInputException, IOException {
    for (String key : columns.keySet()) {
      if (!IDENTIFIER_KEYS.contains(key)) {
        throw new BadInputException("--column " + key + "=...: not an identifier key; use one of " + IDENTIFIER_KEYS);
      }
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": no such file");
    }
    Format format = formatOf(file);
    if (format == Format.FIXTURE) {
      return new InputTable(file, format, StandardCharsets.UTF_8, List.of(), 0, new long[0], new long[0]);
    }
    Charset charset = encoding != null ? encoding : StandardCharsets.UTF_8;
    if (encoding == null) {
      InputEncoding.checkUtf8(file);
    }
    try (StreamedFixture out = new StreamedFixture(fixture, fields, each)) {
      return format == Format.CSV ? csv(file, charset, columns, out) : jsonLines(file, charset, columns, out);
    }
  }


  private static InputTable csv(Path file, Charset charset, Map<String, String> columns, StreamedFixture out)
      throws BadInputException, IOException {
    List<String> problems = new ArrayList<>();
    int[] problemCount = {0};
    LongList starts = new LongList();
    LongList lines = new LongList();
    List<String> header;
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setTrim(false).get();
    try (Reader reader = InputEncoding.open(file, charset); CSVParser parser = CSVParser.parse(reader, format)) {
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
      for (CSVRecord record : (Iterable<CSVRecord>) parser::iterator) {
        // the line the record ends on, less the line breaks inside its quoted values (blank lines before
        // it are skipped, so counting records would name the wrong line)
        long recordLine = parser.getCurrentLineNumber();
        for (String value : record) {
          recordLine -= value.chars().filter(c -> c == '\n').count();
        }
        if (record.size() != header.size()) {
          problem(problems, problemCount, file + ":" + recordLine + ": " + record.size() + " value(s), the header has "
              + header.size() + " column(s)");
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
          problem(problems, problemCount, file + ":" + recordLine + ": no identifier in this row (" + index.keySet()
              + " are empty)");
          continue;
        }
        starts.add(record.getCharacterPosition());
        lines.add(recordLine);
        out.add(identifier);
      }
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        throw new BadInputException(file + ": not " + charset.name() + " text; name its encoding with --encoding.");
      }
      String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
          : e.getMessage();
      throw new BadInputException(file + ": not valid CSV: " + message);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new BadInputException(file + ": not " + charset.name() + " text; name its encoding with --encoding.");
    }
    fail(problems, problemCount[0]);
    return new InputTable(file, Format.CSV, charset, header, starts.size(), starts.toArray(), lines.toArray());
  }

  private static void problem(List<String> problems, int[] count, String problem) {
    count[0]++;
    if (problems.size() < MAX_LISTED) {
      problems.add(problem);
    }
  }

  private static int indexOf(List<String> header, String column) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(column)) {
        return i;
      }
    }
    return -1;
  }

  private static InputTable jsonLines(Path file, Charset charset, Map<String, String> columns, StreamedFixture out)
      throws BadInputException, IOException {
    List<String> problems = new ArrayList<>();
    int[] problemCount = {0};
    LongList lines = new LongList();
    try (BufferedReader reader = new BufferedReader(InputEncoding.open(file, charset))) {
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
          problem(problems, problemCount, file + ":" + line + ": not a JSON object (" + e.getMessage() + ")");
          continue;
        }
        if (!(value instanceof Map<?, ?> object)) {
          problem(problems, problemCount, file + ":" + line + ": not a JSON object");
          continue;
        }
        Map<String, Object> identifier = new LinkedHashMap<>();
        for (String key : IDENTIFIER_KEYS) {
          Object found = object.get(columns.getOrDefault(key, key));
          if (found instanceof String s && !s.isBlank()) {
            identifier.put(key, s.strip());
          } else if (found != null && !(found instanceof String)) {
            problem(problems, problemCount, file + ":" + line + ": " + columns.getOrDefault(key, key)
                + " must be a string");
          }
        }
        if (identifier.isEmpty()) {
          problem(problems, problemCount, file + ":" + line + ": no identifier on this line (one of "
              + IDENTIFIER_KEYS + ")");
          continue;
        }
        lines.add(line);
        out.add(identifier);
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new BadInputException(file + ": not " + charset.name() + " text; name its encoding with --encoding.");
    }
    fail(problems, problemCount[0]);
    return new InputTable(file, Format.JSONL, charset, List.of(), lines.size(), new long[0], lines.toArray());
  }

  private static void fail(List<String> problems, int count) throws BadInputException {
    if (count == 0) {
      return;
    }
    throw new BadInputException(count + " bad row(s), nothing was sent:\n  " + String.join("\n  ", problems)
        + (count > problems.size() ? "\n  and " + (count - problems.size()) + " more" : ""));
  }

  /** Calls {@code each} with the text of every row, as it is in the file, without its line break. */
  void eachRow(RowConsumer each) throws IOException {
    try (Reader reader = InputEncoding.open(file, charset)) {
      if (format == Format.JSONL) {
        BufferedReader lineReader = new BufferedReader(reader);
        String text;
        int row = 0;
        while ((text = lineReader.readLine()) != null) {
          if (!text.isBlank()) {
            each.accept(row++, text);
          }
        }
        return;
      }
      CharReader chars = new CharReader(reader);
      each.accept(-1, strip(chars.upTo(size > 0 ? starts[0] : Long.MAX_VALUE)));
      for (int row = 0; row < size; row++) {
        each.accept(row, strip(chars.upTo(row + 1 < size ? starts[row + 1] : Long.MAX_VALUE)));
      }
    }
  }

  /** A row's text without the line breaks (and blank lines) around it. */
  private static String strip(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && (text.charAt(from) == '\n' || text.charAt(from) == '\r')) {
      from++;
    }
    while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) {
      to--;
    }
    return text.substring(from, to);
  }

  /** Receives a row's text; row -1 is the CSV header. */
  interface RowConsumer {
    void accept(int row, String text) throws IOException;
  }

  /** Reads a text in consecutive ranges of characters. */
  private static final class CharReader {
    private final Reader reader;
    private long position;

    CharReader(Reader reader) {
      this.reader = reader;
    }

    String upTo(long end) throws IOException {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      while (position < end) {
        int read = reader.read(buffer, 0, (int) Math.min(buffer.length, end - position));
        if (read < 0) {
          break;
        }
        text.append(buffer, 0, read);
        position += read;
      }
      return text.toString();
    }
  }

}
