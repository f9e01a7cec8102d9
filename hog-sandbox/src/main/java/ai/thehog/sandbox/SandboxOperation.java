package ai.thehog.sandbox;

import java.time.Instant;
import java.util.Map;

/**
 * A long-running operation. Its state is not stored but computed at each read from the sandbox time
 * elapsed since creation: queued for the first 10% of the duration, then processing (progress null
 * until 25%, then rising 1..99), then the terminal outcome. A cancelled operation stops at half way.
 */
final class SandboxOperation {

  enum Outcome { SUCCEEDED, FAILED, PARTIAL_SUCCESS, CANCELLED }

  private final String id;
  private final String accessKey;
  private final Instant createdAt;
  private final Outcome outcome;
  private final Map<String, Object> result;
  private final String errorMessage;

  SandboxOperation(String id, String accessKey, Instant createdAt, Outcome outcome, Map<String, Object> result,
      String errorMessage) {
    this.id = id;
    this.accessKey = accessKey;
    this.createdAt = createdAt;
    this.outcome = outcome;
    this.result = result;
    this.errorMessage = errorMessage;
  }

  String id() {
    return id;
  }

  String accessKey() {
    return accessKey;
  }

  Instant createdAt() {
    return createdAt;
  }

  /** The Operation body after {@code elapsed} ms of sandbox time, for an operation lasting {@code duration} ms. */
  Map<String, Object> view(long elapsed, long duration) {
    long d = Math.max(1, duration);
    if (outcome == Outcome.CANCELLED && elapsed >= d / 2) {
      return body("cancelled", null, null, "The operation was cancelled before completion.");
    }
    if (elapsed < d / 10) {
      return body("queued", null, null, null);
    }
    if (elapsed < d) {
      Long progress = null;
      if (elapsed >= d / 4) {
        progress = Math.max(1, Math.min(99, (elapsed - d / 10) * 100 / (d - d / 10)));
      }
      return body("processing", progress, null, null);
    }
    switch (outcome) {
      case SUCCEEDED:
        return body("succeeded", 100L, result, null);
      case PARTIAL_SUCCESS:
        return body("partial_success", 100L, result, errorMessage);
      case FAILED:
        return body("failed", null, null, errorMessage);
      default:
        throw new IllegalStateException("unreachable: " + outcome);
    }
  }

  private Map<String, Object> body(String status, Long progress, Map<String, Object> result, String error) {
    return Json.obj("id", id, "status", status, "progress", progress, "result", result,
        "error", error == null ? null : Json.obj("message", error));
  }
}
