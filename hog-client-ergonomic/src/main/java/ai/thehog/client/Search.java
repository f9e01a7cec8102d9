package ai.thehog.client;

import ai.thehog.model.SearchRequest;
import ai.thehog.model.SearchResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Search jobs processed in the background. */
public final class Search {

  private static final String PATH = "/api/v1/search";
  private final ClientCore core;

  Search(ClientCore core) {
    this.core = core;
  }

  /** Submits a search job ({@code POST /api/v1/search}, always async). */
  public HogOperation<SearchResult> submit(SearchRequest request) {
    return submit(request, RequestOptions.defaults());
  }

  /** As {@link #submit(SearchRequest)} with per-call options (Idempotency-Key). */
  public HogOperation<SearchResult> submit(SearchRequest request, RequestOptions options) {
    Resources.require(request, "request");
    Resources.unguarded(options, "POST " + PATH);
    String key = IdempotencyKeys.choose(options, PATH, request, null);
    return core.start(core.search.submitSearch(request, key, null), "POST " + PATH, ResultType.of(SearchResult.class));
  }

  /** Submits and waits at most {@code timeout} in total for the outcome. */
  public OperationOutcome<SearchResult> submitAndWait(SearchRequest request, Duration timeout) {
    return submit(request).await(timeout);
  }

  /** {@link #submitAndWait} on the client's executor. */
  public CompletableFuture<OperationOutcome<SearchResult>> submitAsync(SearchRequest request, Duration timeout) {
    return core.async(() -> submitAndWait(request, timeout));
  }
}
