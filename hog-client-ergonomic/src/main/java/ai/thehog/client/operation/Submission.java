package ai.thehog.client.operation;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.Meta;
import ai.thehog.client.error.HogOperationException;
import java.time.Duration;

/**
 * The answer of a call that may complete at once (HTTP 200) or start a long-running operation
 * (HTTP 202). Switch on it, or call {@link #await(Duration)} to get the final value either way.
 *
 * @param <C> the value of an immediate answer
 * @param <R> the result of the operation
 */
public sealed interface Submission<C, R> permits Submission.Completed, Submission.Accepted {

  /**
   * True when the API answered 200 with the value.
   *
   * @return whether it completed at once
   */
  default boolean isCompleted() {
    return this instanceof Completed;
  }

  /**
   * Meta of the submitting request (request id, project, cost or estimated cost).
   *
   * @return the meta
   */
  Meta meta();

  /**
   * The value either way: the immediate one, or the operation's result converted by the resource
   * (waiting at most {@code timeout} in total; a partial success gives its partial result).
   *
   * @param timeout the total time to wait for an operation
   * @return the immediate value, or the converted result
   * @throws HogOperationException when the operation failed, was cancelled or timed out
   */
  C await(Duration timeout);

  /**
   * 200: completed at once.
   *
   * @param response value and meta
   * @param <C> the value type
   * @param <R> the operation result type it would have had
   */
  record Completed<C, R>(HogResponse<C> response) implements Submission<C, R> {
    @Override
    public Meta meta() {
      return response.meta();
    }

    @Override
    public C await(Duration timeout) {
      return response.value();
    }
  }

  /**
   * 202: accepted; the work goes on as {@code operation}.
   *
   * @param operation the handle to poll or wait on
   * @param convert how the operation's outcome becomes a value of the immediate answer's type
   * @param <C> the value type
   * @param <R> the operation result type
   */
  record Accepted<C, R>(HogOperation<R> operation, OutcomeConverter<R, C> convert) implements Submission<C, R> {
    @Override
    public Meta meta() {
      return operation.meta();
    }

    @Override
    public C await(Duration timeout) {
      return convert.convert(operation.await(timeout), operation);
    }
  }

  /**
   * Turns an operation's outcome into the immediate answer's value type.
   *
   * @param <R> the operation result type
   * @param <C> the value type
   */
  @FunctionalInterface
  interface OutcomeConverter<R, C> {
    /**
     * Converts {@code outcome} of {@code operation}.
     *
     * @param outcome how the operation ended
     * @param operation the operation it is of
     * @return the value the caller receives
     */
    C convert(OperationOutcome<R> outcome, HogOperation<R> operation);
  }
}
