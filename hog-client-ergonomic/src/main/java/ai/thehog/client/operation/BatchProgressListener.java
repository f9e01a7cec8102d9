package ai.thehog.client.operation;


/**
 * Told each time a batch of a batch enrichment ends; calls never overlap. The two optional hooks
 * let a caller keep durable state (e.g. resume after a crash): an exception they throw stops the
 * batch enrichment and reaches the caller.
 */
@FunctionalInterface
public interface BatchProgressListener {

  /**
   * Called with the progress so far.
   *
   * @param progress identifiers done and in all, and the percent
   */
  void onProgress(Progress progress);

  /**
   * Called when a batch is accepted, before it is waited on; may be called from several threads.
   *
   * @param submission the batch's position, operation id and Idempotency-Key
   */
  default void onBatchSubmitted(BatchSubmission submission) {
  }

  /**
   * Called when a batch's records are in, before {@link #onProgress}; may be called from several threads.
   *
   * @param completion the batch's records in input order
   */
  default void onBatchCompleted(BatchCompletion completion) {
  }

  /**
   * A listener that ignores progress.
   *
   * @return the listener
   */
  static BatchProgressListener none() {
    return progress -> { };
  }
}
