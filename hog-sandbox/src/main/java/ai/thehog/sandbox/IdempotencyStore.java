package ai.thehog.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Responses remembered per access key and Idempotency-Key. Guarded by the sandbox's lock. */
final class IdempotencyStore {

  record Entry(String route, Object body, ApiResponse response) {
    /** Same route and same JSON value (key order and whitespace do not matter). */
    boolean sameRequest(String otherRoute, Object otherBody) {
      return route.equals(otherRoute) && Objects.equals(body, otherBody);
    }
  }

  private final Map<String, Entry> entries = new HashMap<>();

  Entry find(String accessKey, String key) {
    return entries.get(accessKey + "\n" + key);
  }

  void remember(String accessKey, String key, Entry entry) {
    entries.put(accessKey + "\n" + key, entry);
  }

  void clear() {
    entries.clear();
  }
}
