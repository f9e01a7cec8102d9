package ai.thehog.client.error;

/**
 * The API answered 202 in a shape the client does not know: no operation id could be read from it,
 * so there is nothing to poll. {@link #shape()} names what came (its kind and keys, never values).
 */
public class HogUnexpectedAnswerException extends HogException {

  private static final long serialVersionUID = 1L;

  /** What came, e.g. "an object with keys [job, state]". */
  private final String shape;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param requestId the request id to quote to support, or null
   * @param shape what came instead of a known shape
   */
  public HogUnexpectedAnswerException(String message, String requestId, String shape) {
    super(message, requestId, null);
    this.shape = shape;
  }

  /**
   * What came instead of a known shape: its kind, and for an object its keys.
   *
   * @return the shape, e.g. "an array" or "an object with keys [job, state]"
   */
  public String shape() {
    return shape;
  }
}
