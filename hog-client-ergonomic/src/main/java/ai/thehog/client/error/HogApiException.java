package ai.thehog.client.error;

import ai.thehog.model.ErrorResponse;
import ai.thehog.model.ValidationError;
import java.util.List;

/**
 * The API answered with an error status. Subtypes name the common cases; other statuses (403,
 * 409, ...) are thrown as this class.
 */
public class HogApiException extends HogException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status code of the answer. */
  private final int statusCode;
  private final transient ErrorResponse errorBody;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param statusCode the HTTP status
   * @param requestId the request id to quote to support, or null
   * @param errorBody the API's error body, or null
   */
  public HogApiException(String message, int statusCode, String requestId, ErrorResponse errorBody) {
    super(message, requestId, null);
    this.statusCode = statusCode;
    this.errorBody = errorBody;
  }

  /**
   * The HTTP status code.
   *
   * @return the HTTP status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The decoded error body, or null when the body was absent or not JSON.
   *
   * @return the decoded error body, or null when the body was absent or not JSON
   */
  public ErrorResponse errorBody() {
    return errorBody;
  }

  /**
   * The properties the API rejected (from {@code errors}); empty when none were named.
   *
   * @return the properties the API rejected (from {@code errors}); empty when none were named
   */
  public List<ValidationError> validationErrors() {
    return errorBody == null || errorBody.errors() == null ? List.of() : errorBody.errors();
  }
}
