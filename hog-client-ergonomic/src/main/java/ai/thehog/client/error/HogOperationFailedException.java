package ai.thehog.client.error;

import ai.thehog.model.Operation;
import ai.thehog.model.OperationError;

/** The operation ended with status {@code failed}. */
public class HogOperationFailedException extends HogOperationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param operationId the operation's id
   * @param requestId the request id to quote to support, or null
   * @param operation the operation's last state, or null
   */
  public HogOperationFailedException(String message, String operationId, String requestId, Operation operation) {
    super(message, operationId, requestId, operation);
  }

  /**
   * The API's reason, or null when it gave none.
   *
   * @return the API's reason, or null when it gave none
   */
  public OperationError error() {
    return operation() == null ? null : operation().error();
  }
}
