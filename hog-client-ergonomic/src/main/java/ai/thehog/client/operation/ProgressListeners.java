package ai.thehog.client.operation;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells an operation's progress listeners; one that throws is logged and polling goes on. */
final class ProgressListeners {

  private static final Logger log = LoggerFactory.getLogger("ai.thehog.client.operation.HogOperation"); // its log, by name (no class cycle)

  private ProgressListeners() {
  }

  static void tell(List<ProgressListener> listeners, Progress progress) {
    for (ProgressListener each : listeners) {
      try {
        each.onProgress(progress);
      } catch (RuntimeException e) {
        log.warn("A progress listener of operation {} threw {}; polling goes on", progress.operationId(),
            e.getClass().getName());
      }
    }
  }
}
