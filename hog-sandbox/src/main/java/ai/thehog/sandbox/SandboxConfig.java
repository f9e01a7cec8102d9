package ai.thehog.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The options a sandbox was built with. */
record SandboxConfig(
    String bindAddress,
    int port,
    Map<String, String> credentials,
    double timeScale,
    Duration operationDuration,
    int requestsPerMinute,
    int pollsPerMinute,
    long planCredits,
    Clock clock,
    boolean verbose,
    boolean estimateEndpoints,
    boolean realShapes) {

  SandboxConfig {
    credentials = Map.copyOf(credentials);
  }

  @Override
  public String toString() {
    // Secrets never leave the sandbox: list access keys only.
    return "SandboxConfig{bindAddress=" + bindAddress + ", port=" + port + ", accessKeys=" + credentials.keySet()
        + ", timeScale=" + timeScale + ", operationDuration=" + operationDuration + ", requestsPerMinute="
        + requestsPerMinute + ", pollsPerMinute=" + pollsPerMinute + ", planCredits=" + planCredits + ", verbose=" + verbose
        + ", estimateEndpoints=" + estimateEndpoints + ", realShapes=" + realShapes + "}";
  }
}
