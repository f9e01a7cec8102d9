package ai.thehog.client.error;

import ai.thehog.model.ErrorResponse;

/** 402: the request would exceed the plan limit or the credit balance. */
public class HogPaymentRequiredException extends HogApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param statusCode the HTTP status
   * @param requestId the request id to quote to support, or null
   * @param errorBody the API's error body, or null
   */
  public HogPaymentRequiredException(String message, int statusCode, String requestId, ErrorResponse errorBody) {
    super(message, statusCode, requestId, errorBody);
  }
}
