package ai.thehog.cli;

import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.BufferedSource;
import okio.Okio;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes the engine's enriched records in the input's format, atomically: CSV keeps the input's
 * columns and adds {@code hog.status}, {@code hog.error} and every data field flattened with dotted
 * names ({@code hog.contact.email}); JSON Lines writes each whole record, with the input line under
 * {@code input}; a fixture's enriched file is copied as the engine wrote it.
 */
final class EnrichedOutput {

  private static final JsonAdapter<Object> JSON = HogJson.moshi().adapter(Object.class);

  private EnrichedOutput() {
  }

  static void write(InputTable input, Path enriched, Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
    try {
      if (input.format == InputTable.Format.FIXTURE) {
        Files.copy(enriched, temporary, StandardCopyOption.REPLACE_EXISTING);
      } else {
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
          if (input.format == InputTable.Format.CSV) {
            csv(input, enriched, out);
          } else {
            try (Records records = new Records(enriched, input.size)) {
              input.eachRow((row, text) -> {
                if (row < 0) {
                  return;
                }
                // the input line as it was, byte for byte, then the record
                Map<String, Object> record = records.next();
                String rest = JSON.serializeNulls().toJson(record);
                out.write("{\"input\":" + text + (rest.length() > 2 ? "," + rest.substring(1) : "}"));
                out.write('\n');
              });
            }
          }
        }
      }
      try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The engine's enriched fixture, read one record at a time. */
  private static final class Records implements AutoCloseable {
    private final Path file;
    private final int expected;
    private final BufferedSource source;
    private final JsonReader reader;
    private int read;

    Records(Path file, int expected) throws IOException {
      this.file = file;
      this.expected = expected;
      this.source = Okio.buffer(Okio.source(file));
      this.reader = JsonReader.of(source);
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals("records")) {
          reader.beginArray();
          return;
        }
        reader.skipValue();
      }
      throw new IOException(file + ": no records");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> next() throws IOException {
      if (!reader.hasNext()) {
        throw new IOException(file + ": expected " + expected + " enriched records, found " + read);
      }
      read++;
      return (Map<String, Object>) JSON.fromJson(reader);
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  private static Map<String, String> flat(Map<String, Object> record) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("hog.status", String.valueOf(record.get("status")));
    Object error = record.get("error");
    values.put("hog.error", error == null ? "" : error instanceof Map<?, ?> map && map.get("message") != null
        ? String.valueOf(map.get("message")) : JSON.toJson(error));
    if (record.get("data") instanceof Map<?, ?> data) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) data;
      flatten("hog", fields, values);
    }
    return values;
  }

  /**
   * The input's header and rows as they were, each followed by the new columns: a first pass over
   * the engine's records finds every column, a second writes them.
   */
  private static void csv(InputTable input, Path enriched, Writer out) throws IOException {
    Set<String> columns = new LinkedHashSet<>(List.of("hog.status", "hog.error"));
    try (Records records = new Records(enriched, input.size)) {
      for (int i = 0; i < input.size; i++) {
        columns.addAll(flat(records.next()).keySet());
      }
    }
    // print(value, out, false) writes the delimiter, then the value quoted as RFC 4180 needs
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("").get();
    try (Records records = new Records(enriched, input.size)) {
      input.eachRow((row, text) -> {
        StringBuilder line = new StringBuilder(text);
        Map<String, String> values = row < 0 ? null : flat(records.next());
        for (String column : columns) {
          format.print(row < 0 ? column : values.getOrDefault(column, ""), line, false);
        }
        out.write(line.toString());
        out.write('\n');
      });
    }
  }

  /** Nested objects become dotted names; lists are kept whole as JSON text; numbers print exactly. */
  private static void flatten(String prefix, Map<String, Object> map, Map<String, String> into) {
    map.forEach((key, value) -> {
      String name = prefix + "." + key;
      if (value instanceof Map<?, ?> nested) {
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) nested;
        flatten(name, inner, into);
      } else if (value instanceof List<?>) {
        into.put(name, JSON.toJson(value));
      } else {
        into.put(name, value == null ? "" : String.valueOf(value));
      }
    });
  }
}
