package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The older endpoints that answer 200 or 202: POST /api/people/enrich (202 when
 * {@code asyncPreferred: true}) and POST /api/generate (202 when {@code asyncPreferred: true} or
 * {@code length: "long"}). Their costs are shared with the estimate endpoints.
 */
final class LegacyAsyncHandlers {

  static final long CREDITS_PER_IDENTITY = 2;
  static final long GENERATE_CREDITS = 4;
  static final long LONG_GENERATE_CREDITS = 8;

  private LegacyAsyncHandlers() {
  }

  static List<Map<String, Object>> identities(Map<String, Object> body) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (body.get("identities") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          out.add(EnrichmentHandler.cast(m));
        }
      }
    }
    return out;
  }

  static long enrichCost(Map<String, Object> body) {
    return CREDITS_PER_IDENTITY * Math.max(1, identities(body).size());
  }

  static boolean asyncPreferred(Map<String, Object> body) {
    return Boolean.TRUE.equals(body.get("asyncPreferred"));
  }

  static ApiResponse enrichPeople(Call call) {
    Map<String, Object> body = call.bodyMap();
    List<Map<String, Object>> identities = identities(body);
    long cost = enrichCost(body);
    if (!call.canAfford(cost)) {
      return call.paymentRequired(cost);
    }
    List<Object> people = new ArrayList<>();
    for (Map<String, Object> identity : identities) {
      SyntheticData.Person p = SyntheticData.person(identity);
      Map<String, Object> person = Json.obj("identity", identity);
      person.putAll(p.profile());
      person.put("contact", p.contact());
      people.add(person);
    }
    if (asyncPreferred(body)) {
      String operationId = Call.newOperationId();
      chargeEach(call, operationId, identities);
      SandboxOperation.Outcome outcome = Triggers.outcome(call.bodyText());
      String error = outcome == SandboxOperation.Outcome.FAILED ? "Provider returned no results for the given input."
          : outcome == SandboxOperation.Outcome.PARTIAL_SUCCESS ? "Some identities could not be resolved." : null;
      return call.accepted(operationId, outcome, Json.obj("people", people), error, cost);
    }
    chargeEach(call, null, identities);
    return call.sync(people, cost, cost);
  }

  private static void chargeEach(Call call, String operationId, List<Map<String, Object>> identities) {
    if (identities.isEmpty()) {
      call.charge(operationId, null, CREDITS_PER_IDENTITY);
    }
    for (Map<String, Object> identity : identities) {
      call.charge(operationId, Identifiers.canonical(identity), CREDITS_PER_IDENTITY);
    }
  }

  static boolean generatesAsync(Map<String, Object> body) {
    return asyncPreferred(body) || "long".equals(body.get("length"));
  }

  static long generateCost(Map<String, Object> body) {
    return "long".equals(body.get("length")) ? LONG_GENERATE_CREDITS : GENERATE_CREDITS;
  }

  static ApiResponse generate(Call call) {
    Map<String, Object> body = call.bodyMap();
    long cost = generateCost(body);
    if (!call.canAfford(cost)) {
      return call.paymentRequired(cost);
    }
    String prompt = body.get("prompt") instanceof String s ? s : "the requested topic";
    Map<String, Object> content = Json.obj("content", "Synthetic draft about " + prompt
        + ": a short, friendly message that opens with a relevant signal and ends with a clear ask.",
        "format", body.getOrDefault("format", "text"));
    if (generatesAsync(body)) {
      String operationId = Call.newOperationId();
      call.charge(operationId, null, cost);
      SandboxOperation.Outcome outcome = Triggers.outcome(call.bodyText());
      String error = outcome == SandboxOperation.Outcome.FAILED ? "Generation failed for the given input."
          : outcome == SandboxOperation.Outcome.PARTIAL_SUCCESS ? "The content was truncated." : null;
      return call.accepted(operationId, outcome, content, error, cost);
    }
    call.charge(null, null, cost);
    return call.sync(content, cost, cost);
  }
}
