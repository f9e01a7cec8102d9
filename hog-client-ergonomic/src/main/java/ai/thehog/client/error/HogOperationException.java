package ai.thehog.client.error;

import ai.thehog.model.Operation;

/** A long-running operation did not produce a result: failed, cancelled or timed out. */
public abstract class HogOperationException extends HogException {

  private static final long serialVersionUID = 1L;

  /** The operation's id. */
  private final String operationId;
  private final transient Operation operation;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param operationId the operation's id
   * @param requestId the request id to quote to support, or null
   * @param operation the operation's last state, or null
   */
  protected HogOperationException(String message, String operationId, String requestId, Operation operation) {
    super(message, requestId, null);
    this.operationId = operationId;
    this.operation = operation;
  }

  /**
   * The operation's id; keep it to resume with {@code client.operations().resume(id, ...)}.
   *
   * @return the operation's id; keep it to resume with {@code client.operations().resume(id, ...)}
   */
  public String operationId() {
    return operationId;
  }

  /**
   * The operation's last known state, or null when it was never read.
   *
   * @return the operation's last known state, or null when it was never read
   */
  public Operation operation() {
    return operation;
  }
}
