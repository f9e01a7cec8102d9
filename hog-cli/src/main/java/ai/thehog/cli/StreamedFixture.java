package ai.thehog.cli;

import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The fixture written while an input is read: one identifier a line, so that memory does not grow with the rows. */
final class StreamedFixture implements AutoCloseable {
  private static final JsonAdapter<Object> JSON = HogJson.moshi().adapter(Object.class);

  private final Writer out;
  private final java.util.function.Consumer<Map<String, Object>> each;
  private boolean first = true;

  StreamedFixture(Path fixture, List<String> fields, java.util.function.Consumer<Map<String, Object>> each)
      throws IOException {
    this.each = each;
    if (fixture == null) {
      out = null;
      return;
    }
    out = new BufferedWriter(Files.newBufferedWriter(fixture, StandardCharsets.UTF_8), 64 * 1024);
    out.write("{\n  \"fields\": " + JSON.toJson(fields) + ",\n  \"identifiers\": [");
  }

  void add(Map<String, Object> identifier) throws IOException {
    if (each != null) {
      each.accept(identifier);
    }
    if (out == null) {
      return;
    }
    out.write(first ? "\n    " : ",\n    ");
    first = false;
    out.write(JSON.toJson(identifier));
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.write("\n  ]\n}\n");
      out.close();
    }
  }
}
