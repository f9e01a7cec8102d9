package ai.thehog.cli;

import ai.thehog.client.HogClient;
import ai.thehog.client.HogEnvironment;
import ai.thehog.client.error.HogException;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.model.Operation;
import ai.thehog.model.connection.HogConnection;
import ai.thehog.model.json.HogJson;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hog operation get|wait ID}: one long-running operation. */
@Command(name = "operation", mixinStandardHelpOptions = true, description = "Look at or wait for an operation.",
    subcommands = {OperationCommand.Get.class, OperationCommand.Wait.class})
final class OperationCommand {

  private OperationCommand() {
  }

  /** Prints the operation as the API answers it. */
  @Command(name = "get", mixinStandardHelpOptions = true, description = "Print an operation's state as JSON.")
  static final class Get extends CliCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The operation id (from a 202 answer).")
    String id;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
      return withClient(this, connection, client -> {
        Operation operation = client.operations().get(id).value();
        context.out().println(HogJson.moshi().adapter(Operation.class).toJson(operation));
        return HogCli.DONE;
      });
    }
  }

  /** Waits for the operation, with a progress line, and prints its result. */
  @Command(name = "wait", mixinStandardHelpOptions = true,
      description = "Wait for an operation to end, showing its progress; print its result as JSON.")
  static final class Wait extends CliCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The operation id (from a 202 answer).")
    String id;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600", description = "Give up after this long.")
    long timeoutSeconds;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
      return withClient(this, connection, client -> {
        HogOperation<Map<String, Object>> operation = client.operations().resume(id).onProgress(progress -> {
          String line = "operation " + progress.operationId() + ": " + progress.status().value()
              + (progress.percent() == null ? "" : " " + progress.percent() + "%");
          if (context.terminal()) {
            context.err().print("\r" + line + "   ");
          } else {
            context.err().println(line);
          }
          context.err().flush();
        });
        OperationOutcome<Map<String, Object>> outcome = operation.await(Duration.ofSeconds(timeoutSeconds));
        if (context.terminal()) {
          context.err().println();
        }
        context.out().println(HogJson.moshi().adapter(Object.class).serializeNulls().toJson(
            outcome instanceof OperationOutcome.Succeeded<Map<String, Object>> ok ? ok.result()
                : ((OperationOutcome.PartialSuccess<Map<String, Object>>) outcome).result()));
        return outcome instanceof OperationOutcome.Succeeded ? HogCli.DONE : HogCli.FAILED_RECORDS;
      });
    }
  }

  interface ClientWork {
    int run(HogClient client) throws HogException;
  }

  static int withClient(CliCommand command, ConnectionOptions options, ClientWork work) {
    try {
      Optional<HogConnection> target = options.resolve(HogEnvironment.of(command.context.env()));
      if (target.isEmpty()) {
        throw new BadInputException(ConnectionOptions.missingKeys().replace(", or use --sandbox", ""));
      }
      try (HogClient client = HogClient.builder().connection(target.get()).build()) {
        int code = work.run(client);
        command.context.out().flush();
        return code;
      }
    } catch (BadInputException e) {
      command.context.err().println("hog: " + e.getMessage());
      return HogCli.BAD_INPUT;
    } catch (HogException e) {
      command.context.err().println("hog: " + e.getMessage());
      return HogCli.API_FAILURE;
    }
  }
}
