package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cursor pagination of the list endpoints: {@code {data, next_cursor}}, the cursor naming the last item
 * of the previous page. An unknown cursor answers 400.
 */
final class Pages {

  static final int DEFAULT_LIMIT = 20;

  private Pages() {
  }

  /** The {@code limit} query parameter (already checked against the spec's range), or the default. */
  static int limit(Call call) {
    String limit = call.query.get("limit");
    if (limit == null || limit.isBlank()) {
      return DEFAULT_LIMIT;
    }
    return Math.max(1, Math.min(200, Integer.parseInt(limit.trim())));
  }

  /**
   * One page of {@code items} (already filtered and ordered) after the call's {@code cursor}; 400 when the
   * cursor names no item.
   */
  static <T> ApiResponse page(Call call, List<T> items, Function<T, String> id, Function<T, Object> view) {
    String cursor = call.query.get("cursor");
    int from = 0;
    if (cursor != null && !cursor.isEmpty()) {
      from = -1;
      for (int i = 0; i < items.size(); i++) {
        if (cursorOf(id.apply(items.get(i))).equals(cursor)) {
          from = i + 1;
          break;
        }
      }
      if (from < 0) {
        return call.badRequest(List.of(new ApiErrors.FieldError("cursor",
            "cursor '" + cursor + "' is not a next_cursor of this list.", Map.of("isValid", "a next_cursor"))));
      }
    }
    int limit = limit(call);
    int to = Math.min(items.size(), from + limit);
    List<Object> data = new ArrayList<>();
    for (T item : items.subList(from, to)) {
      data.add(view.apply(item));
    }
    String next = to < items.size() && to > from ? cursorOf(id.apply(items.get(to - 1))) : null;
    return ApiResponse.json(200, Json.obj("data", data, "next_cursor", next));
  }

  static String cursorOf(String id) {
    return "cur_" + id;
  }
}
