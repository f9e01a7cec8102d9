package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.ListOptions;
import ai.thehog.client.common.Page;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.SearchJobOperation;
import ai.thehog.model.SearchJob;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.SearchType;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.Search} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncSearch {

  /**
   * {@link ai.thehog.client.Search#start(SearchRequest)} on the client's executor.
   *
   * @param request the search
   * @return a future of the job, to poll or await
   */
  CompletableFuture<SearchJobOperation> start(SearchRequest request);

  /**
   * {@link ai.thehog.client.Search#start(SearchRequest, RequestOptions)} on the client's executor.
   *
   * @param request the search
   * @param options Idempotency-Key choice
   * @return a future of the job, to poll or await
   */
  CompletableFuture<SearchJobOperation> start(SearchRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.Search#searchSync(SearchRequest, Duration)} on the client's executor.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return a future of the job, {@code succeeded}, with its results
   */
  CompletableFuture<SearchJob> searchSync(SearchRequest request, Duration timeout);

  /**
   * {@link ai.thehog.client.Search#searchAndAwait(SearchRequest, Duration)} on the client's executor.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return a future of the job, {@code succeeded}, with its results
   */
  CompletableFuture<SearchJob> searchAndAwait(SearchRequest request, Duration timeout);

  /**
   * {@link ai.thehog.client.Search#get(String)} on the client's executor.
   *
   * @param id the job's id
   * @return a future of the job and the request's meta
   */
  CompletableFuture<HogResponse<SearchJob>> get(String id);

  /**
   * {@link ai.thehog.client.Search#resume(String)} on the client's executor.
   *
   * @param id the job's id
   * @return a future of the handle; nothing is sent until it is polled
   */
  CompletableFuture<SearchJobOperation> resume(String id);

  /**
   * {@link ai.thehog.client.Search#list()} on the client's executor.
   *
   * @return a future of the page; {@code Page.autoPagingIterable()} walks all of them
   */
  CompletableFuture<Page<SearchJob>> list();

  /**
   * {@link ai.thehog.client.Search#list(SearchType, ListOptions)} on the client's executor.
   *
   * @param type only jobs of this type, or null for all
   * @param options page size and starting cursor
   * @return a future of the page; {@code Page.autoPagingIterable()} walks this page and the following ones
   */
  CompletableFuture<Page<SearchJob>> list(SearchType type, ListOptions options);
}
