package ai.thehog.client.async;

import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
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
  CompletableFuture<HogOperation<DeepResearchResult>> start(DeepResearchRequest request);

  /**
   * {@link ai.thehog.client.DeepResearch#start(DeepResearchRequest, RequestOptions)} on the client's executor.
   *
   * @param request the research
   * @param options Idempotency-Key choice
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<DeepResearchResult>> start(DeepResearchRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.DeepResearch#researchAndAwait(DeepResearchRequest, Duration)} on the client's executor.
   *
   * @param request the research
   * @param timeout the total time to wait
   * @return a future of the outcome
   */
  CompletableFuture<OperationOutcome<DeepResearchResult>> researchAndAwait(DeepResearchRequest request,
      Duration timeout);

  /**
   * {@link ai.thehog.client.DeepResearch#dataAs(DeepResearchResult, Class)} on the client's executor.
   *
   * @param result the research's result
   * @param type your type: a record, a {@code Map}, a {@code List}, a {@code String}...
   * @param <T> your type
   * @return a future of the data as {@code type}; null when the result has no {@code data}
   */
  <T> CompletableFuture<T> dataAs(DeepResearchResult result, Class<T> type);

  /**
   * {@link ai.thehog.client.DeepResearch#dataAsMap(DeepResearchResult)} on the client's executor.
   *
   * @param result the research's result
   * @return a future of the data; empty when the result has no {@code data}
   */
  CompletableFuture<Map<String, Object>> dataAsMap(DeepResearchResult result);
}
