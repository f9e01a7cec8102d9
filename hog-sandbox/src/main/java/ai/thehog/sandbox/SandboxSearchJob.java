package ai.thehog.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A search job of {@code /api/v1/search}. Like {@link SandboxOperation} its state is computed at each
 * read from the sandbox time elapsed: queued for the first 10% of the duration, then processing, then
 * succeeded (with results) or failed (with {@code error{message, retryable}}).
 */
record SandboxSearchJob(String id, String accessKey, String type, String query, Instant createdAt, boolean fails,
    List<Object> results) {

  /** The SearchJob body after {@code elapsed} ms of sandbox time, for a job lasting {@code duration} ms. */
  Map<String, Object> view(long elapsed, long duration, Instant completedAt) {
    long d = Math.max(1, duration);
    String status = elapsed < d / 10 ? "queued" : elapsed < d ? "processing" : fails ? "failed" : "succeeded";
    boolean succeeded = status.equals("succeeded");
    // Optional keys without a value are left out, not sent as null: the official SDK types them
    // optional but not nullable (a finished job's `error: null` fails its parsing).
    Map<String, Object> view = Json.obj("id", id, "status", status, "type", type, "query", query,
        "poll_url", SearchJobHandlers.PREFIX + id,
        "results", succeeded ? results : null,
        "total_results", succeeded ? (long) results.size() : null,
        "error", fails && status.equals("failed")
            ? Json.obj("message", "The search provider returned no results for the given input.", "retryable", false)
            : null,
        "created_at", createdAt.toString(),
        "completed_at", succeeded || status.equals("failed") ? completedAt.toString() : null);
    view.entrySet().removeIf(e -> e.getValue() == null && !e.getKey().equals("query"));
    return view;
  }
}
