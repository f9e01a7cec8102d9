package ai.thehog.client.error;

import ai.thehog.model.ErrorResponse;

/** 404: no such resource (for operations, an unknown or expired id). */
public class HogNotFoundException extends HogApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param statusCode the HTTP status
   * @param requestId the request id to quote to support, or null
   * @param errorBody the API's error body, or null
   */
  public HogNotFoundException(String message, int statusCode, String requestId, ErrorResponse errorBody) {
    super(message, statusCode, requestId, errorBody);
  }
}
