package ai.thehog.sandbox;

import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes free-form API JSON with {@link HogJson#moshi()}, keeping nulls. */
final class Json {

  private static final JsonAdapter<Object> ADAPTER = HogJson.moshi().adapter(Object.class).serializeNulls();

  private Json() {
  }

  static String write(Object value) {
    return ADAPTER.toJson(value);
  }

  /** Parses JSON; throws IOException (or a JsonDataException) when it is not JSON. */
  static Object read(String json) throws IOException {
    return ADAPTER.fromJson(json);
  }

  /** An insertion-ordered map from alternating keys and values; null values are kept. */
  static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
