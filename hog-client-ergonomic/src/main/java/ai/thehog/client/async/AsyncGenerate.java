package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.json.FreeForm;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.Generate} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncGenerate {

  /**
   * {@link ai.thehog.client.Generate#submit(GenerateRequest)} on the client's executor.
   *
   * @param request the generation
   * @return a future of the answer, completed or accepted
   */
  CompletableFuture<Submission<FreeForm, Map<String, Object>>> submit(GenerateRequest request);

  /**
   * {@link ai.thehog.client.Generate#submit(GenerateRequest, RequestOptions)} on the client's executor.
   *
   * @param request the generation
   * @param options Idempotency-Key choice and cost guard
   * @return a future of the answer, completed or accepted
   */
  CompletableFuture<Submission<FreeForm, Map<String, Object>>> submit(GenerateRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.Generate#generateAndAwait(GenerateRequest, Duration)} on the client's executor.
   *
   * @param request the generation
   * @param timeout the total time to wait
   * @return a future of the content (the 200's, or the operation's result) and the meta of the submitting request
   */
  CompletableFuture<HogResponse<FreeForm>> generateAndAwait(GenerateRequest request, Duration timeout);
}
