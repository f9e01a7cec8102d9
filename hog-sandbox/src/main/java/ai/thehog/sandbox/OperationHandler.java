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
}
