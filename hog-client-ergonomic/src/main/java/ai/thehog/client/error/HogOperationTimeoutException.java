package ai.thehog.client.error;

import ai.thehog.model.Operation;
import java.util.List;

/**
 * The deadline passed before the operation ended. The operation goes on on the server: wait again
 * with the same handle, or resume it later from its id.
 */
public class HogOperationTimeoutException extends HogOperationException {

  private static final long serialVersionUID = 1L;

  /** The operations that had not ended, in the order given. */
  private final List<String> unfinishedOperationIds;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param operationId the operation's id
   * @param requestId the request id to quote to support, or null
   * @param operation the operation's last state, or null
   */
  public HogOperationTimeoutException(String message, String operationId, String requestId, Operation operation) {
    this(message, operationId, requestId, operation, List.of(operationId));
  }

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param operationId the operation's id
   * @param requestId the request id to quote to support, or null
   * @param operation the operation's last state, or null
   * @param unfinishedOperationIds the ids of the operations that did not end
   */
  public HogOperationTimeoutException(String message, String operationId, String requestId, Operation operation,
      List<String> unfinishedOperationIds) {
    super(message, operationId, requestId, operation);
    this.unfinishedOperationIds = List.copyOf(unfinishedOperationIds);
  }

  /**
   * The operations that had not ended: this one, or every one that {@link ai.thehog.client.operation.HogOperation#awaitAll}
   * still waited for, in the order given.
   *
   * @return the operation ids
   */
  public List<String> unfinishedOperationIds() {
    return unfinishedOperationIds;
  }
}
