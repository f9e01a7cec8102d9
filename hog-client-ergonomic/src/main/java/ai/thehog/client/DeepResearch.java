package ai.thehog.client;

import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.model.DeepResearchRequest;
import java.time.Duration;
import java.util.Map;

/** LLM-powered deep research (always async). */
public final class DeepResearch {

  private final ClientCore core;

  DeepResearch(ClientCore core) {
    this.core = core;
  }

  /**
   * Starts it ({@code POST /api/deep-research}, always async); the operation's result is JSON maps and lists.
   *
   * @param request the research
   * @return the operation
   */
  public HogOperation<Map<String, Object>> start(DeepResearchRequest request) {
    return start(request, RequestOptions.defaults());
  }

  /**
   * As {@link #start(DeepResearchRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the research
   * @param options Idempotency-Key choice
   * @return the operation
   */
  public HogOperation<Map<String, Object>> start(DeepResearchRequest request, RequestOptions options) {
    return core.start(request, options, ResultType.MAP, key -> core.deepResearch.startDeepResearch(request, key, null));
  }

  /**
   * Starts it and waits at most {@code timeout} in total for the outcome.
   *
   * @param request the research
   * @param timeout the total time to wait
   * @return the outcome
   */
  public OperationOutcome<Map<String, Object>> researchAndAwait(DeepResearchRequest request, Duration timeout) {
    return start(request).await(timeout);
  }
}
