package ai.thehog.model.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Wraps Moshi's record adapter for {@link OpenObject} records: named properties go to their
 * components, every other property to {@code additionalProperties}, and back out on writing.
 */
final class OpenObjectJsonAdapterFactory implements JsonAdapter.Factory {

  static final String COMPONENT = "additionalProperties";

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!annotations.isEmpty() || !raw.isRecord() || !OpenObject.class.isAssignableFrom(raw)) {
      return null;
    }
    Set<String> named = new LinkedHashSet<>();
    for (RecordComponent component : raw.getRecordComponents()) {
      if (!component.getName().equals(COMPONENT)) {
        Json json = component.getAnnotation(Json.class);
        named.add(json != null ? json.name() : component.getName());
      }
    }
    JsonAdapter<Object> records = moshi.nextAdapter(this, type, annotations);
    JsonAdapter<Object> values = moshi.adapter(Object.class);
    return new Adapter(raw, named, records, values).nullSafe();
  }

  private static final class Adapter extends JsonAdapter<Object> {
    private final Class<?> type;
    private final Set<String> named;
    private final JsonAdapter<Object> records;
    private final JsonAdapter<Object> values;

    Adapter(Class<?> type, Set<String> named, JsonAdapter<Object> records, JsonAdapter<Object> values) {
      this.type = type;
      this.named = named;
      this.records = records;
      this.values = values;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw new JsonDataException("Expected an object for " + type.getSimpleName() + " but was "
            + reader.peek() + " at " + reader.getPath());
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> all = (Map<String, Object>) values.fromJson(reader);
      Map<String, Object> known = new LinkedHashMap<>();
      Map<String, Object> extra = new LinkedHashMap<>();
      for (Map.Entry<String, Object> entry : all.entrySet()) {
        (named.contains(entry.getKey()) ? known : extra).put(entry.getKey(), entry.getValue());
      }
      OpenObject<?> record = (OpenObject<?>) records.fromJsonValue(known);
      return record.withAdditionalProperties(extra);
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      @SuppressWarnings("unchecked")
      Map<String, Object> out = (Map<String, Object>) records.toJsonValue(value);
      out.remove(COMPONENT);
      for (Map.Entry<String, Object> entry : ((OpenObject<?>) value).additionalProperties().entrySet()) {
        out.putIfAbsent(entry.getKey(), entry.getValue());
      }
      values.toJson(writer, out);
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + type.getSimpleName() + ", open)";
    }
  }
}
