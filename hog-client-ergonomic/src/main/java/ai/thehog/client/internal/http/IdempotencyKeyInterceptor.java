package ai.thehog.client.internal.http;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Gives every POST and PATCH an Idempotency-Key, once per logical call (it sits outside the retries, so every
 * attempt carries the same key). A key chosen by the resource (the caller's, or one derived from
 * the body) is kept; otherwise a random one is drawn.
 */
public final class IdempotencyKeyInterceptor implements Interceptor {

  public static final String HEADER = "Idempotency-Key";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if ((request.method().equals("POST") || request.method().equals("PATCH")) && request.header(HEADER) == null) {
      request = request.newBuilder().header(HEADER, "hog-" + UUID.randomUUID()).build();
    }
    return chain.proceed(request);
  }
}
