package ai.thehog.maven;

import ai.thehog.sandbox.HogSandbox;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The embedded hog-sandbox for {@code hog.sandbox=true}: started on a free loopback port with demo
 * keys for the length of the goal. hog-sandbox is not a dependency of the plugin (it brings
 * WireMock); a project that wants it adds it to the plugin's dependencies.
 */
final class SandboxSession implements AutoCloseable {

  static final String DEMO_ACCESS_KEY = "ak_demo_sandbox";
  static final String DEMO_SECRET_KEY = "sk_demo_sandbox";
  /** The demo runs ten times faster than the real API's documented pace. */
  static final double TIME_SCALE = 10.0;

  private final HogSandbox sandbox;

  private SandboxSession(HogSandbox sandbox) {
    this.sandbox = sandbox;
  }

  static SandboxSession start(Log log) throws MojoExecutionException {
    try {
      Class.forName("ai.thehog.sandbox.HogSandbox", false, SandboxSession.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new MojoExecutionException("hog.sandbox=true needs the sandbox: add ai.thehog:hog-sandbox as a"
          + " <dependency> of the hog-maven-plugin <plugin> in your pom.", e);
    }
    HogSandbox sandbox = HogSandbox.builder()
        .port(0)
        .accessKey(DEMO_ACCESS_KEY)
        .secretKey(DEMO_SECRET_KEY)
        .timeScale(TIME_SCALE)
        .operationDuration(Duration.ofSeconds(5))
        .build();
    sandbox.start();
    log.info("Started the embedded hog-sandbox at " + sandbox.baseUrl() + " (demo keys, " + TIME_SCALE
        + "x time scale); no credits are spent.");
    return new SandboxSession(sandbox);
  }

  String baseUrl() {
    return sandbox.baseUrl();
  }

  Credentials credentials() {
    return new Credentials(DEMO_ACCESS_KEY, DEMO_SECRET_KEY, "the embedded sandbox");
  }

  double timeScale() {
    return TIME_SCALE;
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
