package ai.thehog.client;

import ai.thehog.client.error.HogException;
import ai.thehog.client.internal.ClientCore;
import ai.thehog.client.internal.CountingListener;
import ai.thehog.client.internal.GuardedListener;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.http.AuthInterceptor;
import ai.thehog.client.internal.http.Credentials;
import ai.thehog.client.internal.http.IdempotencyKeyInterceptor;
import ai.thehog.client.internal.http.RateLimitInterceptor;
import ai.thehog.client.internal.http.RetryInterceptor;
import ai.thehog.client.internal.http.Secrets;
import ai.thehog.client.internal.http.WireLogInterceptor;
import ai.thehog.client.internal.ratelimit.LocalRateLimiter;
import ai.thehog.model.connection.HogConnection;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The client of The Hog API. Build one per application and share it: it is thread-safe, and its
 * rate limiters only work when every thread uses the same instance.
 *
 * <pre>{@code
 * HogClient hog = HogClient.builder().build(); // keys from THE_HOG_ACCESS_KEY / THE_HOG_SECRET_KEY
 * }</pre>
 *
 * <p>Every call retries transient failures with the same Idempotency-Key, waits for the client-side
 * rate limits, and throws a {@link HogException} subtype that says what to do next.
 */
public final class HogClient implements AutoCloseable {

  /** The current API host. */
  public static final String DEFAULT_BASE_URL = "https://developer.thehog.ai";
  static final String ENV_ACCESS_KEY = HogEnvironment.ACCESS_KEY;
  static final String ENV_SECRET_KEY = HogEnvironment.SECRET_KEY;
  static final String ENV_SERVER_URL = HogEnvironment.SERVER_URL;

  private final ClientCore core;
  private final boolean ownsExecutor;
  private final boolean ownsHttp;
  private final String description;
  private final Enrichments enrichments;
  private final People people;
  private final Companies companies;
  private final Search search;
  private final DeepResearch deepResearch;
  private final WebScrapers webScrapers;
  private final Context context;
  private final Signals signals;
  private final Generate generate;
  private final Operations operations;
  private final Estimates estimates;
  private final Monitors monitors;
  private final Scrapers scrapers;
  private final AsyncHogClient async;
  private final CountingListener counts;

  private HogClient(ClientCore core, CountingListener counts, boolean ownsExecutor, boolean ownsHttp,
      String description) {
    this.core = core;
    this.counts = counts;
    this.ownsExecutor = ownsExecutor;
    this.ownsHttp = ownsHttp;
    this.description = description;
    this.estimates = new Estimates(core);
    this.operations = new Operations(core);
    this.enrichments = new Enrichments(core, estimates, operations);
    this.people = new People(core, estimates);
    this.companies = new Companies(core);
    this.search = new Search(core);
    this.deepResearch = new DeepResearch(core);
    this.webScrapers = new WebScrapers(core);
    this.monitors = new Monitors(core);
    this.scrapers = new Scrapers(core, webScrapers);
    this.context = new Context(core);
    this.signals = new Signals(core);
    this.generate = new Generate(core, estimates);
    this.async = new AsyncHogClient(core.executor, enrichments, people, companies, search, deepResearch, generate);
  }

  /**
   * A builder; unset keys and base URL come from the environment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Person enrichment, single and batch.
   *
   * @return the {@link Enrichments} resource, shared by all threads
   */
  public Enrichments enrichments() {
    return enrichments;
  }

  /**
   * People search, research and the older enrichment endpoint.
   *
   * @return the {@link People} resource, shared by all threads
   */
  public People people() {
    return people;
  }

  /**
   * Company discovery.
   *
   * @return the {@link Companies} resource, shared by all threads
   */
  public Companies companies() {
    return companies;
  }

  /**
   * Background search jobs.
   *
   * @return the {@link Search} resource, shared by all threads
   */
  public Search search() {
    return search;
  }

  /**
   * Deep research.
   *
   * @return the {@link DeepResearch} resource, shared by all threads
   */
  public DeepResearch deepResearch() {
    return deepResearch;
  }

  /**
   * Website crawls and scrapes.
   *
   * @return the {@link WebScrapers} resource, shared by all threads
   */
  public WebScrapers webScrapers() {
    return webScrapers;
  }

  /**
   * The platform scrapers: LinkedIn, Instagram, TikTok, web and image.
   *
   * @return the {@link Scrapers} resource, shared by all threads
   */
  public Scrapers scrapers() {
    return scrapers;
  }

  /**
   * Monitors: searches the API runs on a cadence, and their events.
   *
   * @return the {@link Monitors} resource, shared by all threads
   */
  public Monitors monitors() {
    return monitors;
  }

  /**
   * Assembled GTM context.
   *
   * @return the {@link Context} resource, shared by all threads
   */
  public Context context() {
    return context;
  }

  /**
   * Intent and event signals.
   *
   * @return the {@link Signals} resource, shared by all threads
   */
  public Signals signals() {
    return signals;
  }

  /**
   * Content generation.
   *
   * @return the {@link Generate} resource, shared by all threads
   */
  public Generate generate() {
    return generate;
  }

  /**
   * Long-running operations: read, resume by id or pollUrl.
   *
   * @return the {@link Operations} resource, shared by all threads
   */
  public Operations operations() {
    return operations;
  }

  /**
   * Cost estimates (free).
   *
   * @return the {@link Estimates} resource, shared by all threads
   */
  public Estimates estimates() {
    return estimates;
  }

  /**
   * The same calls as {@link CompletableFuture}s, run on the client's executor; the blocking calls
   * of the resources are the default.
   *
   * @return the async view of this client
   */
  public AsyncHogClient async() {
    return async;
  }

  /**
   * What this client has done so far: HTTP requests sent (retries and polls included), retries,
   * 429 answers, and the credits the API stated (estimated, and actually charged). Counted by the
   * client at the points where its {@link HogClientListener} is told, for every thread using it; a
   * listener of your own is told as before. Calls refused before sending (bad input, a cost guard, no
   * rate-limit slot before the deadline) count nothing.
   *
   * <pre>{@code
   * HogClientStats before = hog.stats();
   * hog.enrichments().enrichAll(people, fields);
   * HogClientStats job = hog.stats().since(before);   // job.requests(), job.retries(), job.creditsActual()
   * }</pre>
   *
   * @return an immutable snapshot of the counts at this moment
   */
  public HogClientStats stats() {
    return counts.snapshot();
  }

  /** The shared machinery (tests). */
  ClientCore core() {
    return core;
  }

  /**
   * The base URL requests go to.
   *
   * @return the base URL requests go to
   */
  public String baseUrl() {
    return core.baseUrl.toString();
  }

  /** Stops the client's own threads and connections (not those of an executor or OkHttpClient you supplied). */
  @Override
  public void close() {
    if (ownsExecutor) {
      core.executor.shutdown();
    }
    if (ownsHttp) {
      core.http.dispatcher().executorService().shutdown();
      core.http.connectionPool().evictAll();
    }
  }

  /** Base URL and masked access key; never the secret. */
  @Override
  public String toString() {
    return description;
  }

  /** The SDK version, from the jar. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = HogClient.class.getResourceAsStream("hog-client.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return properties.getProperty("version", "unknown");
  }

  /** Builds a {@link HogClient}. Not thread-safe; {@link #toString()} never shows the secret. */
  public static final class Builder {
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

    private Builder() {
    }

    /**
     * The public access key (X-Access-Key); default: THE_HOG_ACCESS_KEY.
     *
     * @param accessKey the access key
     * @return this builder
     */
    public Builder accessKey(String accessKey) {
      this.accessKey = nonBlank(accessKey, "accessKey");
      return this;
    }

    /**
     * The secret key (X-Secret-Key); default: THE_HOG_SECRET_KEY. Never logged or shown.
     *
     * @param secretKey the secret key
     * @return this builder
     */
    public Builder secretKey(String secretKey) {
      this.secretKey = nonBlank(secretKey, "secretKey");
      return this;
    }

    /**
     * Authenticate with {@code Authorization: Bearer} instead of the key pair (older host api.thehog.ai).
     *
     * @param token the token
     * @return this builder
     */
    public Builder bearerToken(String token) {
      this.bearerToken = nonBlank(token, "bearerToken");
      return this;
    }

    /**
     * The API's base URL; default: THE_HOG_SERVER_URL, else {@value HogClient#DEFAULT_BASE_URL}.
     *
     * @param baseUrl the base url
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = nonBlank(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sends X-Project-Id on every request, so results carry {@code meta.projectId}.
     *
     * @param projectId the project id
     * @return this builder
     */
    public Builder projectId(String projectId) {
      this.projectId = nonBlank(projectId, "projectId");
      return this;
    }

    /**
     * Connect timeout of each attempt (default 10 s).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = RetryPolicy.positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Read timeout of each attempt (default 60 s); a slower answer is retried.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = RetryPolicy.positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Write timeout of each attempt (default 30 s).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = RetryPolicy.positive(timeout, "writeTimeout");
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
    public Builder okHttpClient(OkHttpClient client) {
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
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * When failed requests are retried (default {@link RetryPolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /**
     * Client-side rate limits (default {@link RateLimits#documented()}: 600/min, 300 polls/min).
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder rateLimits(RateLimits limits) {
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
    public Builder rateLimiter(HogRateLimiter limiter) {
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
    public Builder listener(HogClientListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * How operations are polled (default {@link PollingPolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder pollingPolicy(PollingPolicy policy) {
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
    public Builder connection(HogConnection connection) {
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
    Builder timeScale(double scale) {
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
    public Builder batchConcurrency(int batches) {
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
    public Builder executor(ExecutorService executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Where THE_HOG_* variables are read from (tests). */
    Builder environment(Map<String, String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** The clock every wait uses (tests). */
    Builder clock(HogClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The random source of backoff jitter, values in [0, 1) (tests). */
    Builder jitter(DoubleSupplier jitter) {
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
      Credentials credentials = credentials();
      HttpUrl url = parseBaseUrl();
      HogClock scaled = HogClock.scaled(clock, timeScale);
      Secrets secrets = credentials.secrets();
      String userAgent = "thehog-java/" + version();
      CountingListener events = new CountingListener(GuardedListener.of(listener));

      OkHttpClient.Builder http = okHttpClient != null ? okHttpClient.newBuilder()
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
      http.retryOnConnectionFailure(false)
          .followRedirects(false)
          .addInterceptor(new AuthInterceptor(url, credentials, userAgent, projectId))
          .addInterceptor(new IdempotencyKeyInterceptor())
          .addInterceptor(new RetryInterceptor(retryPolicy, scaled, jitter, events))
          .addInterceptor(new RateLimitInterceptor(rateLimiter != null ? rateLimiter
              : new LocalRateLimiter(scaled, rateLimits), scaled, events))
          .addInterceptor(new WireLogInterceptor(secrets));

      boolean ownsExecutor = executor == null;
      ExecutorService pool = ownsExecutor ? Executors.newCachedThreadPool(daemonThreads()) : executor;
      ClientCore core = new ClientCore(url, http.build(), scaled, secrets, pollingPolicy, pool, batchConcurrency,
          events);
      String description = "HogClient{baseUrl=" + url + ", " + credentials
          + (projectId == null ? "" : ", projectId=" + projectId) + ", userAgent=" + userAgent + "}";
      return new HogClient(core, events, ownsExecutor, okHttpClient == null, description);
    }

    private Credentials credentials() {
      if (bearerToken != null) {
        if (accessKey != null || secretKey != null) {
          throw new IllegalStateException("Give either a Bearer token or the access key and secret key, not both");
        }
        return Credentials.bearer(headerSafe(bearerToken, "Bearer token"));
      }
      String access = accessKey != null ? accessKey : env(ENV_ACCESS_KEY);
      String secret = secretKey != null ? secretKey : env(ENV_SECRET_KEY);
      if (access == null || secret == null) {
        throw new IllegalStateException("No " + (access == null ? "access key" : "secret key") + ": call "
            + (access == null ? "accessKey(...)" : "secretKey(...)") + " on the builder or set "
            + (access == null ? ENV_ACCESS_KEY : ENV_SECRET_KEY) + " (or use bearerToken(...) for the older host)");
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

    private HttpUrl parseBaseUrl() {
      String text = baseUrl != null ? baseUrl : env(ENV_SERVER_URL) != null ? env(ENV_SERVER_URL) : DEFAULT_BASE_URL;
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

    private String env(String name) {
      String value = environment.get(name);
      return value == null || value.isBlank() ? null : value.trim();
    }

    private static String nonBlank(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be empty");
      }
      return value;
    }

    private static ThreadFactory daemonThreads() {
      AtomicInteger count = new AtomicInteger();
      return runnable -> {
        Thread thread = new Thread(runnable, "hog-client-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
    }

    @Override
    public String toString() {
      return "HogClient.Builder{baseUrl=" + baseUrl + ", accessKey=" + Secrets.mask(accessKey) + ", secretKey="
          + (secretKey == null ? "unset" : Secrets.REDACTED) + ", bearerToken="
          + (bearerToken == null ? "unset" : Secrets.REDACTED) + "}";
    }
  }
}
