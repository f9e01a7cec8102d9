package ai.thehog.sandbox;

import ai.thehog.model.connection.HogConnection;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stateful local emulator of The Hog API, on WireMock: every operation of the spec, credentials,
 * validation against the spec, async operations, idempotency, credits, rate limits and faults on demand.
 *
 * <pre>{@code
 * try (HogSandbox sandbox = HogSandbox.builder().port(0).timeScale(10).build()) {
 *   sandbox.start();
 *   String base = sandbox.baseUrl();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * <p>Instances are thread-safe. The secret keys are never logged, echoed or shown by {@link #toString()}.
 */
public final class HogSandbox implements AutoCloseable {

  /** The access key used when none is configured. */
  public static final String DEFAULT_ACCESS_KEY = "ak_sandbox";
  /** The secret key used when none is configured. */
  public static final String DEFAULT_SECRET_KEY = "sk_sandbox";
  /** The access key of {@link #demo()}. */
  public static final String DEMO_ACCESS_KEY = "ak_demo_sandbox";
  /** The secret key of {@link #demo()}: a published test key, not a secret. */
  public static final String DEMO_SECRET_KEY = "sk_demo_sandbox";
  /** How many times faster than real time {@link #demo()} runs. */
  private static final double DEMO_TIME_SCALE = 10.0;

  private final SandboxConfig config;
  private final SandboxState state;
  private WireMockServer server;

  private HogSandbox(SandboxConfig config) {
    this.config = config;
    this.state = new SandboxState(config);
  }

  /**
   * A builder for a sandbox; nothing listens until {@link #start()}.
   *
   * @return a builder with the defaults of the table in the module's README
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The sandbox the demos run against ({@code hog:enrich} with {@code hog.sandbox=true},
   * {@code hog enrich --sandbox}): a free loopback port, the demo keys {@value #DEMO_ACCESS_KEY} and
   * {@value #DEMO_SECRET_KEY}, ten times real time, and operations of 5 s (half a second of wall
   * time). Start it, then hand {@link #connection()} to a client.
   *
   * <pre>{@code
   * try (HogSandbox sandbox = HogSandbox.demo().start();
   *     HogClient client = HogClient.builder().connection(sandbox.connection()).build()) {
   *   ...
   * }
   * }</pre>
   *
   * @return a sandbox, not yet started
   */
  public static HogSandbox demo() {
    return builder()
        .bindAddress("127.0.0.1")
        .port(0)
        .accessKey(DEMO_ACCESS_KEY)
        .secretKey(DEMO_SECRET_KEY)
        .timeScale(DEMO_TIME_SCALE)
        .operationDuration(Duration.ofSeconds(5))
        .build();
  }

  /**
   * Starts listening; does nothing when already started.
   *
   * @return this sandbox
   */
  public synchronized HogSandbox start() {
    if (server != null && server.isRunning()) {
      return this;
    }
    CredentialFilter filter = new CredentialFilter(config.credentials());
    SandboxTransformer transformer = new SandboxTransformer(state, filter, new SpecValidator());
    CatchAllStub catchAll = new CatchAllStub();
    WireMockConfiguration options = WireMockConfiguration.options()
        .bindAddress(config.bindAddress())
        .extensions(filter, transformer, catchAll)
        .notifier(new RedactingNotifier(new ConsoleNotifier(config.verbose()), config.credentials().values()))
        .maxRequestJournalEntries(1000)
        .jettyStopTimeout(0L);
    if (config.port() == 0) {
      options.dynamicPort();
    } else {
      options.port(config.port());
    }
    WireMockServer started = new WireMockServer(options);
    started.start();
    catchAll.install(started);
    server = started;
    return this;
  }

  /** Stops listening; state (ledger, operations) is kept until {@link #reset()}. */
  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Whether the sandbox is listening.
   *
   * @return true between {@link #start()} and {@link #stop()}
   */
  public synchronized boolean isRunning() {
    return server != null && server.isRunning();
  }

  /**
   * The port listened on.
   *
   * @return the port, chosen at {@link #start()} when the builder said 0
   */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("The sandbox is not started; call start() first.");
    }
    return server.port();
  }

  /**
   * {@code http://<bind address>:<port>}, without a trailing slash.
   *
   * @return the base URL to give a client
   */
  public String baseUrl() {
    return "http://" + config.bindAddress() + ":" + port();
  }

  /**
   * The primary access key (public; the secret is not exposed by the sandbox).
   *
   * @return the access key
   */
  public String accessKey() {
    return config.credentials().keySet().iterator().next();
  }

  /**
   * Everything a client needs to use this sandbox (base URL, primary key pair, time scale) as one
   * value: {@code HogClient.builder().connection(sandbox.connection())}.
   *
   * @return the connection; its {@code toString()} hides the secret
   * @throws IllegalStateException when the sandbox is not started
   */
  public HogConnection connection() {
    Map.Entry<String, String> primary = config.credentials().entrySet().iterator().next();
    return new HogConnection(baseUrl(), primary.getKey(), primary.getValue(), config.timeScale());
  }

  /**
   * A snapshot of charges, requests per route, 429s sent and idempotent replays.
   *
   * @return an immutable snapshot, taken now
   */
  public SandboxLedger ledger() {
    synchronized (state) {
      return state.ledger.snapshot();
    }
  }

  /**
   * The faults to inject into coming requests.
   *
   * @return the faults of this sandbox
   */
  public SandboxFaults faults() {
    return state.faults;
  }

  /** Clears the ledger, operations, idempotency keys, rate-limit windows and faults. */
  public void reset() {
    state.reset();
  }

  @Override
  public String toString() {
    return "HogSandbox{" + (isRunning() ? baseUrl() : "stopped") + ", " + config + "}";
  }

  /** Options of a sandbox; every one has a default. */
  public static final class Builder {
    private String bindAddress = "127.0.0.1";
    private int port = 0;
    private String accessKey = DEFAULT_ACCESS_KEY;
    private String secretKey = DEFAULT_SECRET_KEY;
    private final Map<String, String> extraCredentials = new LinkedHashMap<>();
    private double timeScale = 1.0;
    private Duration operationDuration = Duration.ofSeconds(5);
    private int requestsPerMinute = 600;
    private int pollsPerMinute = 300;
    private long planCredits = 1_000_000;
    private Clock clock = Clock.systemUTC();
    private boolean verbose;
    private boolean estimateEndpoints = true;
    private boolean realShapes;

    private Builder() {
    }

    /**
     * The port; 0 (the default) picks a free one.
     *
     * @param port a port number, or 0
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The address to listen on (default 127.0.0.1).
     *
     * @param bindAddress a host name or IP address
     * @return this builder
     */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
      return this;
    }

    /**
     * The access key accepted (default {@value #DEFAULT_ACCESS_KEY}).
     *
     * @param accessKey the access key
     * @return this builder
     */
    public Builder accessKey(String accessKey) {
      this.accessKey = requireText(accessKey, "accessKey");
      return this;
    }

    /**
     * The secret key accepted with it (default {@value #DEFAULT_SECRET_KEY}); also the Bearer token.
     *
     * @param secretKey the secret key
     * @return this builder
     */
    public Builder secretKey(String secretKey) {
      this.secretKey = requireText(secretKey, "secretKey");
      return this;
    }

    /**
     * Accepts one more key pair, with a ledger and rate limits of its own.
     *
     * @param accessKey the access key
     * @param secretKey its secret key
     * @return this builder
     */
    public Builder addCredential(String accessKey, String secretKey) {
      extraCredentials.put(requireText(accessKey, "accessKey"), requireText(secretKey, "secretKey"));
      return this;
    }

    /**
     * Runs rate windows and operation durations {@code scale} times faster (default 1).
     *
     * @param scale how many times faster; above 0
     * @return this builder
     */
    public Builder timeScale(double scale) {
      if (!(scale > 0) || Double.isInfinite(scale)) {
        throw new IllegalArgumentException("timeScale must be a positive number, was " + scale);
      }
      this.timeScale = scale;
      return this;
    }

    /**
     * How long an async operation takes before the time scale applies (default 5 s).
     *
     * @param duration the unscaled duration
     * @return this builder
     */
    public Builder operationDuration(Duration duration) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("operationDuration must be positive, was " + duration);
      }
      this.operationDuration = duration;
      return this;
    }

    /**
     * Requests per minute per access key across endpoints, polls excluded (default 600).
     *
     * @param limit requests per minute
     * @return this builder
     */
    public Builder requestsPerMinute(int limit) {
      this.requestsPerMinute = requirePositive(limit, "requestsPerMinute");
      return this;
    }

    /**
     * GET /api/operations/{id} per minute per access key (default 300).
     *
     * @param limit polls per minute
     * @return this builder
     */
    public Builder pollsPerMinute(int limit) {
      this.pollsPerMinute = requirePositive(limit, "pollsPerMinute");
      return this;
    }

    /**
     * Credits each access key may spend (default 1,000,000); requests over it answer 402.
     *
     * @param credits the plan's credits
     * @return this builder
     */
    public Builder planCredits(long credits) {
      if (credits < 0) {
        throw new IllegalArgumentException("planCredits must not be negative, was " + credits);
      }
      this.planCredits = credits;
      return this;
    }

    /**
     * The clock the sandbox reads (default the system clock); tests may pass one they move by hand.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Logs every request to the console (WireMock's verbose notifier); secrets are already redacted.
     *
     * @param verbose true to log requests
     * @return this builder
     */
    public Builder verbose(boolean verbose) {
      this.verbose = verbose;
      return this;
    }

    /**
     * Whether the estimate endpoints are served (default true). Without them they answer 404, as a
     * server of the current generation does: {@code POST /api/people/enrich/estimate},
     * {@code /api/people/researches/estimate}, {@code /api/generate/estimate} and
     * {@code /api/v1/people/search/estimate}.
     *
     * @param served false to answer 404 on every estimate endpoint
     * @return this builder
     */
    public Builder estimateEndpoints(boolean served) {
      this.estimateEndpoints = served;
      return this;
    }

    /**
     * Whether 202 answers take exactly the real API's shapes (default false). By default the 202 of
     * {@code POST /api/v1/search} (snake_case), of web crawl and batch scrape (wrapped in
     * {@code {data, meta}}) also carry the flat {@code operationId} and {@code pollUrl} of the five doc
     * pages, so that clients written against those pages keep working; with true they carry only what
     * the real API sends, and a search job's {@code type} is required.
     *
     * @param real true for the real API's shapes only
     * @return this builder
     */
    public Builder realShapes(boolean real) {
      this.realShapes = real;
      return this;
    }

    /**
     * Builds the sandbox.
     *
     * @return a sandbox, not yet started
     */
    public HogSandbox build() {
      Map<String, String> credentials = new LinkedHashMap<>();
      credentials.put(accessKey, secretKey);
      extraCredentials.forEach(credentials::putIfAbsent);
      return new HogSandbox(new SandboxConfig(bindAddress, port, credentials, timeScale, operationDuration,
          requestsPerMinute, pollsPerMinute, planCredits, clock, verbose, estimateEndpoints, realShapes));
    }

    private static String requireText(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }

    private static int requirePositive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }
  }
}
