package ai.thehog.client;

import ai.thehog.model.SearchRequest;
import ai.thehog.model.SearchResult;
import java.time.Duration;

/** Search jobs processed in the background. */
public final class Search {

  private final ClientCore core;

  Search(ClientCore core) {
    this.core = core;
  }

  /**
   * Starts a search job ({@code POST /api/v1/search}, always async).
   *
   * @param request the search
   * @return the operation
   */
  public HogOperation<SearchResult> start(SearchRequest request) {
    return start(request, RequestOptions.defaults());
  }

  /**
   * As {@link #start(SearchRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the search
   * @param options Idempotency-Key choice
   * @return the operation
   */
  public HogOperation<SearchResult> start(SearchRequest request, RequestOptions options) {
    return core.start(request, options, ResultType.of(SearchResult.class),
        key -> core.search.submitSearch(request, key, null));
  }

  /**
   * Starts a search job and waits at most {@code timeout} in total for the outcome.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return the outcome
   */
  public OperationOutcome<SearchResult> searchAndAwait(SearchRequest request, Duration timeout) {
    return start(request).await(timeout);
  }
}
