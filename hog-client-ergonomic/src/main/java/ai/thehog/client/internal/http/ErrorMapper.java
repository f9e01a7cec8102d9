package ai.thehog.client.internal.http;

import ai.thehog.client.error.HogApiException;
import ai.thehog.client.error.HogAuthenticationException;
import ai.thehog.client.error.HogInvalidRequestException;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.error.HogPaymentRequiredException;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.error.HogServerException;
import ai.thehog.client.internal.Messages;
import ai.thehog.model.ErrorResponse;
import ai.thehog.model.ValidationError;
import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import okhttp3.ResponseBody;
import retrofit2.Response;

/** Turns an error answer into the matching {@link HogApiException}, with advice on what to do next. */
public final class ErrorMapper {

  private static final JsonAdapter<ErrorResponse> ERRORS = HogJson.moshi().adapter(ErrorResponse.class);

  private final Secrets secrets;

  public ErrorMapper(Secrets secrets) {
    this.secrets = secrets;
  }

  public HogApiException toException(Response<?> response, String what, Instant now) {
    String text = null;
    try (ResponseBody body = response.errorBody()) {
      if (body != null) {
        text = body.string();
      }
    } catch (IOException e) {
      text = null;
    }
    ErrorResponse error = null;
    if (text != null && !text.isBlank()) {
      try {
        error = ERRORS.fromJson(text);
      } catch (IOException | RuntimeException notJson) {
        error = null;
      }
    }
    int code = response.code();
    String requestId = response.headers().get("X-Request-Id");
    if (requestId == null && error != null) {
      requestId = error.requestId();
    }
    Duration retryAfter = RetryAfter.parse(response.headers().get("Retry-After"), now);
    StringBuilder message = new StringBuilder(what).append(" failed: HTTP ").append(code);
    String apiMessage = error == null ? "" : Messages.sentence(error.message());
    String details = error == null || error.errors() == null || error.errors().isEmpty() ? ""
        : error.errors().stream().map(ErrorMapper::describe).distinct().collect(Collectors.joining("; "));
    if (error != null && error.error() != null && !Messages.sentence(error.error()).isEmpty()
        && !apiMessage.toLowerCase(java.util.Locale.ROOT).contains(Messages.sentence(error.error())
            .toLowerCase(java.util.Locale.ROOT))) {
      message.append(' ').append(Messages.sentence(error.error()));
    }
    if (!apiMessage.isEmpty()) {
      message.append(": ").append(apiMessage);
    }
    // The validation errors only when the API's message does not already say them.
    if (!details.isEmpty() && !apiMessage.contains(details) && !containsAll(apiMessage, error)) {
      message.append(" [").append(details).append(']');
    }
    message.append(". ").append(advice(code, retryAfter, what));
    if (requestId != null) {
      message.append(" Request id: ").append(requestId).append('.');
    }
    String safe = secrets.redact(message.toString());
    if (code == 400 || code == 422) {
      return new HogInvalidRequestException(safe, code, requestId, error);
    } else if (code == 401) {
      return new HogAuthenticationException(safe, code, requestId, error);
    } else if (code == 402) {
      return new HogPaymentRequiredException(safe, code, requestId, error);
    } else if (code == 404) {
      return new HogNotFoundException(safe, code, requestId, error);
    } else if (code == 429) {
      return new HogRateLimitException(safe, requestId, error, retryAfter);
    } else if (code >= 500) {
      return new HogServerException(safe, code, requestId, error);
    }
    return new HogApiException(safe, code, requestId, error);
  }

  private static boolean containsAll(String apiMessage, ErrorResponse error) {
    if (apiMessage.isEmpty()) {
      return false;
    }
    for (ValidationError each : error.errors()) {
      String text = each.message() != null ? Messages.sentence(each.message()) : null;
      if (text == null || !apiMessage.contains(text)) {
        return false;
      }
    }
    return true;
  }

  /** The method that estimates the call {@code what}, for the advice of a 402. */
  public static String estimateFor(String what) {
    String path = what == null ? "" : what.replaceFirst("^[A-Z]+ ", "");
    if (path.startsWith("/api/enrichments")) {
      return "client.enrichments().estimate(request)";
    }
    if (path.startsWith("/api/people/enrich")) {
      return "client.estimates().peopleEnrichment(request)";
    }
    if (path.startsWith("/api/people/researches")) {
      return "client.estimates().peopleResearch(request)";
    }
    if (path.startsWith("/api/generate")) {
      return "client.estimates().generation(request)";
    }
    return "client.enrichments().estimate(request) or client.estimates()";
  }

  private static boolean isEstimate(String what) {
    return what != null && what.contains("/estimate");
  }

  /** A 404 means an unknown id for reads of one resource, and a missing endpoint for everything else. */
  public static String notFoundAdvice(String what) {
    String method = what == null ? "" : what.replaceFirst(" .*$", "");
    String path = what == null ? "" : what.replaceFirst("^[A-Z]+ ", "");
    if (isEstimate(what)) {
      return "This server has no " + path + " (the current API generation serves no estimates): check the base"
          + " URL (THE_HOG_SERVER_URL); enrichAll and enrichEach go on without an estimate, and"
          + " client.enrichments().estimateIfAvailable(request) says whether one is available.";
    }
    if ("GET".equals(method) && (path.startsWith("/api/operations/") || path.startsWith("/api/enrichments/")
        || path.startsWith("/api/v1/search/"))) {
      return "Check the operation id: it must come from a 202 answer of the same account (resume it with"
          + " client.operations().resume(id)).";
    }
    if ("GET".equals(method) || "PATCH".equals(method) || "DELETE".equals(method)) {
      return "Check the id in the path: it must belong to the same account.";
    }
    return "This server does not serve " + (what == null ? "this call" : what) + ": check the base URL"
        + " (THE_HOG_SERVER_URL) and that the call exists in its API generation.";
  }

  private static String describe(ValidationError error) {
    return (error.property() == null ? "?" : error.property()) + ": " + (error.message() != null
        ? Messages.sentence(error.message())
        : error.constraints() == null ? "invalid" : String.join(", ", error.constraints().values()));
  }

  public static String advice(int code, Duration retryAfter, String what) {
    switch (code) {
      case 400:
        return "Fix the request as the errors say, then send it again.";
      case 422:
        return "Fix the request as the errors say; if it reused an Idempotency-Key with a different body, use a new key.";
      case 401:
        return "Check the access key and secret key (THE_HOG_ACCESS_KEY, THE_HOG_SECRET_KEY) or the Bearer token,"
            + " and that they belong to this base URL.";
      case 402:
        return "Add credits or raise the plan limit; check the cost first with " + estimateFor(what) + ".";
      case 404:
        return notFoundAdvice(what);
      case 405:
      case 501:
        return "This server does not serve " + (what == null ? "this call" : what) + ": check the base URL"
            + " (THE_HOG_SERVER_URL) and that the call exists in its API generation"
            + (isEstimate(what) ? "; estimates are optional, enrichAll and enrichEach go on without them." : ".");
      case 429:
        return "Rate limited: wait" + (retryAfter == null ? " a moment" : " " + retryAfter.toSeconds() + " s")
            + " and retry, or lower the client's limits with HogClient.builder().rateLimits(limits) so that it"
            + " waits instead.";
      default:
        if (code >= 500) {
          return "The API failed after every retry allowed; try again later and quote the request id to support"
              + " if it persists.";
        }
        return "Unexpected status; quote the request id to The Hog's support.";
    }
  }
}
