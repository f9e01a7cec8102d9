package ai.thehog.client;

/**
 * Told each time a batch of a batch enrichment ends; calls never overlap. The two optional hooks
 * let a caller keep durable state (e.g. resume after a crash): an exception they throw stops the
 * batch enrichment and reaches the caller.
 */
@FunctionalInterface
public interface BatchProgressListener {

  /** Called with the progress so far. */
  void onProgress(BatchProgress progress);

  /** Called when a batch is accepted, before it is waited on; may be called from several threads. */
  default void onBatchSubmitted(BatchSubmission submission) {
  }

  /** Called when a batch's records are in, before {@link #onProgress}; may be called from several threads. */
  default void onBatchCompleted(BatchCompletion completion) {
  }

  /** A listener that ignores progress. */
  static BatchProgressListener none() {
    return progress -> { };
  }
}
