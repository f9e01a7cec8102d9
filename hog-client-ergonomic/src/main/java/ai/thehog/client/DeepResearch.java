package ai.thehog.client;

import ai.thehog.model.DeepResearchRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** LLM-powered deep research (always async). */
public final class DeepResearch {

  private static final String PATH = "/api/deep-research";
  private final ClientCore core;

  DeepResearch(ClientCore core) {
    this.core = core;
  }

  /** Starts it ({@code POST /api/deep-research}, always async); the operation's result is JSON maps and lists. */
  public HogOperation<Map<String, Object>> start(DeepResearchRequest request) {
    return start(request, RequestOptions.defaults());
  }

  /** As {@link #start(DeepResearchRequest)} with per-call options (Idempotency-Key). */
  public HogOperation<Map<String, Object>> start(DeepResearchRequest request, RequestOptions options) {
    Resources.require(request, "request");
    Resources.unguarded(options, "POST " + PATH);
    String key = IdempotencyKeys.choose(options, PATH, request, null);
    return core.start(core.deepResearch.startDeepResearch(request, key, null), "POST " + PATH, ResultType.MAP);
  }

  /** Starts it and waits at most {@code timeout} in total for the outcome. */
  public OperationOutcome<Map<String, Object>> startAndWait(DeepResearchRequest request, Duration timeout) {
    return start(request).await(timeout);
  }

  /** {@link #startAndWait} on the client's executor. */
  public CompletableFuture<OperationOutcome<Map<String, Object>>> startAsync(DeepResearchRequest request, Duration timeout) {
    return core.async(() -> startAndWait(request, timeout));
  }
}
