package ai.thehog.client.internal.polling;

import ai.thehog.client.error.HogNetworkException;
import ai.thehog.client.error.HogOperationCancelledException;
import ai.thehog.client.error.HogOperationFailedException;
import ai.thehog.client.error.HogOperationTimeoutException;
import ai.thehog.client.error.HogWaitStoppedException;
import ai.thehog.client.internal.Messages;
import ai.thehog.client.internal.http.Secrets;
import ai.thehog.model.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** How waiting for operations ends: the outcome of an ended one, or the timeout that names what is left. */
public final class OperationEnds {

  private OperationEnds() {
  }

  /**
   * Whether operation {@code id}, ended as {@code operation} says, succeeded only in part (false:
   * it succeeded); throws for failed and cancelled. The caller makes the outcome.
   */
  public static boolean partly(String id, Operation operation, String requestId, Secrets secrets) {
    switch (operation.status().known()) {
      case SUCCEEDED:
        return false;
      case PARTIAL_SUCCESS:
        return true;
      case FAILED:
        throw new HogOperationFailedException(secrets.redact("Operation " + id + " failed: "
            + (operation.error() == null || operation.error().message() == null ? "the API gave no reason"
                : Messages.sentence(operation.error().message()))
            + ". Check the request that started it, then submit again (with a new Idempotency-Key)."
            + (requestId == null ? "" : " Request id: " + requestId + ".")), id, requestId, operation);
      case CANCELLED:
        throw new HogOperationCancelledException("Operation " + id + " was cancelled before it completed. Submit"
            + " it again if the work is still needed." + (requestId == null ? "" : " Request id: " + requestId + "."),
            id, requestId, operation);
      default:
        throw new IllegalStateException("not terminal: " + operation.status());
    }
  }

  /** A wait on operation {@code id} that {@code stopWaiting()} stopped; {@code cause} is how the wait was woken. */
  public static HogWaitStoppedException waitStopped(String what, String id, String requestId, Operation latest,
      RuntimeException cause) {
    HogWaitStoppedException e = new HogWaitStoppedException("Stopped waiting for " + what + " " + id
        + " (stopWaiting()); it goes on on the server (the API has no cancel). Wait again, or resume it later with"
        + " its id." + (requestId == null ? "" : " Request id: " + requestId + "."), id, requestId, latest);
    e.addSuppressed(cause);
    return e;
  }

  /** The timeout of one operation, with its last status. */
  public static HogOperationTimeoutException timedOut(String id, String requestId, Operation latest, Duration timeout) {
    String last = latest == null ? "not polled" : latest.status().value();
    return new HogOperationTimeoutException("Operation " + id + " did not end within " + human(timeout)
        + " (last status: " + last + "). It goes on on the server: wait again, or resume it later with"
        + " client.operations().resume(\"" + id + "\")." + (requestId == null ? "" : " Request id: " + requestId + "."),
        id, requestId, latest);
  }

  /** The timeout of several operations: which did not end (with their last status), and which did. */
  public static HogOperationTimeoutException notAllEnded(List<String> ids, List<Operation> seen, List<String> requestIds,
      Duration timeout) {
    List<String> pending = new ArrayList<>();
    List<String> pendingIds = new ArrayList<>();
    List<String> ended = new ArrayList<>();
    int firstPending = -1;
    for (int i = 0; i < ids.size(); i++) {
      Operation latest = seen.get(i);
      if (latest != null && OperationStates.isTerminal(latest.status())) {
        ended.add(ids.get(i) + " (" + latest.status().value() + ")");
      } else {
        pending.add(ids.get(i) + " (" + (latest == null ? "not polled" : latest.status().value()) + ")");
        pendingIds.add(ids.get(i));
        firstPending = firstPending < 0 ? i : firstPending;
      }
    }
    return new HogOperationTimeoutException(pending.size() + " of " + ids.size() + " operations did not end"
        + " within " + human(timeout) + ": " + String.join(", ", pending) + "."
        + (ended.isEmpty() ? "" : " Ended: " + String.join(", ", ended) + ".")
        + " They go on on the server: wait again, or resume them later with client.operations().resume(id).",
        ids.get(firstPending), requestIds.get(firstPending), seen.get(firstPending), pendingIds);
  }

  /** {@code duration} as people read it: "30 s", "1500 ms". */
  public static String human(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** Waiting for operation {@code id} was interrupted: sets the interrupt flag again and says so. */
  public static HogNetworkException interrupted(String id, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new HogNetworkException("Waiting for operation " + id + " was interrupted; resume it later with its id.", e);
  }

  /** Takes {@code lock} for operation {@code id}, or throws {@link #interrupted} when interrupted. */
  public static void lockInterruptibly(ReentrantLock lock, String id) {
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException e) {
      throw interrupted(id, e);
    }
  }
}
