package ai.thehog.client.operation;

import ai.thehog.client.common.Meta;
import ai.thehog.client.error.HogOperationCancelledException;
import ai.thehog.client.error.HogOperationFailedException;
import ai.thehog.model.Operation;
import ai.thehog.model.OperationError;

/**
 * How a long-running operation ended when it produced a result: {@link Succeeded} or
 * {@link PartialSuccess}. ({@code failed} and {@code cancelled} are thrown as
 * {@link HogOperationFailedException} and {@link HogOperationCancelledException}.)
 *
 * @param <T> the result type
 */
public sealed interface OperationOutcome<T> permits OperationOutcome.Succeeded, OperationOutcome.PartialSuccess {

  /**
   * The result; null only when the API sent none.
   *
   * @return the decoded result, or null
   */
  T result();

  /**
   * The final state as polled.
   *
   * @return the operation as last read
   */
  Operation operation();

  /**
   * The meta of the request that started the operation (request id, estimated cost).
   *
   * @return the starting request's meta
   */
  Meta meta();

  /**
   * Whether some sub-tasks failed.
   *
   * @return true for {@link PartialSuccess}
   */
  default boolean isPartial() {
    return this instanceof PartialSuccess;
  }

  /**
   * Status {@code succeeded}.
   *
   * @param result the decoded result
   * @param operation the final state
   * @param meta the starting request's meta
   * @param <T> the result type
   */
  record Succeeded<T>(T result, Operation operation, Meta meta) implements OperationOutcome<T> {
  }

  /**
   * Status {@code partial_success}: some sub-tasks failed; {@code result} holds what was produced
   * and {@code error} says what was not.
   *
   * @param result the decoded partial result
   * @param error what failed
   * @param operation the final state
   * @param meta the starting request's meta
   * @param <T> the result type
   */
  record PartialSuccess<T>(T result, OperationError error, Operation operation, Meta meta) implements OperationOutcome<T> {
  }
}
