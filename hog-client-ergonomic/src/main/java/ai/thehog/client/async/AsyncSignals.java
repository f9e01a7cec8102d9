package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.model.SignalsRequest;
import ai.thehog.model.json.FreeForm;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.Signals} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncSignals {

  /**
   * {@link ai.thehog.client.Signals#classify(SignalsRequest)} on the client's executor.
   *
   * @param request the signals
   * @return a future of the envelope's {@code data} and meta
   */
  CompletableFuture<HogResponse<FreeForm>> classify(SignalsRequest request);
}
