package ai.thehog.sandbox;

import java.util.List;
import java.util.Map;

/** The three estimate endpoints: the cost the real call would be charged, and nothing is charged. */
final class EstimateHandler {

  private EstimateHandler() {
  }

  static ApiResponse handle(Call call) {
    Map<String, Object> body = call.bodyMap();
    long credits;
    boolean async;
    int depth;
    switch (call.endpoint) {
      case ESTIMATE_PEOPLE_ENRICHMENT:
        if (body.get("identifiers") instanceof List<?> people && body.get("fields") instanceof List<?>) {
          // The current-shape request (fields + identifiers) priced as POST /api/enrichments prices it.
          List<String> fields = EnrichmentHandler.fields(body);
          credits = EnrichmentHandler.costPerPerson(fields) * Math.max(1, people.size());
          async = people.size() > 1 || EnrichmentHandler.wantsSignals(fields);
        } else {
          credits = LegacyAsyncHandlers.enrichCost(body);
          async = LegacyAsyncHandlers.asyncPreferred(body);
        }
        depth = 2;
        break;
      case ESTIMATE_PEOPLE_RESEARCH:
        credits = Endpoint.RESEARCH_PERSON.fixedCost();
        async = false;
        depth = 3;
        break;
      case ESTIMATE_GENERATION:
        credits = LegacyAsyncHandlers.generateCost(body);
        async = LegacyAsyncHandlers.generatesAsync(body);
        depth = 1;
        break;
      default:
        throw new IllegalArgumentException("not an estimate endpoint: " + call.endpoint);
    }
    Map<String, Object> estimate = Json.obj(
        "estimatedCredits", credits,
        "likelySyncOrAsync", async ? "async" : "sync",
        "expectedLatencyRange", async ? "10–30s" : "1–3s",
        "expectedLookupDepth", (long) depth,
        "providersLikelyUsed", List.of("sandbox-provider-a", "sandbox-provider-b"),
        "withinPlanLimits", call.canAfford(credits));
    return call.syncWithoutCost(estimate);
  }
}
