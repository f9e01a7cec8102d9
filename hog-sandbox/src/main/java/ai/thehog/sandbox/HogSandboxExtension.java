package ai.thehog.sandbox;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link HogSandbox} for a JUnit 5 test class: started before all tests, reset before each test
 * (ledger, operations, faults), stopped after all. Test methods and lifecycle methods may take a
 * {@code HogSandbox} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static HogSandboxExtension SANDBOX = HogSandboxExtension.builder().timeScale(10).build();
 * }</pre>
 */
public final class HogSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    ParameterResolver {

  private final HogSandbox sandbox;
  private final boolean resetBeforeEach;

  private HogSandboxExtension(HogSandbox sandbox, boolean resetBeforeEach) {
    this.sandbox = sandbox;
    this.resetBeforeEach = resetBeforeEach;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The sandbox (started once the test class runs). */
  public HogSandbox sandbox() {
    return sandbox;
  }

  /** Shortcut for {@code sandbox().baseUrl()}. */
  public String baseUrl() {
    return sandbox.baseUrl();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sandbox.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    sandbox.stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (resetBeforeEach) {
      sandbox.reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == HogSandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    sandbox.start();
    return sandbox;
  }

  /** The same options as {@link HogSandbox.Builder}, plus whether to reset before each test. */
  public static final class Builder {
    private final HogSandbox.Builder sandbox = HogSandbox.builder();
    private boolean resetBeforeEach = true;

    private Builder() {
    }

    public Builder port(int port) {
      sandbox.port(port);
      return this;
    }

    public Builder bindAddress(String bindAddress) {
      sandbox.bindAddress(bindAddress);
      return this;
    }

    public Builder accessKey(String accessKey) {
      sandbox.accessKey(accessKey);
      return this;
    }

    public Builder secretKey(String secretKey) {
      sandbox.secretKey(secretKey);
      return this;
    }

    public Builder addCredential(String accessKey, String secretKey) {
      sandbox.addCredential(accessKey, secretKey);
      return this;
    }

    public Builder timeScale(double scale) {
      sandbox.timeScale(scale);
      return this;
    }

    public Builder operationDuration(Duration duration) {
      sandbox.operationDuration(duration);
      return this;
    }

    public Builder requestsPerMinute(int limit) {
      sandbox.requestsPerMinute(limit);
      return this;
    }

    public Builder pollsPerMinute(int limit) {
      sandbox.pollsPerMinute(limit);
      return this;
    }

    public Builder planCredits(long credits) {
      sandbox.planCredits(credits);
      return this;
    }

    public Builder clock(Clock clock) {
      sandbox.clock(clock);
      return this;
    }

    /** Whether to reset the sandbox before each test (default true). */
    public Builder resetBeforeEach(boolean reset) {
      this.resetBeforeEach = reset;
      return this;
    }

    public HogSandboxExtension build() {
      return new HogSandboxExtension(sandbox.build(), resetBeforeEach);
    }
  }
}
