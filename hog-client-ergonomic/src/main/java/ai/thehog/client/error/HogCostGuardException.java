package ai.thehog.client.error;

import ai.thehog.model.Estimate;

/**
 * A guarded submit was refused before anything was spent: the estimate was outside the plan
 * limits or above the caller's credit budget. Its subclass {@link ai.thehog.client.operation.HogBudgetReachedException} is a
 * batch enrichment stopped part way to keep its budget.
 */
public class HogCostGuardException extends HogException {

  private static final long serialVersionUID = 1L;

  private final transient Estimate estimate;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param requestId the request id to quote to support, or null
   * @param estimate the estimate that stopped the call, or null
   */
  public HogCostGuardException(String message, String requestId, Estimate estimate) {
    super(message, requestId, null);
    this.estimate = estimate;
  }

  /**
   * The estimate that caused the refusal; null for a {@link ai.thehog.client.operation.HogBudgetReachedException}, whose
   * budget was kept batch by batch.
   *
   * @return the estimate that caused the refusal, or null
   */
  public Estimate estimate() {
    return estimate;
  }
}
