package ai.thehog.client.error;

import ai.thehog.model.Operation;

/**
 * A wait on an operation was stopped by {@code stopWaiting()} before the operation ended. The
 * operation goes on on the server (the API has no cancel): wait again, or resume it later with
 * {@link #operationId()}.
 */
public class HogWaitStoppedException extends HogOperationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param operationId the operation's id
   * @param requestId the request id to quote to support, or null
   * @param operation the operation's last state, or null
   */
  public HogWaitStoppedException(String message, String operationId, String requestId, Operation operation) {
    super(message, operationId, requestId, operation);
  }
}
