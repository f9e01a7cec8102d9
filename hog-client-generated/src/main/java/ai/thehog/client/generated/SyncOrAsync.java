package ai.thehog.client.generated;

import ai.thehog.model.OperationAccepted;
import java.util.Objects;

/**
 * The answer of an operation that may complete at once (200) or be accepted for background
 * processing (202). Which one it is comes from the HTTP status, not from the shape of the body.
 *
 * @param <T> the body of the 200 answer
 */
public sealed interface SyncOrAsync<T> permits SyncOrAsync.Completed, SyncOrAsync.Accepted {

  /**
   * 200: the work is done and {@code body} holds the result.
   *
   * @param body the decoded 200 body
   * @param <T> the body type
   */
  record Completed<T>(T body) implements SyncOrAsync<T> {
    /**
     * Checks the body is present.
     *
     * @param body the decoded 200 body
     * @throws NullPointerException if {@code body} is null
     */
    public Completed {
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * 202: the work continues in the background; poll {@code operation}.
   *
   * @param operation the decoded 202 body
   * @param <T> the body type a completed answer would have had
   */
  record Accepted<T>(OperationAccepted operation) implements SyncOrAsync<T> {
    /**
     * Checks the operation is present.
     *
     * @param operation the decoded 202 body
     * @throws NullPointerException if {@code operation} is null
     */
    public Accepted {
      Objects.requireNonNull(operation, "operation");
    }
  }
}
