package ai.thehog.client.error;

import ai.thehog.model.ErrorResponse;

/** 400 Bad Request or 422 Unprocessable Entity: the request is invalid (see {@link #validationErrors()}), or an Idempotency-Key was reused with a different body. */
public class HogInvalidRequestException extends HogApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param statusCode the HTTP status
   * @param requestId the request id to quote to support, or null
   * @param errorBody the API's error body, or null
   */
  public HogInvalidRequestException(String message, int statusCode, String requestId, ErrorResponse errorBody) {
    super(message, statusCode, requestId, errorBody);
  }
}
