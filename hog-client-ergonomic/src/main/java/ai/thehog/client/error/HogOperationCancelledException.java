package ai.thehog.client.error;

import ai.thehog.model.Operation;

/** The operation ended with status {@code cancelled}. */
public class HogOperationCancelledException extends HogOperationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param operationId the operation's id
   * @param requestId the request id to quote to support, or null
   * @param operation the operation's last state, or null
   */
  public HogOperationCancelledException(String message, String operationId, String requestId, Operation operation) {
    super(message, operationId, requestId, operation);
  }
}
