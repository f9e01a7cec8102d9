package ai.thehog.client;

import ai.thehog.model.Estimate;

/**
 * A guarded submit was refused before anything was spent: the estimate was outside the plan
 * limits or above the caller's credit budget.
 */
public class HogCostGuardException extends HogException {

  private static final long serialVersionUID = 1L;

  private final transient Estimate estimate;

  HogCostGuardException(String message, String requestId, Estimate estimate) {
    super(message, requestId, null);
    this.estimate = estimate;
  }

  /**
   * The estimate that caused the refusal.
   *
   * @return the estimate that caused the refusal
   */
  public Estimate estimate() {
    return estimate;
  }
}
