package ai.thehog.maven;

import ai.thehog.model.connection.HogConnection;
import ai.thehog.sandbox.HogSandbox;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The embedded hog-sandbox for {@code hog.sandbox=true} ({@link HogSandbox#demo()}), for the length
 * of the goal. hog-sandbox is not a dependency of the plugin (it brings WireMock); a project that
 * wants it adds it to the plugin's dependencies, and this class is the only one that loads it.
 */
final class SandboxSession implements AutoCloseable {

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
    HogSandbox sandbox = HogSandbox.demo().start();
    log.info("Started the embedded hog-sandbox at " + sandbox.baseUrl() + " (demo keys, "
        + sandbox.connection().timeScale() + "x time scale); no credits are spent.");
    return new SandboxSession(sandbox);
  }

  /** The sandbox's base URL, demo keys and time scale. */
  HogConnection connection() {
    return sandbox.connection();
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
