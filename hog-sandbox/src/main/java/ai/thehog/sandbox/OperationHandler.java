package ai.thehog.sandbox;

import java.time.Instant;
import java.util.Map;

/** GET /api/operations/{id}: the operation's state at this moment of sandbox time. */
final class OperationHandler {

  private OperationHandler() {
  }

  static ApiResponse get(SandboxState state, String accessKey, String path, String requestId, String projectId,
      Instant now) {
    String id = path.substring(Endpoint.OPERATIONS_PREFIX.length());
    SandboxOperation operation = state.operations.get(id);
    if (operation == null || !operation.accessKey().equals(accessKey)) {
      return ApiErrors.error(404, "No operation with id '" + id + "'.", path, requestId, now);
    }
    Map<String, Object> body = operation.view(state.time.scaledMillisSince(operation.createdAt()),
        state.operationMillis());
    return ApiResponse.json(200, body).withHeader("X-Request-Id", requestId);
  }

  /** GET /api/enrichments/{id}: the operation of an enrichment accepted with 202, as an Operation. */
  static ApiResponse getEnrichment(Call call) {
    SandboxOperation operation = call.state.operations.get(call.pathId());
    if (operation == null || !operation.accessKey().equals(call.accessKey)) {
      return call.notFound("enrichment");
    }
    return ApiResponse.json(200, operation.view(call.state.time.scaledMillisSince(operation.createdAt()),
        call.state.operationMillis()));
  }

  /** GET /api/operations: the account's operations, newest first, optionally in one status. */
  static ApiResponse list(Call call) {
    String status = call.query.get("status");
    java.util.List<Map<String, Object>> views = new java.util.ArrayList<>();
    for (SandboxOperation operation : call.state.operations.values()) {
      if (operation.accessKey().equals(call.accessKey)) {
        Map<String, Object> view = operation.view(call.state.time.scaledMillisSince(operation.createdAt()),
            call.state.operationMillis());
        if (status == null || status.equals(view.get("status"))) {
          views.add(0, view);
        }
      }
    }
    // The API answers a bare array of the newest operations, no cursor: limit (default 20, at most 100) bounds it.
    return ApiResponse.json(200, new java.util.ArrayList<Object>(views.subList(0, Math.min(views.size(),
        Pages.limit(call)))));
  }
}
