package ai.thehog.sandbox;

/** The 19 operations of the spec, with what the sandbox needs to know to route and charge them. */
enum Endpoint {
  SUBMIT_ENRICHMENT("POST", "/api/enrichments", false, true, 0),
  GET_OPERATION("GET", "/api/operations/{id}", false, false, 0),
  SEARCH_COMPANIES("POST", "/api/v1/companies/search", false, true, 2),
  SEARCH_PEOPLE("POST", "/api/v1/people/search", false, true, 2),
  SUBMIT_SEARCH("POST", "/api/v1/search", false, true, 2),
  DEEP_RESEARCH("POST", "/api/deep-research", false, true, 10),
  CRAWL_WEBSITE("POST", "/api/v1/platform/scrapers/web/crawl", false, true, 5),
  SCRAPE_WEB_PAGES("POST", "/api/v1/platform/scrapers/web/scrape/batch", false, true, 3),
  CREATE_SCRAPE_JOB("POST", "/api/v1/platform/scrapers/web/scrape/jobs", false, true, 4),
  SEARCH_COMPANIES_LEGACY("POST", "/api/companies/search", true, false, 2),
  SEARCH_PEOPLE_LEGACY("POST", "/api/people/search", true, false, 2),
  RESEARCH_PERSON("POST", "/api/people/researches", true, true, 5),
  ASSEMBLE_CONTEXT("POST", "/api/context", true, false, 3),
  CLASSIFY_SIGNALS("POST", "/api/signals", true, false, 2),
  ENRICH_PEOPLE("POST", "/api/people/enrich", true, true, 0),
  GENERATE_CONTENT("POST", "/api/generate", true, true, 4),
  ESTIMATE_PEOPLE_ENRICHMENT("POST", "/api/people/enrich/estimate", true, false, 0),
  ESTIMATE_PEOPLE_RESEARCH("POST", "/api/people/researches/estimate", true, false, 0),
  ESTIMATE_GENERATION("POST", "/api/generate/estimate", true, false, 0);

  static final String OPERATIONS_PREFIX = "/api/operations/";

  private final String method;
  private final String pathTemplate;
  private final boolean legacy;
  private final boolean idempotent;
  private final long fixedCost;

  Endpoint(String method, String pathTemplate, boolean legacy, boolean idempotent, long fixedCost) {
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.legacy = legacy;
    this.idempotent = idempotent;
    this.fixedCost = fixedCost;
  }

  /** "METHOD /path/{template}", the name used in the ledger. */
  String route() {
    return method + " " + pathTemplate;
  }

  String method() {
    return method;
  }

  /** Deprecated operations of the older docs; these also accept a Bearer token. */
  boolean legacy() {
    return legacy;
  }

  /** Whether the operation takes an Idempotency-Key. */
  boolean idempotent() {
    return idempotent;
  }

  /** Credits a request costs when the cost does not depend on the body. */
  long fixedCost() {
    return fixedCost;
  }

  boolean isEstimate() {
    return this == ESTIMATE_PEOPLE_ENRICHMENT || this == ESTIMATE_PEOPLE_RESEARCH || this == ESTIMATE_GENERATION;
  }

  /** The method the spec gives a path, or null when the path is not in the spec. */
  static String allowedMethod(String path) {
    for (Endpoint e : values()) {
      if (e != GET_OPERATION && e.pathTemplate.equals(path)) {
        return e.method;
      }
    }
    return path.startsWith(OPERATIONS_PREFIX) ? "GET" : null;
  }

  /** The endpoint for a request, or null when the sandbox (and the spec) has none. */
  static Endpoint match(String method, String path) {
    if (path.startsWith(OPERATIONS_PREFIX)) {
      String id = path.substring(OPERATIONS_PREFIX.length());
      return method.equals("GET") && !id.isEmpty() && !id.contains("/") ? GET_OPERATION : null;
    }
    for (Endpoint e : values()) {
      if (e != GET_OPERATION && e.method.equals(method) && e.pathTemplate.equals(path)) {
        return e;
      }
    }
    return null;
  }
}
