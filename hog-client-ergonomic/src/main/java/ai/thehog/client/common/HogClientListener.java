package ai.thehog.client.common;

import ai.thehog.model.OperationStatus;
import java.time.Duration;

/**
 * Told what a {@link ai.thehog.client.HogClient} does, for metrics (the {@code hog-micrometer} module binds it to
 * Micrometer) or logs; set with {@link ai.thehog.client.HogClientBuilder#listener(HogClientListener)}. Every method
 * has a no-op default, so an implementation overrides only what it needs.
 *
 * <p>An operation is named by its HTTP method and the path template the API declares, e.g.
 * {@code POST /api/enrichments} or {@code GET /api/operations/{id}}; a poll of an operation's pollUrl
 * is {@code GET {pollUrl}}. Names never carry an id, an identifier, a key or a concrete path. Durations
 * are in the client's time (real time, unless the client follows a time-scaled sandbox).
 *
 * <p>Methods are called on the thread doing the work, possibly on several threads at once: they must
 * be thread-safe and quick. An exception they throw is logged and ignored; it never fails a call.
 */
public interface HogClientListener {

  /**
   * One HTTP attempt ended: its answer's status and headers came, or none did (connection failure,
   * timeout). A body cut off after its status counts as that status here and is retried as a failure.
   *
   * @param operation the operation, e.g. {@code POST /api/enrichments}
   * @param statusCode the HTTP status; 0 when no answer came
   * @param duration from sending the attempt to its answer or failure (rate-limit wait excluded)
   */
  default void onAttempt(String operation, int statusCode, Duration duration) {
  }

  /**
   * A failed attempt will be retried after {@code wait}.
   *
   * @param operation the operation
   * @param attempt the number of the attempt that failed (1 for the first)
   * @param wait the backoff or the server's Retry-After
   */
  default void onRetry(String operation, int attempt, Duration wait) {
  }

  /**
   * An attempt waited for the client's rate limiter (called for each slot, also when it waited nothing,
   * and when no slot came before the call's deadline).
   *
   * @param bucket {@link HogRateLimiter#REQUESTS} or {@link HogRateLimiter#POLLS}
   * @param waited how long the attempt waited for its slot
   * @param acquired false when no slot came before the call's deadline (the attempt was not sent)
   */
  default void onRateLimitWait(String bucket, Duration waited, boolean acquired) {
  }

  /**
   * The API stated the credits of a call: an estimate before it runs (a 202's {@code meta.estimatedCost},
   * or {@code meta.cost.estimated}) and/or what it charged ({@code meta.cost.actual}).
   *
   * @param operation the operation
   * @param estimated the estimated credits; null when not stated
   * @param actual the credits charged; null when not stated
   */
  default void onCredits(String operation, Long estimated, Long actual) {
  }

  /**
   * A long-running operation was seen in a terminal status by a poll of this client.
   *
   * @param operation the operation that started it, e.g. {@code POST /api/enrichments}; {@code resumed}
   *     when this client resumed it by id or pollUrl
   * @param status {@code succeeded}, {@code partial_success}, {@code failed} or {@code cancelled}
   * @param polls how many polls this client sent for it
   * @param duration from its 202 (or from resuming it) to the poll that saw it end
   */
  default void onOperationEnded(String operation, OperationStatus status, int polls, Duration duration) {
  }
}
