package ai.thehog.client.error;

import ai.thehog.model.ErrorResponse;

/** 402: the request would exceed the plan limit or the credit balance. */
public class HogPaymentRequiredException extends HogApiException {

  private static final long serialVersionUID = 1L;

  public HogPaymentRequiredException(String message, int statusCode, String requestId, ErrorResponse errorBody) {
    super(message, statusCode, requestId, errorBody);
  }
}
