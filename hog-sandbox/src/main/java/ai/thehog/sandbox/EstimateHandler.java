package ai.thehog.sandbox;

import java.util.List;
import java.util.Map;

/** The three estimate endpoints: the cost the real call would be charged, and nothing is charged. */
final class EstimateHandler {

  private EstimateHandler() {
  }

  /**
   * POST /api/v1/people/search/estimate: the search's fixed cost, plus one credit per person asked for
   * ({@code limit}, default 25) per contact field when {@code includeContacts} is true.
   */
  static ApiResponse peopleSearch(Call call) {
    Map<String, Object> body = call.bodyMap();
    long credits = Endpoint.SEARCH_PEOPLE.fixedCost();
    if (Boolean.TRUE.equals(body.get("includeContacts"))) {
      long people = body.get("limit") instanceof Number n ? n.longValue() : 25;
      long fields = body.get("contactFields") instanceof List<?> f ? Math.max(1, f.size()) : 1;
      credits += people * fields;
    }
    return call.syncWithoutCost(Json.obj("estimatedCredits", credits, "withinPlanLimits", call.canAfford(credits)));
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
