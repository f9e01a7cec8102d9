package ai.thehog.client.operation;

/** Told after every poll of an operation. Runs on the polling thread: keep it quick. */
@FunctionalInterface
public interface ProgressListener {

  /**
   * Called with the state just polled.
   *
   * @param progress the operation's id, status and percent
   */
  void onProgress(Progress progress);
}
