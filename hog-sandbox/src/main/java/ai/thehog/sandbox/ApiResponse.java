package ai.thehog.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** A response the sandbox decided on, before WireMock renders it. Bodies are maps written as JSON. */
record ApiResponse(int status, String body, Map<String, String> headers) {

  ApiResponse {
    headers = new LinkedHashMap<>(headers);
  }

  static ApiResponse json(int status, Object body) {
    return new ApiResponse(status, Json.write(body), Map.of());
  }

  ApiResponse withHeader(String name, String value) {
    ApiResponse copy = new ApiResponse(status, body, headers);
    copy.headers.put(name, value);
    return copy;
  }

  boolean successful() {
    return status >= 200 && status < 300;
  }
}
