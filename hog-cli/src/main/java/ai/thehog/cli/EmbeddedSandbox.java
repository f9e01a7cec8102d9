package ai.thehog.cli;

import ai.thehog.fixtures.FixtureLog;
import ai.thehog.model.connection.HogConnection;
import ai.thehog.sandbox.HogSandbox;
import java.time.Duration;

/** The embedded hog-sandbox of {@code --sandbox}: a free loopback port, demo keys, ten times real time. */
final class EmbeddedSandbox implements AutoCloseable {

  static final String DEMO_ACCESS_KEY = "ak_demo_sandbox";
  static final String DEMO_SECRET_KEY = "sk_demo_sandbox";
  static final double TIME_SCALE = 10.0;

  private final HogSandbox sandbox;

  private EmbeddedSandbox(HogSandbox sandbox) {
    this.sandbox = sandbox;
  }

  static EmbeddedSandbox start(FixtureLog log) {
    HogSandbox sandbox = HogSandbox.builder().port(0).accessKey(DEMO_ACCESS_KEY).secretKey(DEMO_SECRET_KEY)
        .timeScale(TIME_SCALE).operationDuration(Duration.ofSeconds(5)).build();
    sandbox.start();
    log.info("Started the embedded hog-sandbox at " + sandbox.baseUrl() + " (demo keys); no credits are spent.");
    return new EmbeddedSandbox(sandbox);
  }

  HogConnection connection() {
    return new HogConnection(sandbox.baseUrl(), DEMO_ACCESS_KEY, DEMO_SECRET_KEY, TIME_SCALE);
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
