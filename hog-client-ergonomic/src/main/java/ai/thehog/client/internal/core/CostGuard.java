package ai.thehog.client.internal.core;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.error.HogCostGuardException;
import ai.thehog.model.Estimate;
import java.util.function.Supplier;

/**
 * Refuses a call before anything is spent when its options ask for a guard (a credit budget or the
 * plan limits) and the call's estimate fails it.
 */
public final class CostGuard {

  private CostGuard() {
  }

  /**
   * Asks {@code estimate} when {@code options} guard the call, and throws when it fails the guard.
   * {@code estimate} may give null: the server has no estimate, and the guard lets the call go
   * (the caller keeps the budget as it goes).
   *
   * @return the estimated credits, or null when not guarded, not available or not given
   * @throws HogCostGuardException when the estimate is outside the plan limits or over the budget
   */
  public static Long check(RequestOptions options, String what, Supplier<HogResponse<Estimate>> estimate) {
    if (!options.guarded()) {
      return null;
    }
    HogResponse<Estimate> answer = estimate.get();
    if (answer == null) {
      return null;
    }
    Estimate e = answer.value();
    String requestId = answer.meta().requestId();
    Long credits = e.knownCredits().orElse(null);
    String estimated = credits == null ? "no credit figure given" : "estimated " + credits + " credits";
    if (options.requireWithinPlanLimits() && !e.isWithinPlanLimits()) {
      throw new HogCostGuardException(what + " was not sent: the estimate says it is "
          + (e.withinPlanLimits() == null ? "not known to be" : "not") + " within the plan limits (" + estimated
          + "). Raise the plan limit or make the request smaller.", requestId, e);
    }
    if (Boolean.FALSE.equals(e.withinPlanLimits())) {
      throw new HogCostGuardException(what + " was not sent: the estimate says it is outside the plan limits ("
          + estimated + ") and the API would answer 402. Raise the plan limit or make the request smaller.",
          requestId, e);
    }
    if (options.maxCredits() != null) {
      if (credits == null) {
        throw new HogCostGuardException(what + " was not sent: the estimate gave no credit figure to compare with"
            + " the budget of " + options.maxCredits() + ". Send it without maxCredits to accept the unknown cost.",
            requestId, e);
      }
      if (credits > options.maxCredits()) {
        throw new HogCostGuardException(what + " was not sent: estimated " + credits + " credits exceed the budget"
            + " of " + options.maxCredits() + ". Raise maxCredits or make the request smaller.", requestId, e);
      }
    }
    return credits;
  }
}
