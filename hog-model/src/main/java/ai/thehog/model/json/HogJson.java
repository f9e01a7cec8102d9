package ai.thehog.model.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Moshi configuration every module of the SDK uses for the API's JSON.
 *
 * <ul>
 *   <li>records decode by their canonical constructor under any class loader, ignoring unknown fields;
 *   <li>a required component ({@link Required}) missing or null fails the read, naming its JSON path;
 *   <li>records of open schemas keep unknown fields in {@code additionalProperties};
 *   <li>enumerations keep unknown values ({@link OpenEnum});
 *   <li>free-form data keeps numbers exact: integers stay integral.
 * </ul>
 */
public final class HogJson {

  private static final Moshi MOSHI = configure(new Moshi.Builder()).build();

  private HogJson() {
  }

  private static final JsonAdapter<Object> VALUES = MOSHI.adapter(Object.class);

  /**
   * The shared, thread-safe instance.
   *
   * @return a Moshi that reads and writes every record of this package
   */
  public static Moshi moshi() {
    return MOSHI;
  }

  /**
   * Adds the SDK's adapters to {@code builder}, for callers who register adapters of their own;
   * adapters added to the builder before this call take precedence.
   *
   * @param builder the caller's builder
   * @return {@code builder}, for chaining
   */
  public static Moshi.Builder configure(Moshi.Builder builder) {
    return builder
        .add(FreeFormJsonAdapter.FACTORY)
        .add(new OpenEnumJsonAdapterFactory())
        .add(new RecordJsonAdapterFactory());
  }

  /**
   * The canonical JSON of {@code value} (a record, map, list or plain value): object keys sorted at
   * every depth, no whitespace, integral numbers written as integers. Equal data gives equal text
   * whatever the key order, so it can be hashed into keys (idempotency keys, cache keys).
   *
   * @param value a record, map, list or plain value
   * @return its canonical JSON text
   */
  public static String canonicalJson(Object value) {
    return VALUES.toJson(sorted(VALUES.toJsonValue(value)));
  }

  private static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new TreeMap<>();
      map.forEach((k, v) -> result.put(String.valueOf(k), sorted(v)));
      return result;
    }
    if (value instanceof List<?> list) {
      List<Object> result = new ArrayList<>(list.size());
      list.forEach(v -> result.add(sorted(v)));
      return result;
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      // A JSON value tree may hold integral numbers as doubles; write them as integers.
      return d.longValue();
    }
    return value;
  }
}
