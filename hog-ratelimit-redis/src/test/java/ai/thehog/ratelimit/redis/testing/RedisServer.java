package ai.thehog.ratelimit.redis.testing;

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

/**
 * A real {@code redis-server} for tests and benchmarks: a child process on a free loopback port, with
 * no persistence (no snapshot, no append-only file), stopped by {@link #close()}. It comes in
 * hog-ratelimit-redis's test-jar and needs no JUnit, so hog-benchmarks' harnesses start it as the tests
 * do. Tests are marked {@link RequiresRedisServer} to be skipped where redis-server is not installed.
 */
public final class RedisServer implements AutoCloseable {

  /** What to do when redis-server is missing. */
  static final String NOT_INSTALLED = "redis-server is not on the PATH (apt-get install redis-server;"
      + " .ci/run installs it)";
  private static final int PORT_ATTEMPTS = 3;

  private final int port;
  private final String password;
  private Process process;
  private Path log;

  private RedisServer(int port, String password) {
    this.port = port;
    this.password = password;
  }

  /**
   * Whether {@code redis-server} is an executable on the PATH.
   *
   * @return true when {@link #start()} can run it
   */
  public static boolean installed() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "redis-server"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts a server without a password and waits until it answers PING.
   *
   * @return the running server
   * @throws IllegalStateException when redis-server is not installed
   * @throws IOException when it exits at once or does not answer within 10 s
   * @throws InterruptedException when interrupted while waiting for it
   */
  public static RedisServer start() throws IOException, InterruptedException {
    return start(null);
  }

  /**
   * Starts a server that requires {@code password} ({@code requirepass}) and waits until it answers PING.
   *
   * @param password the password, or null for none
   * @return the running server
   * @throws IllegalStateException when redis-server is not installed
   * @throws IOException when it exits at once or does not answer within 10 s
   * @throws InterruptedException when interrupted while waiting for it
   */
  public static RedisServer start(String password) throws IOException, InterruptedException {
    if (!installed()) {
      throw new IllegalStateException(NOT_INSTALLED);
    }
    for (int attempt = 1; ; attempt++) {
      RedisServer server = new RedisServer(freePort(), password);
      try {
        server.startProcess();
        return server;
      } catch (PortTaken e) {
        // Another process took the port between its choice and the start: choose again.
        if (attempt == PORT_ATTEMPTS) {
          throw new IOException("redis-server found no free port in " + PORT_ATTEMPTS + " attempts", e);
        }
      }
    }
  }

  /**
   * The port listened on, on 127.0.0.1.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * The URI a Redis client connects with, e.g. {@code redis://127.0.0.1:6380}.
   *
   * @return the URI, with the password when there is one
   */
  public String uri() {
    return password == null ? "redis://127.0.0.1:" + port : "redis://:" + password + "@127.0.0.1:" + port;
  }

  /**
   * Stops the server (SIGTERM, then SIGKILL after 5 s); connections see it closed. Does nothing when stopped.
   *
   * @throws InterruptedException when interrupted while waiting for it to end
   */
  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      try {
        thaw();
      } catch (IOException | IllegalStateException e) {
        // stopped below either way
      }
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    }
    process = null;
    deleteLog();
  }

  /**
   * Freezes the server (SIGSTOP): connections stay open, commands get no answer.
   *
   * @throws IOException when {@code kill} cannot be run
   * @throws InterruptedException when interrupted while waiting for {@code kill}
   */
  public void freeze() throws IOException, InterruptedException {
    signal("-STOP");
  }

  /**
   * Lets a frozen server go on (SIGCONT).
   *
   * @throws IOException when {@code kill} cannot be run
   * @throws InterruptedException when interrupted while waiting for {@code kill}
   */
  public void thaw() throws IOException, InterruptedException {
    signal("-CONT");
  }

  /**
   * Stops the server and starts it again on the same port, empty.
   *
   * @throws IOException when it does not come back
   * @throws InterruptedException when interrupted while waiting for it
   */
  public void restart() throws IOException, InterruptedException {
    stop();
    startProcess();
  }

  /**
   * Sends one command over RESP (after AUTH when there is a password) and returns the first line of
   * the reply, e.g. {@code +PONG} or {@code :3}.
   *
   * @param args the command and its arguments
   * @return the raw first reply line, without CRLF
   * @throws IOException when the server cannot be reached or does not answer within 2 s
   */
  public String command(String... args) throws IOException {
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

  /** Stops the server; see {@link #stop()}. */
  @Override
  public void close() {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void startProcess() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"));
    if (password != null) {
      command.addAll(List.of("--requirepass", password));
    }
    log = Files.createTempFile("redis-" + port + "-", ".log");
    process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until) {
      if (!process.isAlive()) {
        String output = Files.readString(log);
        stop();
        if (output.contains("Address already in use")) {
          throw new PortTaken(output);
        }
        throw new IOException("redis-server exited at once: " + output);
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
    stop();
    throw new IOException("redis-server did not answer PING within 10 s on port " + port);
  }

  private void signal(String signal) throws IOException, InterruptedException {
    if (process == null) {
      throw new IllegalStateException("redis-server is not running");
    }
    Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
    if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IOException("kill " + signal + " " + process.pid() + " failed");
    }
  }

  private void deleteLog() {
    if (log != null) {
      try {
        Files.deleteIfExists(log);
      } catch (IOException e) {
        // a temporary file; the OS cleans it up
      }
      log = null;
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

  /** redis-server could not bind its port. */
  private static final class PortTaken extends IOException {
    private static final long serialVersionUID = 1L;

    PortTaken(String output) {
      super("redis-server could not bind its port: " + output);
    }
  }
}
