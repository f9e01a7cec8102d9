package ai.thehog.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One authenticated, valid request being answered: what handlers read, charge and create. */
final class Call {

  final SandboxState state;
  final Endpoint endpoint;
  final String accessKey;
  final String requestId;
  final String projectId;
  final String path;
  final Object body;
  final Instant now;
  final String origin;
  /** Query parameters (first value of each). */
  final Map<String, String> query;

  Call(SandboxState state, Endpoint endpoint, String accessKey, String requestId, String projectId, String path,
      Object body, Instant now, String origin, Map<String, String> query) {
    this.state = state;
    this.endpoint = endpoint;
    this.accessKey = accessKey;
    this.requestId = requestId;
    this.projectId = projectId;
    this.path = path;
    this.body = body;
    this.now = now;
    this.origin = origin;
    this.query = query;
  }

  /** The {id} of the path, for endpoints whose template has one. */
  String pathId() {
    return endpoint.idOf(path);
  }

  /** Whether the sandbox answers exactly the real API's shapes (see HogSandbox.Builder#realShapes). */
  boolean realShapes() {
    return state.config.realShapes();
  }

  ApiResponse notFound(String what) {
    return ApiErrors.error(404, "No " + what + " with id '" + pathId() + "'.", path, requestId, now);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> bodyMap() {
    return body instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** The request body as text, for trigger inputs anywhere in it. */
  String bodyText() {
    return body == null ? "" : Json.write(body);
  }

  boolean canAfford(long credits) {
    return state.ledger.creditsCharged(accessKey) + credits <= state.config.planCredits();
  }

  ApiResponse paymentRequired(long credits) {
    long used = state.ledger.creditsCharged(accessKey);
    return ApiErrors.error(402, "This request needs " + credits + " credits but the plan has "
        + Math.max(0, state.config.planCredits() - used) + " of " + state.config.planCredits() + " left.",
        path, requestId, now);
  }

  void charge(String operationId, String identifier, long credits) {
    state.ledger.charge(new SandboxLedger.Charge(accessKey, endpoint.route(), operationId, identifier, credits,
        requestId, now));
  }

  Map<String, Object> meta() {
    Map<String, Object> meta = Json.obj("requestId", requestId);
    if (projectId != null) {
      meta.put("projectId", projectId);
    }
    return meta;
  }

  /** 200 with {data, meta{requestId, projectId?, cost{estimated, actual}}}. */
  ApiResponse sync(Object data, long estimated, long actual) {
    Map<String, Object> meta = meta();
    meta.put("cost", Json.obj("estimated", estimated, "actual", actual));
    return ApiResponse.json(200, Json.obj("data", data, "meta", meta));
  }

  /** 200 with {data, meta} and no cost (estimates). */
  ApiResponse syncWithoutCost(Object data) {
    return ApiResponse.json(200, Json.obj("data", data, "meta", meta()));
  }

  static String newOperationId() {
    return "op_" + UUID.randomUUID().toString().replace("-", "").toUpperCase(java.util.Locale.ROOT).substring(0, 26);
  }

  /**
   * Registers an operation and answers 202. The current endpoints send
   * {id, operationId, status, pollUrl (relative), meta}; the older ones (docs 02 and 05) send no
   * {@code id} and an absolute {@code pollUrl} on the host the client called.
   */
  ApiResponse accepted(String operationId, SandboxOperation.Outcome outcome, Map<String, Object> result,
      String errorMessage, long estimatedCost) {
    state.operations.put(operationId,
        new SandboxOperation(operationId, accessKey, now, outcome, result, errorMessage));
    Map<String, Object> meta = meta();
    meta.put("estimatedCost", estimatedCost);
    String pollPath = Endpoint.OPERATIONS_PREFIX + operationId;
    Map<String, Object> body = Json.obj();
    if (!endpoint.legacy()) {
      body.put("id", operationId);
    }
    body.put("operationId", operationId);
    body.put("status", "queued");
    body.put("pollUrl", endpoint.legacy() ? origin + pollPath : pollPath);
    boolean wrapped = endpoint == Endpoint.CRAWL_WEBSITE || endpoint == Endpoint.SCRAPE_WEB_PAGES
        || endpoint == Endpoint.CREATE_SCRAPE_JOB || endpoint == Endpoint.LIST_LINKEDIN_PROFILE_POSTS;
    if (wrapped) {
      // The API wraps the handle and sends no other keys: {data{id, operationId, status, pollUrl}, meta{requestId}}.
      return ApiResponse.json(202, Json.obj("data", body, "meta", meta()));
    }
    if (!(realShapes() && endpoint == Endpoint.SEARCH_COMPANIES)) {
      body.put("meta", meta); // the real company search sends no meta
    }
    return ApiResponse.json(202, body);
  }

  ApiResponse badRequest(List<ApiErrors.FieldError> errors) {
    StringBuilder message = new StringBuilder("Validation failed: ");
    for (int i = 0; i < errors.size(); i++) {
      message.append(i == 0 ? "" : "; ").append(errors.get(i).message());
    }
    return ApiErrors.error(400, message.toString(), path, requestId, now, errors);
  }
}
