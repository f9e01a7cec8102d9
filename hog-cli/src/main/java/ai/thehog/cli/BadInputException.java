package ai.thehog.cli;

/** Input the command cannot use; the message names the file and line. Exit code 2. */
final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
