package ai.thehog.client;

import ai.thehog.model.Operation;

/**
 * The deadline passed before the operation ended. The operation goes on on the server: wait again
 * with the same handle, or resume it later from its id.
 */
public class HogOperationTimeoutException extends HogOperationException {

  private static final long serialVersionUID = 1L;

  HogOperationTimeoutException(String message, String operationId, String requestId, Operation operation) {
    super(message, operationId, requestId, operation);
  }
}
