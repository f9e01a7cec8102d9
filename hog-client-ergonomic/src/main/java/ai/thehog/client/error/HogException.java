package ai.thehog.client.error;

import ai.thehog.client.internal.Messages;

/**
 * Root of every exception the client throws (besides {@link IllegalArgumentException} and
 * {@link IllegalStateException} for bad input, raised before anything is sent). Messages never
 * contain secrets and always say what to do next.
 */
public class HogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The API's request id, or null when it sent none. */
  private final String requestId;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param requestId the request id to quote to support, or null
   * @param cause the cause, or null
   */
  public HogException(String message, String requestId, Throwable cause) {
    super(message, cause);
    this.requestId = requestId;
  }

  /**
   * The request id to quote to The Hog's support, when the API sent one; may be null.
   *
   * @return the request id to quote to The Hog's support, when the API sent one; may be null
   */
  public String requestId() {
    return requestId;
  }
}
