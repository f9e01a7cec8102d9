package ai.thehog.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Error bodies in the API's shape: {statusCode, error, message, path, timestamp, requestId, errors}. */
final class ApiErrors {

  /** One entry of {@code errors[]}. */
  record FieldError(String property, String message, Map<String, String> constraints) {
    Map<String, Object> toJson() {
      return Json.obj("property", property, "message", message, "constraints", constraints);
    }
  }

  private ApiErrors() {
  }

  static ApiResponse error(int status, String message, String path, String requestId, Instant now) {
    return error(status, message, path, requestId, now, List.of());
  }

  static ApiResponse error(int status, String message, String path, String requestId, Instant now,
      List<FieldError> errors) {
    return ApiResponse.json(status, Json.obj(
        "statusCode", status,
        "error", reason(status),
        "message", message,
        "path", path,
        "timestamp", now.toString(),
        "requestId", requestId,
        "errors", errors.stream().map(FieldError::toJson).toList()));
  }

  static String reason(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 402: return "Payment Required";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 422: return "Unprocessable Entity";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      default: return status >= 500 ? "Server Error" : "Error";
    }
  }
}
