package ai.thehog.client.error;

import ai.thehog.model.ErrorResponse;

/** 404: no such resource (for operations, an unknown or expired id). */
public class HogNotFoundException extends HogApiException {

  private static final long serialVersionUID = 1L;

  public HogNotFoundException(String message, int statusCode, String requestId, ErrorResponse errorBody) {
    super(message, statusCode, requestId, errorBody);
  }
}
