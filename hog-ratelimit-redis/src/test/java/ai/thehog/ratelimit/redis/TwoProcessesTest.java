package ai.thehog.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.ratelimit.redis.testing.RedisServer;
import ai.thehog.ratelimit.redis.testing.RequiresRedisServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two real JVMs share one budget through one redis-server. */
@RequiresRedisServer
class TwoProcessesTest {

  private final RedisServer redis;

  TwoProcessesTest(RedisServer redis) {
    this.redis = redis;
  }

  @Test
  void twoJvmsTogetherStayWithinOneLimit() throws Exception {
    String prefix = "two-jvms-" + UUID.randomUUID();
    List<Process> processes = new ArrayList<>();
    List<BufferedReader> outputs = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), ReservingProcess.class.getName(), redis.uri(), prefix,
            "10", "1000").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        processes.add(process);
        outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
      }
      for (BufferedReader output : outputs) {
        assertThat(protocolLine(output)).isEqualTo("ready");
      }
      // 10 permits per second over 2 s: at most 1 + 2 x 10 together; each alone would take as many.
      long start = System.currentTimeMillis() + 200;
      for (Process process : processes) {
        Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        in.write(start + " " + (start + 2000) + "\n");
        in.flush();
      }
      int total = 0;
      for (BufferedReader output : outputs) {
        String line = protocolLine(output);
        assertThat(line).startsWith("granted ");
        int granted = Integer.parseInt(line.substring("granted ".length()));
        assertThat(granted).as("each process got slots").isGreaterThanOrEqualTo(2);
        total += granted;
      }
      assertThat(total).as("slots granted to both JVMs in 2 s at 10/s").isBetween(8, 21);
      for (Process process : processes) {
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
      }
    } finally {
      processes.forEach(Process::destroyForcibly);
    }
  }

  /** The child's next line of its own (log lines share its stdout). */
  private static String protocolLine(BufferedReader output) throws IOException {
    String line;
    do {
      line = output.readLine();
    } while (line != null && !line.equals("ready") && !line.equals("no redis") && !line.startsWith("granted "));
    return line;
  }
}
