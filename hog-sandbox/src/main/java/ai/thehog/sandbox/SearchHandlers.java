package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Company and people search: the always-async v1 endpoints (result: SearchResult) and the older sync
 * ones (data: a list). Results are deterministic per request body.
 */
final class SearchHandlers {

  /** A target account mentioning this domain cannot be resolved. */
  static final String UNRESOLVED_DOMAIN = "unresolved.example";

  private SearchHandlers() {
  }

  /** The contract's maximum {@code limit} of the v1 searches (page 07). */
  static final int MAX_LIMIT = 100;
  /** The contract's default {@code limit} of the v1 searches (page 07). */
  static final int V1_DEFAULT_LIMIT = 25;

  static int limit(Map<String, Object> body, int dflt) {
    Object limit = body.get("limit");
    return limit instanceof Number n ? Math.max(0, Math.min(MAX_LIMIT, n.intValue())) : dflt;
  }

  static List<Object> companies(Call call, int dflt) {
    List<Object> out = new ArrayList<>();
    String seed = call.bodyText();
    SearchFilters filters = SearchFilters.of(call.bodyMap());
    for (int i = 0, n = limit(call.bodyMap(), dflt); i < n; i++) {
      Map<String, Object> company = SyntheticData.company(seed + "#" + i);
      filters.applyToCompany(company, i);
      out.add(company);
    }
    return out;
  }

  static ApiResponse searchCompanies(Call call) {
    boolean partial = Triggers.outcome(call.bodyText()) == SandboxOperation.Outcome.PARTIAL_SUCCESS;
    Map<String, Object> result = Json.obj("data", companies(call, V1_DEFAULT_LIMIT),
        "meta", Json.obj("providerOutcome", partial ? "empty_partial_failure" : "hit"));
    return Triggers.acceptFixedCost(call, result, "Some providers failed; the results may be incomplete.");
  }

  static ApiResponse searchCompaniesLegacy(Call call) {
    return Triggers.syncFixedCost(call, companies(call, 5));
  }

  static ApiResponse searchPeopleLegacy(Call call) {
    return Triggers.syncFixedCost(call, SyntheticData.people(call.bodyText(), limit(call.bodyMap(), 5)));
  }

  /**
   * People search: {@code filters.company.linkedinUrls} constrain through the company page,
   * {@code filters.company.names} or {@code domains} through the current profile company; a target
   * account at {@code unresolved.example} cannot be resolved. Every hit matches the filters.
   */
  static ApiResponse searchPeople(Call call) {
    return Triggers.acceptFixedCost(call, peopleResult(call), "Some providers failed; the results may be incomplete.");
  }

  static Map<String, Object> peopleResult(Call call) {
    Map<String, Object> body = call.bodyMap();
    boolean partial = Triggers.outcome(call.bodyText()) == SandboxOperation.Outcome.PARTIAL_SUCCESS;
    List<Object> people = SyntheticData.people(call.bodyText(), limit(body, V1_DEFAULT_LIMIT));
    Map<String, Object> meta = Json.obj();
    if (call.bodyText().contains(UNRESOLVED_DOMAIN)) {
      meta.put("targetAccountSearchMode", "unavailable");
      meta.put("targetAccountOutcome", "unresolved");
      meta.put("providerOutcome", "empty_clean");
      meta.put("message", "The target account could not be resolved to a LinkedIn company or profile company.");
      return Json.obj("data", List.of(), "meta", meta);
    }
    SearchFilters filters = SearchFilters.of(body);
    String mode = filters.targetAccountMode();
    if (mode != null) {
      meta.put("targetAccountSearchMode", mode);
      meta.put("targetAccountOutcome", mode.equals("linkedin_company_page")
          ? "provided_linkedin_handle" : "verified_linkedin_handle");
    }
    for (int i = 0; i < people.size(); i++) {
      filters.applyToPerson(EnrichmentHandler.cast((Map<?, ?>) people.get(i)), i);
    }
    if (people.isEmpty()) {
      meta.put("providerOutcome", "empty_clean");
      meta.put("message", "No people matched the search criteria.");
    } else {
      meta.put("providerOutcome", partial ? "empty_partial_failure" : "hit");
    }
    return Json.obj("data", people, "meta", meta);
  }

  /** POST /api/v1/search: people when {@code type} is "people", companies otherwise. */
  static ApiResponse submitSearch(Call call) {
    Map<String, Object> result = "people".equals(call.bodyMap().get("type")) ? peopleResult(call)
        : Json.obj("data", companies(call, 5), "meta", Json.obj("providerOutcome", "hit"));
    return Triggers.acceptFixedCost(call, result, "Some providers failed; the results may be incomplete.");
  }
}
