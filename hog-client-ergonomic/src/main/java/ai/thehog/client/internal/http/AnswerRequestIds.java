package ai.thehog.client.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Remembers, per thread, the {@code X-Request-Id} of the last answer a call received, so that an
 * answer the model refuses (read after the interceptors, where the headers are gone) is reported
 * with the request id. A synchronous call runs its interceptors on the caller's thread.
 */
public final class AnswerRequestIds implements Interceptor {

  private static final ThreadLocal<String> LAST = new ThreadLocal<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    LAST.set(response.header("X-Request-Id"));
    return response;
  }

  /** Forgets the last request id of this thread (before a call). */
  static void clear() {
    LAST.remove();
  }

  /** The request id of the last answer this thread received, or null; forgets it. */
  static String take() {
    String id = LAST.get();
    LAST.remove();
    return id;
  }
}
