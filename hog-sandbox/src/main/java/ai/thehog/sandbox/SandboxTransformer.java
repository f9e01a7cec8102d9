package ai.thehog.sandbox;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sandbox's request pipeline, as a WireMock response-definition transformer on a catch-all stub:
 * route, faults, credentials, rate limits, spec validation, idempotency, then the endpoint's handler.
 * State changes happen under the state's lock; WireMock renders the result, including its faults and
 * delays.
 */
final class SandboxTransformer implements ResponseDefinitionTransformerV2 {

  static final String NAME = "hog-sandbox";

  private final SandboxState state;
  private final CredentialFilter credentials;
  private final SpecValidator validator;
  private final AdminApi admin;

  SandboxTransformer(SandboxState state, CredentialFilter credentials, SpecValidator validator) {
    this.state = state;
    this.credentials = credentials;
    this.validator = validator;
    this.admin = new AdminApi(state);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    CredentialFilter.Outcome auth = credentials.redeem(request);
    String method = request.getMethod().getName();
    String path = pathOf(request.getUrl());
    if (path.startsWith(AdminApi.PREFIX)) {
      return render(admin.handle(method, path, request.getBodyAsString()), UUID.randomUUID().toString());
    }
    String requestId = UUID.randomUUID().toString();
    Endpoint endpoint = Endpoint.match(method, path);
    if (!state.config.estimateEndpoints() && isEstimatePath(path)) {
      // A server without the estimate endpoints: no route at all, whatever the method.
      return render(ApiErrors.error(404, "No route " + method + " " + path, path, requestId, state.time.now()),
          requestId);
    }
    if (endpoint == null && Endpoint.allowedMethod(path) != null) {
      String allowed = Endpoint.allowedMethod(path);
      return render(ApiErrors.error(405, method + " is not allowed on " + path + "; use " + allowed + ".", path,
          requestId, state.time.now()).withHeader("Allow", allowed), requestId);
    }
    if (endpoint == null) {
      return render(ApiErrors.error(404, "No route " + method + " " + path, path, requestId, state.time.now()),
          requestId);
    }
    synchronized (state) {
      state.ledger.countRequest(endpoint.route());
    }
    SandboxFault fault = state.faults.take(method, path);
    if (fault != null) {
      switch (fault.kind()) {
        case CONNECTION_RESET:
          return new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        case EMPTY_RESPONSE:
          return new ResponseDefinitionBuilder().withFault(Fault.EMPTY_RESPONSE).build();
        case MALFORMED_CHUNK:
          return new ResponseDefinitionBuilder().withFault(Fault.MALFORMED_RESPONSE_CHUNK).build();
        case SERVER_ERROR:
          return render(ApiErrors.error(fault.status(), "Injected fault: " + ApiErrors.reason(fault.status()),
              path, requestId, state.time.now()), requestId);
        default:
          break;
      }
    }
    ApiResponse response;
    try {
      synchronized (state) {
        response = process(endpoint, request, method, path, auth, requestId);
      }
    } catch (RuntimeException e) {
      // A sandbox bug must still look like the API: an error body with the request id, no stack trace.
      response = ApiErrors.error(500, "Internal sandbox error (" + e.getClass().getSimpleName() + ")", path,
          requestId, state.time.now());
    }
    if (fault != null && fault.kind() == SandboxFault.Kind.RESPONSE_LOST_AFTER_WORK) {
      response = ApiErrors.error(503, "Service Unavailable (injected: the work was done, the response was lost)",
          path, requestId, state.time.now());
    }
    ResponseDefinition rendered = render(response, requestId);
    if (fault != null && fault.kind() == SandboxFault.Kind.LATENCY) {
      return ResponseDefinitionBuilder.like(rendered).withFixedDelay((int) fault.latency().toMillis()).build();
    }
    return rendered;
  }

  private ApiResponse process(Endpoint endpoint, Request request, String method, String path,
      CredentialFilter.Outcome auth, String requestId) {
    java.time.Instant now = state.time.now();
    if (!auth.authenticated()) {
      return ApiErrors.error(401, auth.failure(), path, requestId, now);
    }
    if (auth.scheme() == CredentialFilter.Scheme.BEARER && !endpoint.legacy()) {
      return ApiErrors.error(401, "Bearer tokens are accepted only on the older endpoints; send X-Access-Key and "
          + "X-Secret-Key to " + endpoint.route() + ".", path, requestId, now);
    }
    RateLimiter.Decision rate = state.rateLimiter.acquire(auth.accessKey(),
        endpoint.isPoll() ? RateLimiter.Bucket.POLLS : RateLimiter.Bucket.REQUESTS);
    if (!rate.allowed()) {
      state.ledger.countTooManyRequests();
      return withRateHeaders(ApiErrors.error(429, "Rate limit of " + rate.limit() + " requests per minute exceeded; "
          + "retry after " + rate.resetSeconds() + " s.", path, requestId, now), rate)
          .withHeader("Retry-After", Long.toString(rate.resetSeconds()));
    }
    return withRateHeaders(authorized(endpoint, request, method, path, auth.accessKey(), requestId, now), rate);
  }

  private ApiResponse authorized(Endpoint endpoint, Request request, String method, String path, String accessKey,
      String requestId, java.time.Instant now) {
    String projectId = request.getHeader("X-Project-Id");
    if (endpoint == Endpoint.GET_OPERATION) {
      return OperationHandler.get(state, accessKey, path, requestId, projectId, now);
    }
    boolean multipart = MultipartForms.isMultipart(request.getHeader("Content-Type"));
    if (multipart && endpoint != Endpoint.DETECT_IMAGE_DEEPFAKE) {
      return ApiErrors.error(400, "A JSON request body is required; " + endpoint.route() + " takes no multipart form.",
          path, requestId, now, List.of(new ApiErrors.FieldError("body", "A JSON request body is required.",
              Map.of("json", "valid JSON"))));
    }
    String text = multipart ? null : request.getBodyAsString();
    Object body;
    try {
      body = multipart ? MultipartForms.read(request) : text == null || text.isBlank() ? null : Json.read(text);
    } catch (Exception e) {
      return ApiErrors.error(400, "The request body is not valid JSON.", path, requestId, now,
          List.of(new ApiErrors.FieldError("body", "The request body is not valid JSON.", Map.of("json", "valid JSON"))));
    }
    Map<String, String> query = queryOf(request.getUrl());
    Call call = new Call(state, endpoint, accessKey, requestId, projectId, path, body, now,
        originOf(request.getAbsoluteUrl()), query);
    Map<String, String> headers = new LinkedHashMap<>();
    String contentType = request.getHeader("Content-Type");
    headers.put("Content-Type", contentType == null ? "application/json" : contentType);
    String idempotencyKey = request.getHeader("Idempotency-Key");
    if (idempotencyKey != null) {
      headers.put("Idempotency-Key", idempotencyKey);
    }
    if (projectId != null) {
      headers.put("X-Project-Id", projectId);
    }
    List<ApiErrors.FieldError> errors = multipart ? MultipartForms.check(call.bodyMap())
        : body == null && endpoint.bodyRequired()
        ? List.of(new ApiErrors.FieldError("body", "A JSON request body is required.", Map.of("required", "body")))
        : validator.validate(method, path, query, headers, body == null ? null : text);
    if (errors.isEmpty() && endpoint == Endpoint.SUBMIT_ENRICHMENT) {
      errors = EnrichmentHandler.check(call.bodyMap());
    }
    if (!errors.isEmpty()) {
      return call.badRequest(errors);
    }
    if (idempotencyKey != null && endpoint.idempotent()) {
      IdempotencyStore.Entry previous = state.idempotency.find(accessKey, idempotencyKey);
      if (previous != null) {
        if (!previous.sameRequest(endpoint.route(), body)) {
          return ApiErrors.error(422, "Idempotency-Key '" + idempotencyKey + "' was already used with a different "
              + "request (" + previous.route() + ", another body); use a new key for a new request.",
              path, requestId, now);
        }
        state.ledger.countIdempotentReplay();
        return previous.response().withHeader("Idempotent-Replayed", "true");
      }
    }
    ApiResponse response = handle(call).withHeader("X-Request-Id", requestId);
    if (idempotencyKey != null && endpoint.idempotent() && response.successful()) {
      state.idempotency.remember(accessKey, idempotencyKey,
          new IdempotencyStore.Entry(endpoint.route(), body, response));
    }
    return response;
  }

  private static ApiResponse handle(Call call) {
    if ((call.endpoint == Endpoint.SEARCH_COMPANIES || call.endpoint == Endpoint.SEARCH_PEOPLE
        || call.endpoint == Endpoint.ESTIMATE_PEOPLE_SEARCH) && !(call.bodyMap().get("query") instanceof String)) {
      // The API's contract requires it here; the spec's schema is shared with the older operations.
      return call.badRequest(java.util.List.of(new ApiErrors.FieldError("query", "query is required",
          java.util.Map.of("required", "query is required"))));
    }
    switch (call.endpoint) {
      case SUBMIT_ENRICHMENT: return EnrichmentHandler.handle(call);
      case SEARCH_COMPANIES: return SearchHandlers.searchCompanies(call);
      case SEARCH_PEOPLE: return SearchHandlers.searchPeople(call);
      case SUBMIT_SEARCH: return SearchJobHandlers.submit(call);
      case DEEP_RESEARCH: return ResearchHandlers.deepResearch(call);
      case CRAWL_WEBSITE: return ScrapeHandlers.crawl(call);
      case SCRAPE_WEB_PAGES: return ScrapeHandlers.scrapeBatch(call);
      case CREATE_SCRAPE_JOB: return ScrapeHandlers.scrapeJob(call);
      case SEARCH_COMPANIES_LEGACY: return SearchHandlers.searchCompaniesLegacy(call);
      case SEARCH_PEOPLE_LEGACY: return SearchHandlers.searchPeopleLegacy(call);
      case RESEARCH_PERSON: return ResearchHandlers.researchPerson(call);
      case ASSEMBLE_CONTEXT: return ResearchHandlers.assembleContext(call);
      case CLASSIFY_SIGNALS: return ResearchHandlers.classifySignals(call);
      case ENRICH_PEOPLE: return LegacyAsyncHandlers.enrichPeople(call);
      case GENERATE_CONTENT: return LegacyAsyncHandlers.generate(call);
      case ESTIMATE_PEOPLE_ENRICHMENT:
      case ESTIMATE_PEOPLE_RESEARCH:
      case ESTIMATE_GENERATION:
        return EstimateHandler.handle(call);
      case ESTIMATE_PEOPLE_SEARCH: return EstimateHandler.peopleSearch(call);
      case GET_ENRICHMENT: return OperationHandler.getEnrichment(call);
      case LIST_OPERATIONS: return OperationHandler.list(call);
      case LIST_SEARCHES: return SearchJobHandlers.list(call);
      case GET_SEARCH: return SearchJobHandlers.get(call);
      case CREATE_MONITOR: return MonitorHandlers.create(call);
      case LIST_MONITORS: return MonitorHandlers.list(call);
      case GET_MONITOR: return MonitorHandlers.get(call);
      case UPDATE_MONITOR: return MonitorHandlers.update(call);
      case DELETE_MONITOR: return MonitorHandlers.delete(call);
      case RUN_MONITOR_NOW: return MonitorHandlers.runNow(call);
      case LIST_MONITOR_EVENTS: return MonitorHandlers.events(call);
      default:
        return SocialScraperHandlers.serves(call.endpoint) ? SocialScraperHandlers.handle(call)
            : ScraperHandlers.handle(call);
    }
  }

  private static ApiResponse withRateHeaders(ApiResponse response, RateLimiter.Decision rate) {
    return response.withHeader("X-RateLimit-Limit", Integer.toString(rate.limit()))
        .withHeader("X-RateLimit-Remaining", Integer.toString(rate.remaining()))
        .withHeader("X-RateLimit-Reset", Long.toString(rate.resetSeconds()));
  }

  /** Renders a response; X-Request-Id is the one already in the headers (a replay's) or {@code requestId}. */
  private static ResponseDefinition render(ApiResponse response, String requestId) {
    ResponseDefinitionBuilder builder = new ResponseDefinitionBuilder()
        .withStatus(response.status())
        .withHeader("Content-Type", "application/json")
        .withBody(response.body());
    if (!response.headers().containsKey("X-Request-Id")) {
      builder.withHeader("X-Request-Id", requestId);
    }
    response.headers().forEach(builder::withHeader);
    return builder.build();
  }

  /** "http://host:port" of an absolute URL. */
  static String originOf(String absoluteUrl) {
    java.net.URI uri = java.net.URI.create(absoluteUrl);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static boolean isEstimatePath(String path) {
    for (Endpoint e : Endpoint.values()) {
      if (e.isEstimate() && e.route().endsWith(" " + path)) {
        return true;
      }
    }
    return false;
  }

  /** The query parameters of a URL, decoded; the first value of each name. */
  static Map<String, String> queryOf(String url) {
    Map<String, String> out = new LinkedHashMap<>();
    int q = url.indexOf('?');
    if (q < 0) {
      return out;
    }
    for (String pair : url.substring(q + 1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
      out.putIfAbsent(name, value);
    }
    return out;
  }

  static String pathOf(String url) {
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
