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
    long base = Endpoint.SEARCH_PEOPLE.fixedCost();
    boolean contacts = Boolean.TRUE.equals(body.get("includeContacts"));
    long people = body.get("limit") instanceof Number n ? n.longValue() : 25;
    List<Object> fields = body.get("contactFields") instanceof List<?> f && !f.isEmpty()
        ? List.copyOf(f) : List.of("email");
    long contactCredits = contacts ? people * fields.size() : 0;
    long credits = base + contactCredits;
    // The API answers this estimate flat: no data envelope, no meta.
    return ApiResponse.json(200, Json.obj("estimatedCredits", credits,
        "likelySyncOrAsync", contacts ? "async" : "sync", "expectedLatencyRange", contacts ? "10-60s" : "1-5s",
        "withinPlanLimits", call.canAfford(credits),
        "breakdown", Json.obj("baseSearchCredits", base, "contactEnrichment", Json.obj("includeContacts", contacts,
            "fields", contacts ? fields : List.of(), "maxPeople", contacts ? people : 0L,
            "contactAttemptsPerFieldPerPerson", 1L, "estimatedCredits", contactCredits)),
        "assumptions", Json.obj("mode", "conservative", "description",
            "Every person asked for is charged for every contact field asked for.")));
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
