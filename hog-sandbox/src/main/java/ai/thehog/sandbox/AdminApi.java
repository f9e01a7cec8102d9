package ai.thehog.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON admin view under {@code /__sandbox/}, for a sandbox started in another process:
 * <ul>
 *   <li>GET /__sandbox/ledger: charges, credits per access key, charges per identifier, requests per
 *       route, 429s sent, idempotent replays;
 *   <li>GET /__sandbox/faults: the armed faults; POST /__sandbox/faults: arm one fault or an array of
 *       them ({@code {"method", "path", "times", "kind", "latencyMillis", "status"}}); DELETE disarms all;
 *   <li>POST /__sandbox/reset: clear the ledger, operations, idempotency keys, rate windows and faults.
 * </ul>
 */
final class AdminApi {

  static final String PREFIX = "/__sandbox/";

  private final SandboxState state;

  AdminApi(SandboxState state) {
    this.state = state;
  }

  ApiResponse handle(String method, String path, String body) {
    String route = method + " " + path;
    try {
      switch (route) {
        case "GET /__sandbox/ledger":
          return ApiResponse.json(200, ledgerJson());
        case "GET /__sandbox/faults":
          return ApiResponse.json(200, Json.obj("faults", state.faults.describe()));
        case "POST /__sandbox/faults":
          List<SandboxFault> faults = parseFaults(body);
          state.faults.inject(faults.toArray(new SandboxFault[0]));
          return ApiResponse.json(200, Json.obj("faults", state.faults.describe()));
        case "DELETE /__sandbox/faults":
          state.faults.clear();
          return ApiResponse.json(200, Json.obj("faults", List.of()));
        case "POST /__sandbox/reset":
          state.reset();
          return ApiResponse.json(200, Json.obj("reset", true));
        default:
          return adminError(404, "No admin route " + route + "; see GET /__sandbox/ledger, /__sandbox/faults, "
              + "POST /__sandbox/reset.");
      }
    } catch (IllegalArgumentException e) {
      return adminError(400, e.getMessage());
    }
  }

  private static ApiResponse adminError(int status, String message) {
    return ApiResponse.json(status, Json.obj("statusCode", status, "error", ApiErrors.reason(status), "message", message));
  }

  private Map<String, Object> ledgerJson() {
    SandboxLedger ledger;
    synchronized (state) {
      ledger = state.ledger.snapshot();
    }
    List<Object> charges = new ArrayList<>();
    for (SandboxLedger.Charge c : ledger.charges()) {
      charges.add(Json.obj("accessKey", c.accessKey(), "route", c.route(), "operationId", c.operationId(),
          "identifier", c.identifier(), "credits", c.credits(), "requestId", c.requestId(), "at", c.at().toString()));
    }
    // Each key is the name of the SandboxLedger method that gives it (AdminApiTest checks).
    return Json.obj(
        "charges", charges,
        "creditsPerAccessKey", ledger.creditsPerAccessKey(),
        "chargesPerIdentifier", ledger.chargesPerIdentifier(),
        "requestsPerRoute", ledger.requestsPerRoute(),
        "tooManyRequestsSent", ledger.tooManyRequestsSent(),
        "idempotentReplays", ledger.idempotentReplays());
  }

  static List<SandboxFault> parseFaults(String body) {
    Object json;
    try {
      json = Json.read(body == null ? "" : body);
    } catch (Exception e) {
      throw new IllegalArgumentException("The fault body is not valid JSON.");
    }
    List<SandboxFault> out = new ArrayList<>();
    if (json instanceof List<?> list) {
      for (Object o : list) {
        out.add(parseFault(o));
      }
    } else {
      out.add(parseFault(json));
    }
    return out;
  }

  private static SandboxFault parseFault(Object json) {
    if (!(json instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("A fault is a JSON object with method, path, kind and optionally times.");
    }
    Object method = m.get("method");
    Object path = m.get("path");
    Object kind = m.get("kind");
    if (!(path instanceof String p) || !(kind instanceof String k)) {
      throw new IllegalArgumentException("A fault needs a string 'path' and a string 'kind' (one of latency, "
          + "server_error, connection_reset, empty_response, malformed_chunk, response_lost_after_work).");
    }
    SandboxFault.Builder builder = SandboxFault.on(method instanceof String s ? s : "*", p);
    if (m.get("times") instanceof Number n) {
      builder.times(n.intValue());
    }
    switch (k.toLowerCase(Locale.ROOT)) {
      case "latency":
        long millis = m.get("latencyMillis") instanceof Number n ? n.longValue() : 1000;
        return builder.latency(Duration.ofMillis(millis));
      case "server_error":
        return builder.serverError(m.get("status") instanceof Number n ? n.intValue() : 500);
      case "connection_reset":
        return builder.connectionReset();
      case "empty_response":
        return builder.emptyResponse();
      case "malformed_chunk":
        return builder.malformedChunk();
      case "response_lost_after_work":
        return builder.responseLostAfterWork();
      default:
        throw new IllegalArgumentException("Unknown fault kind '" + k + "'; use latency, server_error, "
            + "connection_reset, empty_response, malformed_chunk or response_lost_after_work.");
    }
  }
}
