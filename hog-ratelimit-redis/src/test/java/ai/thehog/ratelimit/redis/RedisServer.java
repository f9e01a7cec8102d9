package ai.thehog.ratelimit.redis;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} on a free loopback port, started as a child process with no persistence.
 * Without {@code redis-server} on the PATH the test is skipped on a developer's machine and fails on CI
 * ({@code CI=true}), where {@code .ci/run} installs it.
 */
final class RedisServer implements AutoCloseable {

  private final int port;
  private final String password;
  private Process process;

  private RedisServer(int port, String password) {
    this.port = port;
    this.password = password;
  }

  static RedisServer start() throws IOException, InterruptedException {
    return start(null);
  }

  static RedisServer start(String password) throws IOException, InterruptedException {
    requireRedisServer();
    RedisServer server = new RedisServer(freePort(), password);
    server.startProcess();
    return server;
  }

  int port() {
    return port;
  }

  String uri() {
    return password == null ? "redis://127.0.0.1:" + port : "redis://:" + password + "@127.0.0.1:" + port;
  }

  /** Stops the server (SIGTERM, then SIGKILL); connections see it closed. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      try {
        thaw();
      } catch (IOException | AssertionError e) {
        // stopped below either way
      }
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    }
    process = null;
  }

  /** Freezes the server (SIGSTOP): connections stay open, commands get no answer. */
  void freeze() throws IOException, InterruptedException {
    signal("-STOP");
  }

  /** Lets a frozen server go on (SIGCONT). */
  void thaw() throws IOException, InterruptedException {
    signal("-CONT");
  }

  private void signal(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
    if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      fail("kill " + signal + " failed");
    }
  }

  /** Starts the server again on the same port, empty. */
  void restart() throws IOException, InterruptedException {
    stop();
    startProcess();
  }

  /** Sends one command over RESP and returns the raw first reply line (e.g. {@code +PONG}, {@code :3}). */
  String command(String... args) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(2000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      if (password != null) {
        out.write(resp("AUTH", password));
        readLine(in);
      }
      out.write(resp(args));
      out.flush();
      return readLine(in);
    }
  }

  private void startProcess() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"));
    if (password != null) {
      command.addAll(List.of("--requirepass", password));
    }
    Path log = Files.createTempFile("redis-" + port, ".log");
    process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until) {
      if (!process.isAlive()) {
        fail("redis-server exited at once: " + Files.readString(log));
      }
      try {
        if (command("PING").equals("+PONG")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(20);
    }
    fail("redis-server did not answer PING within 10 s on port " + port);
  }

  @Override
  public void close() {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] resp(String... args) {
    StringBuilder sb = new StringBuilder("*").append(args.length).append("\r\n");
    for (String arg : args) {
      sb.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void requireRedisServer() {
    String path = System.getenv().getOrDefault("PATH", "");
    boolean found = false;
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "redis-server"))) {
        found = true;
        break;
      }
    }
    if (!found) {
      String message = "redis-server is not on the PATH (apt-get install redis-server; .ci/run installs it)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
  }
}
