package ai.thehog.sandbox;

/**
 * Documented inputs that make an async operation end badly: any string in the request body that
 * contains {@code fail.example}, {@code partial.example} or {@code cancel.example} (an email, a URL,
 * a domain). Batch enrichment applies the same domains per record instead.
 */
final class Triggers {

  private Triggers() {
  }

  static SandboxOperation.Outcome outcome(String bodyText) {
    if (bodyText.contains(Identifiers.CANCEL_DOMAIN)) {
      return SandboxOperation.Outcome.CANCELLED;
    }
    if (bodyText.contains(Identifiers.FAIL_DOMAIN)) {
      return SandboxOperation.Outcome.FAILED;
    }
    if (bodyText.contains(Identifiers.PARTIAL_DOMAIN)) {
      return SandboxOperation.Outcome.PARTIAL_SUCCESS;
    }
    return SandboxOperation.Outcome.SUCCEEDED;
  }

  /** Answers 202 for an always-async request with a fixed cost, applying the trigger inputs. */
  static ApiResponse acceptFixedCost(Call call, java.util.Map<String, Object> result, String partialMessage) {
    long cost = call.endpoint.fixedCost();
    if (!call.canAfford(cost)) {
      return call.paymentRequired(cost);
    }
    String operationId = Call.newOperationId();
    call.charge(operationId, null, cost);
    SandboxOperation.Outcome outcome = outcome(call.bodyText());
    String error = switch (outcome) {
      case FAILED -> "Provider returned no results for the given input.";
      case PARTIAL_SUCCESS -> partialMessage;
      default -> null;
    };
    return call.accepted(operationId, outcome, result, error, cost);
  }

  /** Answers 200 for a sync request with a fixed cost. */
  static ApiResponse syncFixedCost(Call call, Object data) {
    long cost = call.endpoint.fixedCost();
    if (!call.canAfford(cost)) {
      return call.paymentRequired(cost);
    }
    call.charge(null, null, cost);
    return call.sync(data, cost, cost);
  }
}
