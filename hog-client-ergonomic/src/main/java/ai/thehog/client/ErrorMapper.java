package ai.thehog.client;

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
final class ErrorMapper {

  private static final JsonAdapter<ErrorResponse> ERRORS = HogJson.moshi().adapter(ErrorResponse.class);

  private final Secrets secrets;

  ErrorMapper(Secrets secrets) {
    this.secrets = secrets;
  }

  HogApiException toException(Response<?> response, String what, Instant now) {
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
    if (error != null && error.error() != null) {
      message.append(' ').append(error.error());
    }
    if (error != null && error.message() != null) {
      message.append(": ").append(error.message());
    }
    if (error != null && error.errors() != null && !error.errors().isEmpty()) {
      message.append(" [").append(error.errors().stream().map(ErrorMapper::describe)
          .collect(Collectors.joining("; "))).append(']');
    }
    message.append(". ").append(advice(code, retryAfter));
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

  private static String describe(ValidationError error) {
    return (error.property() == null ? "?" : error.property()) + ": " + (error.message() != null ? error.message()
        : error.constraints() == null ? "invalid" : String.join(", ", error.constraints().values()));
  }

  static String advice(int code, Duration retryAfter) {
    switch (code) {
      case 400:
        return "Fix the request as the errors say, then send it again.";
      case 422:
        return "Fix the request as the errors say; if it reused an Idempotency-Key with a different body, use a new key.";
      case 401:
        return "Check the access key and secret key (THE_HOG_ACCESS_KEY, THE_HOG_SECRET_KEY) or the Bearer token,"
            + " and that they belong to this base URL.";
      case 402:
        return "Add credits or raise the plan limit; check the cost first with client.estimates().";
      case 404:
        return "Check the id or path; an operation id must come from a 202 answer of the same account.";
      case 429:
        return "Too many requests: wait" + (retryAfter == null ? "" : " " + retryAfter.toSeconds() + " s")
            + " and retry, or lower HogClient.Builder.rateLimits so the client waits instead.";
      default:
        if (code >= 500) {
          return "The API failed after every retry allowed; try again later and quote the request id to support"
              + " if it persists.";
        }
        return "Unexpected status; quote the request id to The Hog's support.";
    }
  }
}
