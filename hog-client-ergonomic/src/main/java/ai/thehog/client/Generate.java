package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.model.json.FreeForm;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.json.Metas;
import ai.thehog.client.error.HogCostGuardException;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.GenerateRequest;
import java.time.Duration;
import java.util.Map;

/** Content generation (older generation): 200 with the content, or 202 for long or complex content. */
public final class Generate {

  private final ClientCore core;
  private final Estimates estimates;

  Generate(ClientCore core, Estimates estimates) {
    this.core = core;
    this.estimates = estimates;
  }

  /**
   * Submits a generation ({@code POST /api/generate}).
   *
   * @param request the generation
   * @return the answer, completed or accepted
   */
  public Submission<FreeForm, Map<String, Object>> submit(GenerateRequest request) {
    return submit(request, RequestOptions.defaults());
  }

  /**
   * As {@link #submit(GenerateRequest)} with options; a guard asks {@code POST /api/generate/estimate}
   * first and refuses before spending.
   *
   * @param request the generation
   * @param options Idempotency-Key choice and cost guard
   * @return the answer, completed or accepted
   * @throws HogCostGuardException when the estimate fails the guard; nothing was sent
   */
  @SuppressWarnings("deprecation")
  public Submission<FreeForm, Map<String, Object>> submit(GenerateRequest request, RequestOptions options) {
    return core.submit(core.prepare(request, options, null, key -> core.generate.generateContent(request, key, null),
            () -> estimates.generation(request)),
        answer -> new FreeForm(answer.data()), answer -> Metas.of(answer.meta(), null), ResultType.MAP,
        (outcome, operation) -> new FreeForm(outcome.result()));
  }

  /**
   * Submits and returns the content either way, waiting at most {@code timeout} for an operation.
   *
   * @param request the generation
   * @param timeout the total time to wait
   * @return the content (the 200's, or the operation's result) and the meta of the submitting request
   */
  public HogResponse<FreeForm> generateAndAwait(GenerateRequest request, Duration timeout) {
    Submission<FreeForm, Map<String, Object>> submission = submit(request);
    return new HogResponse<>(submission.await(timeout), submission.meta());
  }
}
