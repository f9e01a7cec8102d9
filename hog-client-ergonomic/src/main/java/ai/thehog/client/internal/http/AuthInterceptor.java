package ai.thehog.client.internal.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds credentials, the User-Agent and X-Project-Id, and only ever to the client's own host: a
 * request to any other host is refused, so credentials cannot leak through a foreign poll URL.
 */
public final class AuthInterceptor implements Interceptor {

  private final HttpUrl baseUrl;
  private final Credentials credentials;
  private final String userAgent;
  private final String projectId;

  public AuthInterceptor(HttpUrl baseUrl, Credentials credentials, String userAgent, String projectId) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.userAgent = userAgent;
    this.projectId = projectId;
  }

  public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!sameOrigin(request.url(), baseUrl)) {
      throw new IllegalStateException("Refusing to send credentials to " + request.url().scheme() + "://"
          + request.url().host() + ":" + request.url().port() + ": the client only talks to " + baseUrl
          + ". Build a client for that base URL if you trust it.");
    }
    Request.Builder builder = request.newBuilder().header("User-Agent", userAgent);
    credentials.apply(builder);
    if (projectId != null && request.header("X-Project-Id") == null) {
      builder.header("X-Project-Id", projectId);
    }
    return chain.proceed(builder.build());
  }
}
