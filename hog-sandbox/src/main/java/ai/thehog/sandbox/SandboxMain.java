package ai.thehog.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar hog-sandbox-<version>.jar [--port 8080] [--access-key ak] [--secret-key sk]
 * [--time-scale 1] [--operation-duration-ms 5000] [--requests-per-minute 600] [--polls-per-minute 300]
 * [--plan-credits 1000000] [--bind 127.0.0.1] [--no-estimates] [--real-shapes] [--verbose]}: runs the sandbox until the process is stopped.
 */
public final class SandboxMain {

  private SandboxMain() {
  }

  /**
   * Starts the sandbox with the options above and runs it until the process is stopped.
   *
   * @param args the options above
   * @throws InterruptedException if the main thread is interrupted while the sandbox runs
   */
  public static void main(String[] args) throws InterruptedException {
    if (wantsHelp(args)) {
      System.out.print(help());
      System.out.flush();
      System.exit(0);
      return;
    }
    HogSandbox sandbox;
    try {
      sandbox = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("hog-sandbox: " + e.getMessage());
      System.err.println(usage());
      System.err.println("(--help describes every option)");
      System.exit(2);
      return;
    }
    sandbox.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.stop();
      stopped.countDown();
    }, "hog-sandbox-shutdown"));
    announce(sandbox, System.out);
    stopped.await();
  }

  static void announce(HogSandbox sandbox, PrintStream out) {
    out.println("hog-sandbox listening on " + sandbox.baseUrl() + " (access key " + sandbox.accessKey()
        + "; admin at " + sandbox.baseUrl() + "/__sandbox/ledger)");
    out.flush();
  }

  static String usage() {
    return "usage: java -jar hog-sandbox.jar [--port N] [--bind ADDRESS] [--access-key KEY] [--secret-key SECRET]"
        + " [--time-scale X] [--operation-duration-ms MS] [--requests-per-minute N] [--polls-per-minute N]"
        + " [--plan-credits N] [--no-estimates] [--real-shapes] [--verbose]";
  }

  /** Whether the arguments ask for {@link #help()} ({@code --help} or {@code -h} anywhere). */
  static boolean wantsHelp(String[] args) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /** What {@code --help} prints: every option, what it does and its default. */
  static String help() {
    return usage() + "\n\n"
        + "Runs a local emulator of The Hog API until the process is stopped (Ctrl-C).\n\n"
        + "  --port N                   port to listen on (default 8080; 0 picks a free one)\n"
        + "  --bind ADDRESS             address to listen on (default 127.0.0.1)\n"
        + "  --access-key KEY           access key accepted (default " + HogSandbox.DEFAULT_ACCESS_KEY + ")\n"
        + "  --secret-key SECRET        secret key accepted with it, also the Bearer token (default "
        + HogSandbox.DEFAULT_SECRET_KEY + ")\n"
        + "  --time-scale X             how much faster than real time operations run (default 1)\n"
        + "  --operation-duration-ms MS how long an operation takes, in API time (default 5000)\n"
        + "  --requests-per-minute N    requests a minute before 429 (default 600)\n"
        + "  --polls-per-minute N       polls a minute before 429 (default 300)\n"
        + "  --plan-credits N           credits of the plan; a call past them answers 402 (default 1000000)\n"
        + "  --no-estimates             answer 404 on every estimate endpoint (default: served)\n"
        + "  --real-shapes              flat 202s carry only the contract's keys and search needs a type (default: flat\n"
        + "                             202s also carry operationId, pollUrl; wrapped 202s are {data, meta} either way)\n"
        + "  --verbose                  log every request, secrets redacted (default: off)\n"
        + "  -h, --help                 print this and exit\n\n"
        + "Admin: GET /__sandbox/ledger (charges, requests), POST /__sandbox/reset.\n";
  }

  static HogSandbox parse(String[] args) {
    HogSandbox.Builder builder = HogSandbox.builder().port(8080);
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--verbose")) {
        builder.verbose(true);
        continue;
      }
      if (option.equals("--no-estimates")) {
        builder.estimateEndpoints(false);
        continue;
      }
      if (option.equals("--real-shapes")) {
        builder.realShapes(true);
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      String value = args[++i];
      try {
        switch (option) {
          case "--port": builder.port(Integer.parseInt(value)); break;
          case "--bind": builder.bindAddress(value); break;
          case "--access-key": builder.accessKey(value); break;
          case "--secret-key": builder.secretKey(value); break;
          case "--time-scale": builder.timeScale(Double.parseDouble(value)); break;
          case "--operation-duration-ms": builder.operationDuration(Duration.ofMillis(Long.parseLong(value))); break;
          case "--requests-per-minute": builder.requestsPerMinute(Integer.parseInt(value)); break;
          case "--polls-per-minute": builder.pollsPerMinute(Integer.parseInt(value)); break;
          case "--plan-credits": builder.planCredits(Long.parseLong(value)); break;
          default: throw new IllegalArgumentException("unknown option " + option);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("option " + option + " needs a number");
      }
    }
    return builder.build();
  }
}
