package ai.thehog.client.async;

import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.model.DeepResearchRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.DeepResearch} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncDeepResearch {

  /**
   * {@link ai.thehog.client.DeepResearch#start(DeepResearchRequest)} on the client's executor.
   *
   * @param request the research
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<Map<String, Object>>> start(DeepResearchRequest request);

  /**
   * {@link ai.thehog.client.DeepResearch#start(DeepResearchRequest, RequestOptions)} on the client's executor.
   *
   * @param request the research
   * @param options Idempotency-Key choice
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<Map<String, Object>>> start(DeepResearchRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.DeepResearch#researchAndAwait(DeepResearchRequest, Duration)} on the client's executor.
   *
   * @param request the research
   * @param timeout the total time to wait
   * @return a future of the outcome
   */
  CompletableFuture<OperationOutcome<Map<String, Object>>> researchAndAwait(DeepResearchRequest request,
      Duration timeout);
}
