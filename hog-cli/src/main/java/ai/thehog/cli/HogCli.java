package ai.thehog.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hog}: The Hog API from the command line. Exit codes: 0 done, 1 some records failed, 2 bad
 * input or usage, 3 budget or plan refused, 4 API or network failure.
 */
@Command(name = "hog", mixinStandardHelpOptions = true, versionProvider = HogCli.Version.class,
    description = "The Hog API from the command line.",
    subcommands = {EnrichCommand.class, EstimateCommand.class, OperationCommand.class, SandboxCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:some records failed (their errors are in the output and the cache)",
        "2:bad input or usage (file and line named)", "3:budget (--max-credits) or plan refused",
        "4:API or network failure"})
public final class HogCli {

  /** Everything went through. */
  static final int DONE = 0;
  /** Some records came back failed. */
  static final int FAILED_RECORDS = 1;
  /** Bad input or usage. */
  static final int BAD_INPUT = 2;
  /** The budget or the plan refused the work. */
  static final int REFUSED = 3;
  /** The API refused or could not be reached. */
  static final int API_FAILURE = 4;

  private HogCli() {
  }

  /**
   * Runs {@code hog} and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(),
        System.console() != null));
  }

  /** Runs {@code hog} with the given streams and environment; returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
    Context context = new Context(out, err, env, terminal);
    CommandLine cli = new CommandLine(HogCli.class, new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        if (CliCommand.class.isAssignableFrom(type)) {
          K command = CommandLine.defaultFactory().create(type);
          ((CliCommand) command).context = context;
          return command;
        }
        return CommandLine.defaultFactory().create(type);
      }
    });
    cli.setOut(out).setErr(err);
    cli.setParameterExceptionHandler((e, arguments) -> {
      err.println("hog: " + e.getMessage());
      e.getCommandLine().usage(err);
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      err.println("hog: " + e.getMessage());
      return API_FAILURE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** What every command is given: streams, environment, whether output is a terminal. */
  record Context(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = HogCli.class.getPackage().getImplementationVersion();
      return new String[] {"hog " + (version == null ? "(development build)" : version)};
    }
  }
}
