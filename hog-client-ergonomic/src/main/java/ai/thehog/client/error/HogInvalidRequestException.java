package ai.thehog.client.error;

import ai.thehog.model.ErrorResponse;

/** 400 Bad Request or 422 Unprocessable Entity: the request is invalid (see {@link #validationErrors()}), or an Idempotency-Key was reused with a different body. */
public class HogInvalidRequestException extends HogApiException {

  private static final long serialVersionUID = 1L;

  public HogInvalidRequestException(String message, int statusCode, String requestId, ErrorResponse errorBody) {
    super(message, statusCode, requestId, errorBody);
  }
}
