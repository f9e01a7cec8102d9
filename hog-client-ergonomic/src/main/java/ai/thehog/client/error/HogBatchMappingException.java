package ai.thehog.client.error;

/**
 * A batch enrichment's result could not be matched to its input identifiers (wrong count or
 * different identifiers); nothing from that batch is returned rather than misaligned data.
 */
public class HogBatchMappingException extends HogException {

  private static final long serialVersionUID = 1L;

  /** The operation whose result could not be mapped. */
  private final String operationId;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param operationId the operation's id
   * @param requestId the request id to quote to support, or null
   */
  public HogBatchMappingException(String message, String operationId, String requestId) {
    super(message, requestId, null);
    this.operationId = operationId;
  }

  /**
   * The operation whose result could not be mapped.
   *
   * @return the operation whose result could not be mapped
   */
  public String operationId() {
    return operationId;
  }
}
