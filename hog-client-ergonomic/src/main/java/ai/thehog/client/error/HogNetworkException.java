package ai.thehog.client.error;

/**
 * The API could not be reached or its answer could not be read (connection refused or reset,
 * timeout, truncated body), after every retry allowed.
 */
public class HogNetworkException extends HogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param cause the cause, or null
   */
  public HogNetworkException(String message, Throwable cause) {
    super(message, null, cause);
  }
}
