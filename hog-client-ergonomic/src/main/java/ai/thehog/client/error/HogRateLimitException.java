package ai.thehog.client.error;

import ai.thehog.model.ErrorResponse;
import java.time.Duration;
import java.util.Optional;

/** 429: the rate limit was exceeded and retries were exhausted or the wait exceeded the time allowed. */
public class HogRateLimitException extends HogApiException {

  private static final long serialVersionUID = 1L;

  /** The Retry-After the API sent, or null when it sent none. */
  private final Duration retryAfter;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param requestId the request id to quote to support, or null
   * @param errorBody the API's error body, or null
   * @param retryAfter how long the API asked to wait, or null
   */
  public HogRateLimitException(String message, String requestId, ErrorResponse errorBody, Duration retryAfter) {
    super(message, 429, requestId, errorBody);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the API asked to wait (Retry-After), when it said.
   *
   * @return how long the API asked to wait (Retry-After), when it said
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
