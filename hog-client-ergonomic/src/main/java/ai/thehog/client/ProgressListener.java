package ai.thehog.client;

/** Told after every poll of an operation. Runs on the polling thread: keep it quick. */
@FunctionalInterface
public interface ProgressListener {

  /** Called with the state just polled. */
  void onProgress(Progress progress);
}
