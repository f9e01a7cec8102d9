package ai.thehog.client.internal.core;

import ai.thehog.client.internal.http.AnswerRequestIds;
import ai.thehog.client.internal.http.AuthInterceptor;
import ai.thehog.client.internal.http.Credentials;
import ai.thehog.client.internal.http.IdempotencyKeyInterceptor;
import ai.thehog.client.internal.http.RateLimitInterceptor;
import ai.thehog.client.internal.http.RetryInterceptor;
import ai.thehog.client.internal.http.Secrets;
import ai.thehog.client.internal.http.WireLogInterceptor;
import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.client.internal.Defaults;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.polling.PollSpacing;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Assembles what a client sends through: its credentials and base URL checked, and the OkHttpClient
 * with the client's layers in order (auth, idempotency key, retries, rate limit, poll spacing, wire log).
 */
public final class Transport {

  private Transport() {
  }

  /** The OkHttpClient of a client: {@code given} (or a new one) with the client's timeouts and layers. */
  public static OkHttpClient http(OkHttpClient given, Duration connectTimeout, Duration readTimeout,
      Duration writeTimeout, HttpUrl url, Credentials credentials, String userAgent, String projectId,
      RetryPolicy retryPolicy, HogClock clock, DoubleSupplier jitter, HogRateLimiter limiter,
      HogClientListener events, Secrets secrets) {
    OkHttpClient.Builder http = given != null ? given.newBuilder()
        : new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(60))
            .writeTimeout(Duration.ofSeconds(30));
    if (connectTimeout != null) {
      http.connectTimeout(connectTimeout);
    }
    if (readTimeout != null) {
      http.readTimeout(readTimeout);
    }
    if (writeTimeout != null) {
      http.writeTimeout(writeTimeout);
    }
    return http.retryOnConnectionFailure(false)
        .followRedirects(false)
        .addInterceptor(new AnswerRequestIds())
        .addInterceptor(new AuthInterceptor(url, credentials, userAgent, projectId))
        .addInterceptor(new IdempotencyKeyInterceptor())
        .addInterceptor(new RetryInterceptor(retryPolicy, clock, jitter, events))
        .addInterceptor(new RateLimitInterceptor(limiter, clock, events))
        .addInterceptor(new PollSpacing(clock))
        .addInterceptor(new WireLogInterceptor(secrets))
        .build();
  }

  /** The credentials given, else those of the environment; a clear error when some are missing or unsendable. */
  public static Credentials credentials(String bearerToken, String accessKey, String secretKey,
      Map<String, String> environment) {
    if (bearerToken != null) {
      if (accessKey != null || secretKey != null) {
        throw new IllegalStateException("Give either a Bearer token or the access key and secret key, not both");
      }
      return Credentials.bearer(headerSafe(bearerToken, "Bearer token"));
    }
    String access = accessKey != null ? accessKey : env(environment, Defaults.ACCESS_KEY_VARIABLE);
    String secret = secretKey != null ? secretKey : env(environment, Defaults.SECRET_KEY_VARIABLE);
    if (access == null || secret == null) {
      throw new IllegalStateException("No " + (access == null ? "access key" : "secret key") + ": call "
          + (access == null ? "accessKey(...)" : "secretKey(...)") + " on the builder or set "
          + (access == null ? Defaults.ACCESS_KEY_VARIABLE : Defaults.SECRET_KEY_VARIABLE)
          + " (or use bearerToken(...) for the older host)");
    }
    return Credentials.keys(headerSafe(access, "access key"), headerSafe(secret, "secret key"));
  }

  /** Refuses values OkHttp would reject, without echoing them (OkHttp's own message would). */
  private static String headerSafe(String value, String name) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 127) {
        throw new IllegalArgumentException("The " + name + " has a character that cannot be sent in an HTTP header"
            + " (at position " + i + "); check for a stray space, newline or quote where it is set");
      }
    }
    return value;
  }

  /** The base URL given, else the environment's, else the default; ending in a slash. */
  public static HttpUrl baseUrl(String baseUrl, Map<String, String> environment, boolean allowInsecureHttp) {
    String fromEnv = env(environment, Defaults.SERVER_URL_VARIABLE);
    String text = baseUrl != null ? baseUrl : fromEnv != null ? fromEnv : Defaults.BASE_URL;
    HttpUrl url = HttpUrl.parse(text);
    if (url == null) {
      throw new IllegalArgumentException("baseUrl \"" + text + "\" is not an http or https URL");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException("baseUrl \"" + text + "\" must not have a query or fragment");
    }
    if (url.scheme().equals("http") && !allowInsecureHttp && !isLoopback(url.host())) {
      throw new IllegalArgumentException("Refusing to send credentials over plain http to " + url.host()
          + ": use https, or call allowInsecureHttp(true) if the network is trusted");
    }
    if (!url.encodedPath().endsWith("/")) {
      url = url.newBuilder().addPathSegment("").build();
    }
    return url;
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (h.matches("[0-9.]+") || h.contains(":")) {
      try {
        return InetAddress.getByName(h).isLoopbackAddress();
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  private static String env(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The client's own executor: daemon threads named hog-client-N. */
  public static ExecutorService daemonPool() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "hog-client-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }
}
