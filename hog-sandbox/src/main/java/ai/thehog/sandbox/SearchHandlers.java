package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /**
   * The {@code filters} of a v1 people or company search (page 07), applied to the synthetic hits so
   * that every hit matches them: hit {@code i} takes the {@code i % n}-th of each list given
   * ({@code titles}, {@code locations}, {@code industries}, {@code company.names}, {@code company.domains},
   * {@code company.linkedinUrls}) and an employee count inside {@code employeeCount}.
   */
  static final class SearchFilters {

    private final Map<String, Object> filters;
    private final Map<String, Object> company;

    private SearchFilters(Map<String, Object> filters) {
      this.filters = filters;
      this.company = filters.get("company") instanceof Map<?, ?> m ? EnrichmentHandler.cast(m) : Map.of();
    }

    static SearchFilters of(Map<String, Object> body) {
      return new SearchFilters(body.get("filters") instanceof Map<?, ?> m ? EnrichmentHandler.cast(m) : Map.of());
    }

    /** How the people were tied to the requested account: company page, profile company, or not at all. */
    String targetAccountMode() {
      if (!strings(company, "linkedinUrls").isEmpty()) {
        return "linkedin_company_page";
      }
      return strings(company, "names").isEmpty() && strings(company, "domains").isEmpty()
          ? null : "profile_current_company";
    }

    /** Makes person {@code i} match the filters. */
    void applyToPerson(Map<String, Object> person, int i) {
      pick(filters, "titles", i, v -> person.put("title", v));
      pick(filters, "locations", i, v -> person.put("location", v));
      List<String> urls = strings(company, "linkedinUrls");
      List<String> names = strings(company, "names");
      List<String> domains = strings(company, "domains");
      if (!names.isEmpty()) {
        person.put("company", names.get(i % names.size()));
      } else if (!urls.isEmpty()) {
        person.put("company", nameFromUrl(urls.get(i % urls.size())));
      } else if (!domains.isEmpty()) {
        person.put("company", nameFromDomain(domains.get(i % domains.size())));
      }
      if (!domains.isEmpty()) {
        person.put("companyDomain", domains.get(i % domains.size()));
      }
      String mode = targetAccountMode();
      if (mode != null) {
        person.put("companyMatchEvidence", mode.equals("linkedin_company_page") ? "company_page" : "profile_current_job");
      }
    }

    /** Makes company {@code i} match the filters (the company ones and the entity ones alike). */
    void applyToCompany(Map<String, Object> hit, int i) {
      pick(filters, "locations", i, v -> hit.put("location", v));
      pick(filters, "industries", i, v -> hit.put("industry", v));
      pick(company, "industries", i, v -> hit.put("industry", v));
      List<String> names = strings(company, "names");
      List<String> domains = strings(company, "domains");
      if (!names.isEmpty()) {
        hit.put("name", names.get(i % names.size()));
      } else if (!domains.isEmpty()) {
        hit.put("name", nameFromDomain(domains.get(i % domains.size())));
      }
      if (!domains.isEmpty()) {
        hit.put("domain", domains.get(i % domains.size()));
      } else if (!names.isEmpty()) {
        hit.put("domain", names.get(i % names.size()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".com");
      }
      for (Object range : List.of(filters.getOrDefault("employeeCount", Map.of()),
          company.getOrDefault("employeeCount", Map.of()))) {
        if (range instanceof Map<?, ?> r && hit.get("employee_count") instanceof Number n) {
          long min = r.get("min") instanceof Number lo ? lo.longValue() : 0L;
          long max = r.get("max") instanceof Number hi ? hi.longValue() : Math.max(min, n.longValue());
          if (max >= min) {
            hit.put("employee_count", min + Math.floorMod(n.longValue(), max - min + 1));
          }
        }
      }
    }

    private static void pick(Map<String, Object> from, String key, int i, java.util.function.Consumer<String> to) {
      List<String> values = strings(from, key);
      if (!values.isEmpty()) {
        to.accept(values.get(i % values.size()));
      }
    }

    static List<String> strings(Map<String, Object> from, String key) {
      List<String> out = new ArrayList<>();
      if (from.get(key) instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof String s && !s.isBlank()) {
            out.add(s);
          }
        }
      }
      return out;
    }

    private static String nameFromDomain(String domain) {
      String stem = domain.replaceFirst("^(https?://)?(www\\.)?", "").split("[./]")[0];
      return stem.isEmpty() ? domain : Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    }

    private static String nameFromUrl(String url) {
      String[] parts = url.replaceAll("/+$", "").split("/");
      String slug = parts[parts.length - 1];
      return slug.isEmpty() ? url : Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
    }
  }
}
