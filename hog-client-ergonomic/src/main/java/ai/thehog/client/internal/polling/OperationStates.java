package ai.thehog.client.internal.polling;

import ai.thehog.model.OperationStatus;

/** What an operation's status says about polling it again. */
public final class OperationStates {

  private OperationStates() {
  }

  /** Whether {@code status} is final: succeeded, partial success, failed or cancelled. */
  public static boolean isTerminal(OperationStatus status) {
    switch (status.known()) {
      case SUCCEEDED:
      case PARTIAL_SUCCESS:
      case FAILED:
      case CANCELLED:
        return true;
      default:
        return false;
    }
  }
}
