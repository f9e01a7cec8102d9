package ai.thehog.client;

import ai.thehog.model.OperationStatus;
import java.util.OptionalInt;

/**
 * One observation of a long-running operation.
 *
 * @param operationId the operation
 * @param status its status (may be a value this SDK does not know)
 * @param percent completion 0-100, or null when the API does not track it yet
 */
public record Progress(String operationId, OperationStatus status, Integer percent) {

  /** Completion 0-100, or empty when unknown. */
  public OptionalInt percentage() {
    return percent == null ? OptionalInt.empty() : OptionalInt.of(percent);
  }
}
