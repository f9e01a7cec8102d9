package ai.thehog.cli;

import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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

  @SuppressWarnings("unchecked")
  static void write(InputTable input, Path enriched, Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
    try {
      if (input.format == InputTable.Format.FIXTURE) {
        Files.copy(enriched, temporary, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Map<String, Object> file = (Map<String, Object>) JSON.fromJson(Files.readString(enriched, StandardCharsets.UTF_8));
        List<Map<String, Object>> records = (List<Map<String, Object>>) file.get("records");
        if (records == null || records.size() != input.rows.size()) {
          throw new IOException(enriched + ": expected " + input.rows.size() + " enriched records");
        }
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
          if (input.format == InputTable.Format.CSV) {
            csv(input, records, out);
          } else {
            for (int i = 0; i < records.size(); i++) {
              Map<String, Object> line = new LinkedHashMap<>();
              line.put("input", input.rows.get(i));
              line.putAll(records.get(i));
              out.write(JSON.serializeNulls().toJson(line));
              out.write('\n');
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

  @SuppressWarnings("unchecked")
  private static void csv(InputTable input, List<Map<String, Object>> records, Writer out) throws IOException {
    List<Map<String, String>> flat = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>(List.of("hog.status", "hog.error"));
    for (Map<String, Object> record : records) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("hog.status", String.valueOf(record.get("status")));
      Object error = record.get("error");
      values.put("hog.error", error == null ? "" : error instanceof Map<?, ?> map && map.get("message") != null
          ? String.valueOf(map.get("message")) : JSON.toJson(error));
      if (record.get("data") instanceof Map<?, ?> data) {
        flatten("hog", (Map<String, Object>) data, values);
      }
      columns.addAll(values.keySet());
      flat.add(values);
    }
    List<String> header = new ArrayList<>(input.header);
    header.addAll(columns);
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      printer.printRecord(header);
      for (int i = 0; i < records.size(); i++) {
        List<String> row = new ArrayList<>((List<String>) input.rows.get(i));
        for (String column : columns) {
          row.add(flat.get(i).getOrDefault(column, ""));
        }
        printer.printRecord(row);
      }
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
