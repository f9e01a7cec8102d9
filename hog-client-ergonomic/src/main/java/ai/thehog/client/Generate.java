package ai.thehog.client;

import ai.thehog.model.GenerateRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Content generation (older generation): 200 with the content, or 202 for long or complex content. */
public final class Generate {

  private static final String PATH = "/api/generate";
  private final ClientCore core;

  Generate(ClientCore core) {
    this.core = core;
  }

  /** Submits a generation ({@code POST /api/generate}). */
  public Submission<Object, Map<String, Object>> submit(GenerateRequest request) {
    return submit(request, RequestOptions.defaults());
  }

  /**
   * As {@link #submit(GenerateRequest)} with options; a guard asks {@code POST /api/generate/estimate}
   * first and refuses before spending.
   */
  @SuppressWarnings("deprecation")
  public Submission<Object, Map<String, Object>> submit(GenerateRequest request, RequestOptions options) {
    Resources.require(request, "request");
    Resources.require(options, "options");
    core.guard(options, "POST " + PATH, () -> new Estimates(core).generation(request));
    String key = IdempotencyKeys.choose(options, PATH, request, null);
    return core.submit(core.generate.generateContent(request, key, null), "POST " + PATH,
        answer -> answer.data(), answer -> Meta.of(answer.meta(), null), ResultType.MAP,
        (outcome, operation) -> outcome.result());
  }

  /** Submits and returns the content either way, waiting at most {@code timeout} for an operation. */
  public Object submitAndWait(GenerateRequest request, Duration timeout) {
    return submit(request).waitForResult(timeout);
  }

  /** {@link #submitAndWait} on the client's executor. */
  public CompletableFuture<Object> submitAsync(GenerateRequest request, Duration timeout) {
    return core.async(() -> submitAndWait(request, timeout));
  }
}
