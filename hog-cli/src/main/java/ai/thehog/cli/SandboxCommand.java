package ai.thehog.cli;

import ai.thehog.sandbox.HogSandbox;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hog sandbox}: runs the emulator of the API until stopped (Ctrl-C). */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
    description = {"Run hog-sandbox, an emulator of The Hog API, on loopback until stopped (Ctrl-C).",
        "Then: export THE_HOG_SERVER_URL=http://127.0.0.1:<port> THE_HOG_ACCESS_KEY=<key> THE_HOG_SECRET_KEY=<secret>"})
final class SandboxCommand extends CliCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "8080", description = "Port (0: any free one); default ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--access-key", defaultValue = HogSandbox.DEMO_ACCESS_KEY, description = "Access key it accepts.")
  String accessKey;

  @Option(names = "--secret-key", defaultValue = HogSandbox.DEMO_SECRET_KEY,
      description = "Secret key it accepts (a test key: it is not a real secret).")
  String secretKey;

  @Option(names = "--time-scale", defaultValue = "1", description = "How much faster than real time operations run.")
  double timeScale;

  @Option(names = "--operation-duration-ms", defaultValue = "5000", description = "How long an operation takes.")
  long operationMillis;

  @Option(names = "--no-estimates", description = "Serve no estimate endpoints, as the current API does not.")
  boolean noEstimates;

  @Override
  public Integer call() throws InterruptedException {
    HogSandbox sandbox = HogSandbox.builder().port(port).accessKey(accessKey).secretKey(secretKey).timeScale(timeScale)
        .operationDuration(Duration.ofMillis(operationMillis)).estimateEndpoints(!noEstimates).build();
    sandbox.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.stop();
      stopped.countDown();
    }, "hog-sandbox-stop"));
    context.out().println("hog-sandbox listening on " + sandbox.baseUrl() + " (access key " + accessKey + ")");
    context.out().flush();
    stopped.await();
    return HogCli.DONE;
  }
}
