package ai.thehog.sandbox;

/** The operations of the spec, with what the sandbox needs to know to route, limit and charge them. */
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
  ESTIMATE_GENERATION("POST", "/api/generate/estimate", true, false, 0),
  // Known from the official SDK and MCP server (docs/06).
  GET_ENRICHMENT("GET", "/api/enrichments/{id}", false, false, 0),
  LIST_OPERATIONS("GET", "/api/operations", false, false, 0),
  ESTIMATE_PEOPLE_SEARCH("POST", "/api/v1/people/search/estimate", false, false, 0),
  LIST_SEARCHES("GET", "/api/v1/search", false, false, 0),
  GET_SEARCH("GET", "/api/v1/search/{id}", false, false, 0),
  CREATE_MONITOR("POST", "/api/v1/monitors", false, true, 0),
  LIST_MONITORS("GET", "/api/v1/monitors", false, false, 0),
  GET_MONITOR("GET", "/api/v1/monitors/{id}", false, false, 0),
  UPDATE_MONITOR("PATCH", "/api/v1/monitors/{id}", false, true, 0),
  DELETE_MONITOR("DELETE", "/api/v1/monitors/{id}", false, false, 0),
  RUN_MONITOR_NOW("POST", "/api/v1/monitors/{id}/run-now", false, true, 1),
  LIST_MONITOR_EVENTS("GET", "/api/v1/monitors/{id}/events", false, false, 0),
  FIND_LINKEDIN_COMPANIES("POST", "/api/v1/platform/scrapers/linkedin/finder", false, true, 1),
  GET_LINKEDIN_PROFILE("POST", "/api/v1/platform/scrapers/linkedin/profile", false, true, 1),
  GET_LINKEDIN_COMPANY("POST", "/api/v1/platform/scrapers/linkedin/company", false, true, 1),
  LIST_LINKEDIN_COMPANY_POSTS("POST", "/api/v1/platform/scrapers/linkedin/company-posts", false, true, 1),
  LIST_LINKEDIN_PROFILE_POSTS("POST", "/api/v1/platform/scrapers/linkedin/profile-posts", false, true, 1),
  SEARCH_LINKEDIN_KEYWORD_POSTS("POST", "/api/v1/platform/scrapers/linkedin/keyword-posts", false, true, 1),
  LIST_LINKEDIN_POST_REACTIONS("POST", "/api/v1/platform/scrapers/linkedin/post-reactions", false, true, 1),
  LIST_LINKEDIN_POST_COMMENTS("POST", "/api/v1/platform/scrapers/linkedin/post-comments", false, true, 1),
  LIST_LINKEDIN_PROFILE_REACTIONS("POST", "/api/v1/platform/scrapers/linkedin/profile-reactions", false, true, 1),
  LIST_LINKEDIN_PROFILE_COMMENTS("POST", "/api/v1/platform/scrapers/linkedin/profile-comments", false, true, 1),
  GET_INSTAGRAM_PROFILE("POST", "/api/v1/platform/scrapers/instagram/profile", false, true, 1),
  LIST_INSTAGRAM_POSTS("POST", "/api/v1/platform/scrapers/instagram/posts", false, true, 1),
  GET_INSTAGRAM_POST("POST", "/api/v1/platform/scrapers/instagram/post-details", false, true, 1),
  LIST_INSTAGRAM_POST_COMMENTS("POST", "/api/v1/platform/scrapers/instagram/post-comments", false, true, 1),
  LIST_INSTAGRAM_FOLLOWERS("POST", "/api/v1/platform/scrapers/instagram/followers", false, true, 1),
  LIST_INSTAGRAM_FOLLOWING("POST", "/api/v1/platform/scrapers/instagram/following", false, true, 1),
  GET_TIKTOK_PROFILE("POST", "/api/v1/platform/scrapers/tiktok/profile", false, true, 1),
  SEARCH_WEB("POST", "/api/v1/platform/scrapers/web/search", false, true, 1),
  SCRAPE_WEB_PAGE("POST", "/api/v1/platform/scrapers/web/scrape", false, true, 1),
  DETECT_IMAGE_DEEPFAKE("POST", "/api/v1/platform/scrapers/image/deepfake-detection", false, true, 1),
  // Known from the API's own contract (docs/07) only.
  GET_X_PROFILE("POST", "/api/v1/platform/scrapers/x/profile", false, true, 1),
  SEARCH_X_POSTS("POST", "/api/v1/platform/scrapers/x/search-posts", false, true, 1),
  GET_X_POST("POST", "/api/v1/platform/scrapers/x/post", false, true, 1),
  GET_X_CONVERSATION("POST", "/api/v1/platform/scrapers/x/conversation", false, true, 1),
  GET_YOUTUBE_VIDEO("POST", "/api/v1/platform/scrapers/youtube/video", false, true, 1),
  GET_YOUTUBE_CHANNEL("POST", "/api/v1/platform/scrapers/youtube/channel", false, true, 1),
  GET_FACEBOOK_POST("POST", "/api/v1/platform/scrapers/facebook/post", false, true, 1),
  GET_FACEBOOK_PAGE("POST", "/api/v1/platform/scrapers/facebook/page", false, true, 1),
  GET_SEO_DOMAIN_OVERVIEW("POST", "/api/v1/platform/scrapers/seo/domain", false, true, 1),
  GET_SEO_KEYWORDS("POST", "/api/v1/platform/scrapers/seo/keywords", false, true, 1),
  GET_SEO_COMPETING_KEYWORDS("POST", "/api/v1/platform/scrapers/seo/competing-keywords", false, true, 1);

  static final String OPERATIONS_PREFIX = "/api/operations/";

  private final String method;
  private final String pathTemplate;
  private final String[] segments;
  private final boolean legacy;
  private final boolean idempotent;
  private final long fixedCost;

  Endpoint(String method, String pathTemplate, boolean legacy, boolean idempotent, long fixedCost) {
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.segments = pathTemplate.substring(1).split("/");
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
    return this == ESTIMATE_PEOPLE_ENRICHMENT || this == ESTIMATE_PEOPLE_RESEARCH || this == ESTIMATE_GENERATION
        || this == ESTIMATE_PEOPLE_SEARCH;
  }

  /** Whether a JSON body must be sent (every POST and PATCH but run-now, whose body is optional). */
  boolean bodyRequired() {
    return (method.equals("POST") || method.equals("PATCH")) && this != RUN_MONITOR_NOW;
  }

  /** Reads of one job's state, limited like polls (the polls-per-minute bucket). */
  boolean isPoll() {
    return this == GET_OPERATION || this == GET_ENRICHMENT || this == GET_SEARCH;
  }

  /** The {id} segment of a path this endpoint matched, or null when its template has none. */
  String idOf(String path) {
    String[] parts = path.substring(1).split("/");
    for (int i = 0; i < segments.length && i < parts.length; i++) {
      if (segments[i].equals("{id}")) {
        return parts[i];
      }
    }
    return null;
  }

  private boolean matchesPath(String path) {
    String[] parts = path.substring(1).split("/", -1);
    if (parts.length != segments.length) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      boolean any = segments[i].equals("{id}");
      if (any ? parts[i].isEmpty() : !segments[i].equals(parts[i])) {
        return false;
      }
    }
    return true;
  }

  /** The methods the spec gives a path, comma-separated, or null when the path is not in the spec. */
  static String allowedMethod(String path) {
    java.util.StringJoiner methods = new java.util.StringJoiner(", ");
    for (Endpoint e : values()) {
      if (e.matchesPath(path) && !methods.toString().contains(e.method)) {
        methods.add(e.method);
      }
    }
    return methods.length() == 0 ? null : methods.toString();
  }

  /** The endpoint for a request, or null when the sandbox (and the spec) has none. */
  static Endpoint match(String method, String path) {
    if (!path.startsWith("/")) {
      return null;
    }
    for (Endpoint e : values()) {
      if (e.method.equals(method) && e.matchesPath(path)) {
        return e;
      }
    }
    return null;
  }
}
