package ai.thehog.model.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes free-form JSON ({@code Object}, and through Moshi's collection adapters
 * {@code Map<String, Object>} and {@code List<Object>}) into maps, lists, strings, booleans and
 * numbers that keep their exact value: {@code 1} stays {@code 1L}, a 20-digit id stays whole.
 * Moshi's own adapter would turn every number into a {@code Double}. Nulls inside free-form data
 * are written back too, so that data read and written again is what the API sent.
 */
final class FreeFormJsonAdapter extends JsonAdapter<Object> {

  static final JsonAdapter.Factory FACTORY = (type, annotations, moshi) ->
      type == Object.class && annotations.isEmpty() ? new FreeFormJsonAdapter(moshi) : null;

  private final Moshi moshi;

  private FreeFormJsonAdapter(Moshi moshi) {
    this.moshi = moshi;
  }

  @Override
  public Object fromJson(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          Object value = fromJson(reader);
          Object replaced = map.put(name, value);
          if (replaced != null) {
            throw new JsonDataException("Duplicate key '" + name + "' with values " + replaced + " and "
                + value + " at " + reader.getPath());
          }
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY: {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(fromJson(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING:
        return reader.nextString();
      case NUMBER: {
        String literal = reader.nextString();
        try {
          return JsonNumbers.parse(literal);
        } catch (NumberFormatException e) {
          throw new JsonDataException("Not a JSON number: '" + literal + "' at " + reader.getPath());
        }
      }
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("Expected a value but was " + reader.peek() + " at " + reader.getPath());
    }
  }

  @Override
  public void toJson(JsonWriter writer, Object value) throws IOException {
    if (value == null) {
      // A null inside free-form data was sent by the API: keep it, whatever the writer's default.
      boolean serializeNulls = writer.getSerializeNulls();
      writer.setSerializeNulls(true);
      try {
        writer.nullValue();
      } finally {
        writer.setSerializeNulls(serializeNulls);
      }
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        toJson(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Collection<?> collection) {
      writer.beginArray();
      for (Object element : collection) {
        toJson(writer, element);
      }
      writer.endArray();
    } else if (value instanceof String string) {
      writer.value(string);
    } else if (value instanceof Boolean bool) {
      writer.value(bool.booleanValue());
    } else if (value instanceof Number number) {
      writer.value(number);
    } else {
      // A typed value placed in free-form data (e.g. a generated record): write it with its adapter.
      @SuppressWarnings("unchecked")
      JsonAdapter<Object> adapter = (JsonAdapter<Object>) moshi.adapter(Types.getRawType(value.getClass()));
      adapter.toJson(writer, value);
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(Object, exact numbers)";
  }
}
