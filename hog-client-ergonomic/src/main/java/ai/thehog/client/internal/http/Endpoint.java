package ai.thehog.client.internal.http;

import ai.thehog.client.common.HogClientListener;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * What the client knows of one operation, read from the Retrofit method behind a request (its
 * {@link Invocation} tag): the HTTP method and path template (for deterministic Idempotency-Keys),
 * and whether it polls an operation (for the poll rate limit).
 *
 * @param httpMethod GET, POST, ...
 * @param pathTemplate the path as declared, with a leading slash, e.g. {@code /api/enrichments}
 * @param poll whether the request reads an operation's state
 */
public record Endpoint(String httpMethod, String pathTemplate, boolean poll) {

  /** The reads of one job's state, which the API counts in its poll bucket. */
  private static final java.util.Set<String> POLLED_TEMPLATES =
      java.util.Set.of("api/operations/{id}", "api/enrichments/{id}", "api/v1/search/{id}");

  /** The endpoint of {@code call}; builds its request (without sending it). */
  public static Endpoint of(Call<?> call) {
    return of(call.request());
  }

  /** The endpoint of {@code request}, from its Invocation tag, else from the request itself. */
  public static Endpoint of(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return new Endpoint(request.method(), request.url().encodedPath(), false);
    }
    Method method = invocation.method();
    String path = null;
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation instanceof GET get) {
        path = get.value();
      } else if (annotation instanceof POST post) {
        path = post.value();
      } else if (annotation instanceof PUT put) {
        path = put.value();
      } else if (annotation instanceof DELETE delete) {
        path = delete.value();
      } else if (annotation instanceof PATCH patch) {
        path = patch.value();
      }
    }
    if (path == null || path.isEmpty()) {
      path = request.url().encodedPath();
    }
    boolean poll = method.getDeclaringClass() == PollingApi.class
        || request.method().equals("GET") && POLLED_TEMPLATES.contains(path.startsWith("/") ? path.substring(1) : path);
    return new Endpoint(request.method(), path.startsWith("/") ? path : "/" + path, poll);
  }

  /**
   * Names a request for a {@link HogClientListener}: its method and declared path template, never a
   * concrete path (which may carry ids): {@code GET {pollUrl}} for a poll of a pollUrl, {@code GET {url}}
   * for a request not made by a Retrofit method.
   */
  public static String operationName(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return request.method() + " {url}";
    }
    if (invocation.method().getDeclaringClass() == PollingApi.class) {
      return request.method() + " {pollUrl}";
    }
    Endpoint endpoint = of(request);
    return endpoint.httpMethod() + " " + endpoint.pathTemplate();
  }

  /** Names a request in messages, e.g. {@code POST /api/enrichments}, with its concrete path. */
  public static String describe(Request request) {
    return request.method() + " " + request.url().encodedPath();
  }
}
