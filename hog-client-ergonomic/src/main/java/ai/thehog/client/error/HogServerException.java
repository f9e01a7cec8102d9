package ai.thehog.client.error;

import ai.thehog.model.ErrorResponse;

/** 5xx: the API failed; retries were exhausted. */
public class HogServerException extends HogApiException {

  private static final long serialVersionUID = 1L;

  public HogServerException(String message, int statusCode, String requestId, ErrorResponse errorBody) {
    super(message, statusCode, requestId, errorBody);
  }
}
