package ai.thehog.client;

import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.common.RateLimits;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.observe.CountingListener;
import ai.thehog.client.internal.observe.GuardedListener;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.http.Credentials;
import ai.thehog.client.internal.http.Secrets;
import ai.thehog.client.internal.core.Transport;
import ai.thehog.client.internal.ratelimit.LocalRateLimiter;
import ai.thehog.model.connection.HogConnection;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Builds a {@link HogClient}. Not thread-safe; {@link #toString()} never shows the secret. */
public final class HogClientBuilder {
  private String accessKey;
  private String secretKey;
  private String bearerToken;
  private String baseUrl;
  private String projectId;
  private Duration connectTimeout;
  private Duration readTimeout;
  private Duration writeTimeout;
  private OkHttpClient okHttpClient;
  private boolean allowInsecureHttp;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private RateLimits rateLimits = RateLimits.documented();
  private HogRateLimiter rateLimiter;
  private HogClientListener listener;
  private PollingPolicy pollingPolicy = PollingPolicy.defaults();
  private double timeScale = 1.0;
  private int batchConcurrency = 50;
  private ExecutorService executor;
  private Map<String, String> environment = System.getenv();
  private HogClock clock = HogClock.system();
  private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

  HogClientBuilder() {
  }

  /**
   * The public access key (X-Access-Key); default: THE_HOG_ACCESS_KEY.
   *
   * @param accessKey the access key
   * @return this builder
   */
  public HogClientBuilder accessKey(String accessKey) {
    this.accessKey = nonBlank(accessKey, "accessKey");
    return this;
  }

  /**
   * The secret key (X-Secret-Key); default: THE_HOG_SECRET_KEY. Never logged or shown.
   *
   * @param secretKey the secret key
   * @return this builder
   */
  public HogClientBuilder secretKey(String secretKey) {
    this.secretKey = nonBlank(secretKey, "secretKey");
    return this;
  }

  /**
   * Authenticate with {@code Authorization: Bearer} instead of the key pair (older host api.thehog.ai).
   *
   * @param token the token
   * @return this builder
   */
  public HogClientBuilder bearerToken(String token) {
    this.bearerToken = nonBlank(token, "bearerToken");
    return this;
  }

  /**
   * The API's base URL; default: THE_HOG_SERVER_URL, else {@value HogClient#DEFAULT_BASE_URL}.
   *
   * @param baseUrl the base url
   * @return this builder
   */
  public HogClientBuilder baseUrl(String baseUrl) {
    this.baseUrl = nonBlank(baseUrl, "baseUrl");
    return this;
  }

  /**
   * Sends X-Project-Id on every request, so results carry {@code meta.projectId}.
   *
   * @param projectId the project id
   * @return this builder
   */
  public HogClientBuilder projectId(String projectId) {
    this.projectId = nonBlank(projectId, "projectId");
    return this;
  }

  /**
   * Connect timeout of each attempt (default 10 s).
   *
   * @param timeout the timeout
   * @return this builder
   */
  public HogClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = Durations.positive(timeout, "connectTimeout");
    return this;
  }

  /**
   * Read timeout of each attempt (default 60 s); a slower answer is retried.
   *
   * @param timeout the timeout
   * @return this builder
   */
  public HogClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = Durations.positive(timeout, "readTimeout");
    return this;
  }

  /**
   * Write timeout of each attempt (default 30 s).
   *
   * @param timeout the timeout
   * @return this builder
   */
  public HogClientBuilder writeTimeout(Duration timeout) {
    this.writeTimeout = Durations.positive(timeout, "writeTimeout");
    return this;
  }

  /**
   * Your OkHttpClient, to share its connection pool, proxy or TLS setup. The client derives its own
   * from it with {@code newBuilder()}: yours is not changed. Its OkHttp-level connection retries are
   * turned off in the derived client, so that only {@link RetryPolicy} decides.
   *
   * @param client the client
   * @return this builder
   */
  public HogClientBuilder okHttpClient(OkHttpClient client) {
    this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
    return this;
  }

  /**
   * Allows plain http to a host other than loopback. Off by default: credentials would travel in
   * clear text.
   *
   * @param allow true to allow plain http to any host
   * @return this builder
   */
  public HogClientBuilder allowInsecureHttp(boolean allow) {
    this.allowInsecureHttp = allow;
    return this;
  }

  /**
   * When failed requests are retried (default {@link RetryPolicy#defaults()}).
   *
   * @param policy the policy
   * @return this builder
   */
  public HogClientBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
    return this;
  }

  /**
   * Client-side rate limits (default {@link RateLimits#documented()}: 600/min, 300 polls/min).
   *
   * @param limits the limits
   * @return this builder
   */
  public HogClientBuilder rateLimits(RateLimits limits) {
    this.rateLimits = Objects.requireNonNull(limits, "rateLimits");
    return this;
  }

  /**
   * Your own rate limiter (e.g. one shared by several processes) instead of the in-process one
   * built from {@link #rateLimits(RateLimits)}.
   *
   * @param limiter the limiter; it must be thread-safe
   * @return this builder
   */
  public HogClientBuilder rateLimiter(HogRateLimiter limiter) {
    this.rateLimiter = Objects.requireNonNull(limiter, "rateLimiter");
    return this;
  }

  /**
   * Told of every attempt, retry, rate-limit wait, stated cost and ended operation, e.g. for metrics
   * ({@code hog-micrometer}'s {@code HogMetrics}). Default: none.
   *
   * @param listener the listener; it must be thread-safe and quick
   * @return this builder
   */
  public HogClientBuilder listener(HogClientListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * How operations are polled (default {@link PollingPolicy#defaults()}).
   *
   * @param policy the policy
   * @return this builder
   */
  public HogClientBuilder pollingPolicy(PollingPolicy policy) {
    this.pollingPolicy = Objects.requireNonNull(policy, "pollingPolicy");
    return this;
  }

  /**
   * Everything needed to reach one server in one call: base URL, access key, secret key, and its
   * time scale (a time-scaled sandbox runs faster than real time; the client's waits follow it).
   * {@code HogSandbox.connection()} hands one out.
   *
   * @param connection the connection
   * @return this builder
   */
  public HogClientBuilder connection(HogConnection connection) {
    Objects.requireNonNull(connection, "connection");
    this.bearerToken = null;
    baseUrl(connection.baseUrl());
    accessKey(connection.accessKey());
    secretKey(connection.secretKey());
    return timeScale(connection.timeScale());
  }

  /**
   * Runs the client's time (rate limits, backoff, polling intervals, deadlines) {@code scale}
   * times faster, to match a time-scaled sandbox; set through {@link #connection(HogConnection)}.
   */
  HogClientBuilder timeScale(double scale) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("timeScale must be a positive number, was " + scale);
    }
    this.timeScale = scale;
    return this;
  }

  /**
   * How many batches of a batch enrichment may be in flight at once (default 50: about what the
   * documented 300 polls per minute can watch with operations of ten seconds). The rate limiter,
   * not this number, sets the pace; lower it to hold less work open at once.
   *
   * @param batches the batches
   * @return this builder
   */
  public HogClientBuilder batchConcurrency(int batches) {
    if (batches < 1) {
      throw new IllegalArgumentException("batchConcurrency must be at least 1, was " + batches);
    }
    this.batchConcurrency = batches;
    return this;
  }

  /**
   * The executor of the async variants and batch workers; default: the client's own daemon threads.
   *
   * @param executor the executor
   * @return this builder
   */
  public HogClientBuilder executor(ExecutorService executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    return this;
  }

  /** Where THE_HOG_* variables are read from (tests). */
  HogClientBuilder environment(Map<String, String> environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
    return this;
  }

  /** The clock every wait uses (tests). */
  HogClientBuilder clock(HogClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** The random source of backoff jitter, values in [0, 1) (tests). */
  HogClientBuilder jitter(DoubleSupplier jitter) {
    this.jitter = Objects.requireNonNull(jitter, "jitter");
    return this;
  }

  /**
   * Builds the client.
   *
   * @return the client
   * @throws IllegalStateException when no credentials are given here or in the environment
   * @throws IllegalArgumentException when the base URL is invalid, or plain http to a remote host
   *     without {@link #allowInsecureHttp(boolean)}
   */
  public HogClient build() {
    Credentials credentials = Transport.credentials(bearerToken, accessKey, secretKey, environment);
    HttpUrl url = Transport.baseUrl(baseUrl, environment, allowInsecureHttp);
    HogClock scaled = HogClock.scaled(clock, timeScale);
    Secrets secrets = credentials.secrets();
    String userAgent = "thehog-java/" + version();
    CountingListener events = new CountingListener(GuardedListener.of(listener));
    OkHttpClient http = Transport.http(okHttpClient, connectTimeout, readTimeout, writeTimeout, url, credentials,
        userAgent, projectId, retryPolicy, scaled, jitter,
        rateLimiter != null ? rateLimiter : new LocalRateLimiter(scaled, rateLimits), events, secrets);
    boolean ownsExecutor = executor == null;
    ExecutorService pool = ownsExecutor ? Transport.daemonPool() : executor;
    ClientCore core = new ClientCore(url, http, scaled, secrets, pollingPolicy, pool, batchConcurrency, events);
    String description = "HogClient{baseUrl=" + url + ", " + credentials
        + (projectId == null ? "" : ", projectId=" + projectId) + ", userAgent=" + userAgent + "}";
    return new HogClient(core, events, ownsExecutor, okHttpClient == null, description);
  }

  /** The SDK version, from the jar. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = HogClientBuilder.class.getResourceAsStream("hog-client.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return properties.getProperty("version", "unknown");
  }

  private static String nonBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  @Override
  public String toString() {
    return "HogClientBuilder{baseUrl=" + baseUrl + ", accessKey=" + Secrets.mask(accessKey) + ", secretKey="
        + (secretKey == null ? "unset" : Secrets.REDACTED) + ", bearerToken="
        + (bearerToken == null ? "unset" : Secrets.REDACTED) + "}";
  }
}
