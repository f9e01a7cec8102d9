package ai.thehog.client.internal.polling;

import ai.thehog.client.internal.http.AuthInterceptor;
import okhttp3.HttpUrl;

/**
 * Resolves an operation's pollUrl against the client's base URL. A relative URL is resolved; an
 * absolute one must be on the client's own scheme, host and port, else it is refused, so that
 * credentials are never sent to another host.
 */
public final class PollUrls {

  private PollUrls() {
  }

  public static HttpUrl forId(HttpUrl baseUrl, String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("operation id must not be empty");
    }
    return baseUrl.newBuilder().addPathSegments("api/operations").addPathSegment(id).build();
  }

  public static HttpUrl resolve(HttpUrl baseUrl, String pollUrl) {
    if (pollUrl == null || pollUrl.isBlank()) {
      throw new IllegalArgumentException("pollUrl must not be empty");
    }
    HttpUrl absolute = HttpUrl.parse(pollUrl);
    if (absolute == null) {
      if (pollUrl.contains("://") || pollUrl.startsWith("//")) {
        throw new IllegalArgumentException("pollUrl \"" + pollUrl + "\" is not a valid http(s) URL");
      }
      absolute = baseUrl.resolve(pollUrl);
      if (absolute == null) {
        throw new IllegalArgumentException("pollUrl \"" + pollUrl + "\" cannot be resolved against " + baseUrl);
      }
      return absolute;
    }
    if (!AuthInterceptor.sameOrigin(absolute, baseUrl)) {
      throw new IllegalArgumentException("pollUrl " + absolute.scheme() + "://" + absolute.host() + ":" + absolute.port()
          + " is not on the client's host " + baseUrl + "; refusing to send credentials there. Resume the"
          + " operation by its id, or use a client built for that host if you trust it.");
    }
    return absolute;
  }

  /** The operation id: the last non-empty path segment. */
  public static String idOf(HttpUrl pollUrl) {
    for (int i = pollUrl.pathSegments().size() - 1; i >= 0; i--) {
      String segment = pollUrl.pathSegments().get(i);
      if (!segment.isEmpty()) {
        return segment;
      }
    }
    throw new IllegalArgumentException("pollUrl " + pollUrl + " names no operation id");
  }
}
