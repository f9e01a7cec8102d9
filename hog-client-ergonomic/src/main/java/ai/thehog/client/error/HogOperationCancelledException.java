package ai.thehog.client.error;

import ai.thehog.model.Operation;

/** The operation ended with status {@code cancelled}. */
public class HogOperationCancelledException extends HogOperationException {

  private static final long serialVersionUID = 1L;

  public HogOperationCancelledException(String message, String operationId, String requestId, Operation operation) {
    super(message, operationId, requestId, operation);
  }
}
