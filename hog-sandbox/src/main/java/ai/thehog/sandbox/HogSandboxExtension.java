package ai.thehog.sandbox;

import ai.thehog.model.connection.HogConnection;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link HogSandbox} for a JUnit 5 test class: registered on a static field, it is started
 * before all tests, reset before each test (ledger, operations, faults) and stopped after all; on an
 * instance field, it is started before and stopped after each test. Test methods and lifecycle
 * methods may take a {@code HogSandbox} parameter, or a {@code HogConnection} to build a client from.
 *
 * <pre>{@code
 * @RegisterExtension
 * static HogSandboxExtension SANDBOX = HogSandboxExtension.builder().timeScale(10).build();
 * }</pre>
 */
public final class HogSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    AfterEachCallback, ParameterResolver {

  private final HogSandbox sandbox;
  private final boolean resetBeforeEach;
  private boolean startedForOneTest;
  private String startedBy;

  private HogSandboxExtension(HogSandbox sandbox, boolean resetBeforeEach) {
    this.sandbox = sandbox;
    this.resetBeforeEach = resetBeforeEach;
  }

  /**
   * A builder for the extension; register the result with {@code @RegisterExtension}.
   *
   * @return a builder with the sandbox's defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The sandbox (started once the test class runs).
   *
   * @return the sandbox
   */
  public HogSandbox sandbox() {
    return sandbox;
  }

  /**
   * Shortcut for {@code sandbox().baseUrl()}.
   *
   * @return the sandbox's base URL
   */
  public String baseUrl() {
    return sandbox.baseUrl();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!sandbox.isRunning()) {
      sandbox.start();
      startedBy = context.getUniqueId();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    // @Nested classes share the outer class's sandbox: only the class that started it stops it.
    if (context.getUniqueId().equals(startedBy)) {
      sandbox.stop();
      startedBy = null;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!sandbox.isRunning()) {
      sandbox.start();
      startedForOneTest = true;
    }
    if (resetBeforeEach) {
      sandbox.reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (startedForOneTest) {
      sandbox.stop();
      startedForOneTest = false;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == HogSandbox.class || type == HogConnection.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    sandbox.start();
    return parameterContext.getParameter().getType() == HogConnection.class ? sandbox.connection() : sandbox;
  }

  /** The same options as {@link HogSandbox.Builder}, plus whether to reset before each test. */
  public static final class Builder {
    private final HogSandbox.Builder sandbox = HogSandbox.builder();
    private boolean resetBeforeEach = true;

    private Builder() {
    }

    /**
     * The port; 0 (the default) picks a free one.
     *
     * @param port a port number, or 0
     * @return this builder
     */
    public Builder port(int port) {
      sandbox.port(port);
      return this;
    }

    /**
     * The address to listen on (default 127.0.0.1).
     *
     * @param bindAddress a host name or IP address
     * @return this builder
     */
    public Builder bindAddress(String bindAddress) {
      sandbox.bindAddress(bindAddress);
      return this;
    }

    /**
     * The access key accepted.
     *
     * @param accessKey the access key
     * @return this builder
     */
    public Builder accessKey(String accessKey) {
      sandbox.accessKey(accessKey);
      return this;
    }

    /**
     * The secret key accepted with it; also the Bearer token.
     *
     * @param secretKey the secret key
     * @return this builder
     */
    public Builder secretKey(String secretKey) {
      sandbox.secretKey(secretKey);
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
      sandbox.addCredential(accessKey, secretKey);
      return this;
    }

    /**
     * Runs rate windows and operation durations {@code scale} times faster (default 1).
     *
     * @param scale how many times faster; above 0
     * @return this builder
     */
    public Builder timeScale(double scale) {
      sandbox.timeScale(scale);
      return this;
    }

    /**
     * How long an async operation takes before the time scale applies (default 5 s).
     *
     * @param duration the unscaled duration
     * @return this builder
     */
    public Builder operationDuration(Duration duration) {
      sandbox.operationDuration(duration);
      return this;
    }

    /**
     * Requests per minute per access key across endpoints, polls excluded (default 600).
     *
     * @param limit requests per minute
     * @return this builder
     */
    public Builder requestsPerMinute(int limit) {
      sandbox.requestsPerMinute(limit);
      return this;
    }

    /**
     * GET /api/operations/{id} per minute per access key (default 300).
     *
     * @param limit polls per minute
     * @return this builder
     */
    public Builder pollsPerMinute(int limit) {
      sandbox.pollsPerMinute(limit);
      return this;
    }

    /**
     * Credits each access key may spend (default 1,000,000); requests over it answer 402.
     *
     * @param credits the plan's credits
     * @return this builder
     */
    public Builder planCredits(long credits) {
      sandbox.planCredits(credits);
      return this;
    }

    /**
     * The clock the sandbox reads (default the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      sandbox.clock(clock);
      return this;
    }

    /**
     * Logs every request to the console; secrets are redacted.
     *
     * @param verbose true to log requests
     * @return this builder
     */
    public Builder verbose(boolean verbose) {
      sandbox.verbose(verbose);
      return this;
    }

    /**
     * Whether the estimate endpoints are served; see {@link HogSandbox.Builder#estimateEndpoints(boolean)}.
     *
     * @param served false to answer 404 on every estimate endpoint
     * @return this builder
     */
    public Builder estimateEndpoints(boolean served) {
      sandbox.estimateEndpoints(served);
      return this;
    }

    /**
     * Whether 202 answers take exactly the real API's shapes; see {@link HogSandbox.Builder#realShapes(boolean)}.
     *
     * @param real true for the real API's shapes only
     * @return this builder
     */
    public Builder realShapes(boolean real) {
      sandbox.realShapes(real);
      return this;
    }

    /**
     * Whether to reset the sandbox before each test (default true).
     *
     * @param reset false to keep state between tests
     * @return this builder
     */
    public Builder resetBeforeEach(boolean reset) {
      this.resetBeforeEach = reset;
      return this;
    }

    /**
     * Builds the extension.
     *
     * @return the extension
     */
    public HogSandboxExtension build() {
      return new HogSandboxExtension(sandbox.build(), resetBeforeEach);
    }
  }
}
