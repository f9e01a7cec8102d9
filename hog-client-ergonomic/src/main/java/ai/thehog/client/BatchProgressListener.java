package ai.thehog.client;

/** Told each time a batch of a batch enrichment ends; calls never overlap. */
@FunctionalInterface
public interface BatchProgressListener {

  /** Called with the progress so far. */
  void onProgress(BatchProgress progress);

  /** A listener that ignores progress. */
  static BatchProgressListener none() {
    return progress -> { };
  }
}
