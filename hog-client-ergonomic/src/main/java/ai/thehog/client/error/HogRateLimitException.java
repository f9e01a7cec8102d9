package ai.thehog.client.error;

import ai.thehog.model.ErrorResponse;
import java.time.Duration;
import java.util.Optional;

/** 429: the rate limit was exceeded and retries were exhausted or the wait exceeded the time allowed. */
public class HogRateLimitException extends HogApiException {

  private static final long serialVersionUID = 1L;

  /** The Retry-After the API sent, or null when it sent none. */
  private final Duration retryAfter;

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
