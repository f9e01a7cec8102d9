package ai.thehog.client.error;

import ai.thehog.model.SearchJob;
import ai.thehog.model.SearchJobError;

/** A search job ended with status {@code failed}; {@link #retryable()} says whether submitting it again may succeed. */
public class HogSearchJobFailedException extends HogOperationException {

  private static final long serialVersionUID = 1L;

  private final transient SearchJob searchJob;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param requestId the request id to quote to support, or null
   * @param searchJob the failed search job
   */
  public HogSearchJobFailedException(String message, String requestId, SearchJob searchJob) {
    super(message, searchJob.id(), requestId, null);
    this.searchJob = searchJob;
  }

  /**
   * The job as last read, with its {@code error}.
   *
   * @return the failed job
   */
  public SearchJob searchJob() {
    return searchJob;
  }

  /**
   * The API's reason, or null when it gave none.
   *
   * @return the error, or null
   */
  public SearchJobError error() {
    return searchJob == null ? null : searchJob.error();
  }

  /**
   * Whether the API says submitting the search again may succeed (false when it does not say).
   *
   * @return the error's {@code retryable}
   */
  public boolean retryable() {
    SearchJobError error = error();
    return error != null && Boolean.TRUE.equals(error.retryable());
  }
}
