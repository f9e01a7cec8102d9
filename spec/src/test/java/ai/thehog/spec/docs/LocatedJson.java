package ai.thehog.spec.docs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A doc example parsed as JSON (the pages' {@code //} comments allowed), with the line of every
 * value: JSON pointer to the 1-based line of the example where its key (or the value) appears.
 */
final class LocatedJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private final JsonNode node;
  private final Map<String, Integer> lines;

  private LocatedJson(JsonNode node, Map<String, Integer> lines) {
    this.node = node;
    this.lines = lines;
  }

  /**
   * Parses an example.
   *
   * @throws JsonProcessingException when the text is not JSON; its location names the line
   */
  static LocatedJson parse(String text) throws JsonProcessingException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          pointer = p.getParsingContext().getParent() == null ? ""
              : p.getParsingContext().getParent().pathAsPointer().toString();
        }
        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return new LocatedJson(MAPPER.readTree(text), lines);
    } catch (JsonProcessingException e) {
      throw e;
    }
  }

  /** The parsed example. */
  JsonNode node() {
    return node;
  }

  /** The example without comments, as the API would send it. */
  String json() {
    return node.toString();
  }

  /** The example line of the value at a JSON pointer, or of its nearest enclosing value. */
  int lineOf(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.isEmpty()) {
        return 1;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** A JSON pointer written as a JSON path: {@code /data/0/id} becomes {@code $.data[0].id}. */
  static String path(String pointer) {
    StringBuilder sb = new StringBuilder("$");
    for (String raw : pointer.split("/")) {
      if (raw.isEmpty()) {
        continue;
      }
      String part = raw.replace("~1", "/").replace("~0", "~");
      if (part.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(part).append(']');
      } else {
        sb.append('.').append(part);
      }
    }
    return sb.toString();
  }
}
