package ai.thehog.client;

import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Chooses the Idempotency-Key of a call; a null key lets the transport draw a random one. */
final class IdempotencyKeys {

  private static final JsonAdapter<Object> JSON = HogJson.moshi().adapter(Object.class);

  private IdempotencyKeys() {
  }

  /**
   * The key for {@code body} sent to {@code path}: the caller's (with {@code part} appended when the
   * call is split, e.g. batches), a derived one, or null for a random one.
   */
  static String choose(RequestOptions options, String path, Object body, Integer part) {
    if (options.idempotencyKey() != null) {
      return part == null ? options.idempotencyKey() : options.idempotencyKey() + "-" + part;
    }
    if (options.deterministicIdempotencyKey()) {
      return derive(path, body);
    }
    return null;
  }

  /** {@code hog-} and the SHA-256 of the path and the canonical JSON of {@code body}. */
  static String derive(String path, Object body) {
    String canonical = canonicalJson(body);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(path.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(canonical.getBytes(StandardCharsets.UTF_8));
      return "hog-" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The JSON HogJson writes for {@code body}, with object keys sorted at every depth. */
  static String canonicalJson(Object body) {
    return JSON.toJson(sorted(JSON.toJsonValue(body)));
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
    if (value instanceof Number number && !(number instanceof Double) && !(number instanceof Float)) {
      return number;
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      // toJsonValue turns every number into a Double; keep integral ones integral.
      return d.longValue();
    }
    return value;
  }
}
