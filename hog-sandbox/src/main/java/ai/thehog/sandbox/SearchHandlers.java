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

  static int limit(Map<String, Object> body, int dflt) {
    Object limit = body.get("limit");
    return limit instanceof Number n ? Math.max(0, Math.min(25, n.intValue())) : dflt;
  }

  static List<Object> companies(Call call) {
    List<Object> out = new ArrayList<>();
    String seed = call.bodyText();
    for (int i = 0, n = limit(call.bodyMap(), 5); i < n; i++) {
      out.add(SyntheticData.company(seed + "#" + i));
    }
    return out;
  }

  static ApiResponse searchCompanies(Call call) {
    boolean partial = Triggers.outcome(call.bodyText()) == SandboxOperation.Outcome.PARTIAL_SUCCESS;
    Map<String, Object> result = Json.obj("data", companies(call),
        "meta", Json.obj("providerOutcome", partial ? "empty_partial_failure" : "hit"));
    return Triggers.acceptFixedCost(call, result, "Some providers failed; the results may be incomplete.");
  }

  static ApiResponse searchCompaniesLegacy(Call call) {
    return Triggers.syncFixedCost(call, companies(call));
  }

  static ApiResponse searchPeopleLegacy(Call call) {
    return Triggers.syncFixedCost(call, SyntheticData.people(call.bodyText(), limit(call.bodyMap(), 5)));
  }

  /**
   * People search: a {@code company_linkedin_url} constrains through the company page, a
   * {@code company} (name) through the current profile company; a target account at
   * {@code unresolved.example} cannot be resolved; {@code limit: 0} gives an empty result with a message.
   */
  static ApiResponse searchPeople(Call call) {
    return Triggers.acceptFixedCost(call, peopleResult(call), "Some providers failed; the results may be incomplete.");
  }

  static Map<String, Object> peopleResult(Call call) {
    Map<String, Object> body = call.bodyMap();
    boolean partial = Triggers.outcome(call.bodyText()) == SandboxOperation.Outcome.PARTIAL_SUCCESS;
    List<Object> people = SyntheticData.people(call.bodyText(), limit(body, 5));
    Map<String, Object> meta = Json.obj();
    String evidence = null;
    if (call.bodyText().contains(UNRESOLVED_DOMAIN)) {
      meta.put("targetAccountSearchMode", "unavailable");
      meta.put("targetAccountOutcome", "unresolved");
      meta.put("providerOutcome", "empty_clean");
      meta.put("message", "The target account could not be resolved to a LinkedIn company or profile company.");
      return Json.obj("data", List.of(), "meta", meta);
    }
    if (body.get("company_linkedin_url") instanceof String) {
      meta.put("targetAccountSearchMode", "linkedin_company_page");
      meta.put("targetAccountOutcome", "provided_linkedin_handle");
      evidence = "company_page";
    } else if (body.get("company") instanceof String) {
      meta.put("targetAccountSearchMode", "profile_current_company");
      meta.put("targetAccountOutcome", "verified_linkedin_handle");
      evidence = "profile_current_job";
    }
    if (evidence != null) {
      for (Object person : people) {
        EnrichmentHandler.cast((Map<?, ?>) person).put("companyMatchEvidence", evidence);
      }
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
        : Json.obj("data", companies(call), "meta", Json.obj("providerOutcome", "hit"));
    return Triggers.acceptFixedCost(call, result, "Some providers failed; the results may be incomplete.");
  }
}
