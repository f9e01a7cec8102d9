package ai.thehog.cli;

/** A subcommand: given the {@link HogCli.Context} before it runs. */
abstract class CliCommand {
  HogCli.Context context;
}
