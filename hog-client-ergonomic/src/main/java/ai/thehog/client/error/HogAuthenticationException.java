package ai.thehog.client.error;

import ai.thehog.model.ErrorResponse;

/** 401: the credentials are missing or wrong. */
public class HogAuthenticationException extends HogApiException {

  private static final long serialVersionUID = 1L;

  public HogAuthenticationException(String message, int statusCode, String requestId, ErrorResponse errorBody) {
    super(message, statusCode, requestId, errorBody);
  }
}
