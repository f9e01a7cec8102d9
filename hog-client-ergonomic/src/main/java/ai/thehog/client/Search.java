package ai.thehog.client;

import ai.thehog.client.common.ListOptions;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.Page;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.SearchJobs;
import ai.thehog.client.internal.json.Metas;
import ai.thehog.client.error.HogException;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.error.HogOperationTimeoutException;
import ai.thehog.client.error.HogSearchJobFailedException;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.core.Resources;
import ai.thehog.client.internal.http.ApiCalls;
import ai.thehog.client.operation.SearchJobOperation;
import ai.thehog.client.generated.SyncOrAsync;
import ai.thehog.model.SearchJob;
import ai.thehog.model.SearchJobList;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.SearchType;
import java.time.Duration;
import retrofit2.Response;

/**
 * Search jobs ({@code /api/v1/search}): submitted for background processing and read as a
 * {@link SearchJob} at {@code GET /api/v1/search/{id}}, a long-running operation of its own kind
 * ({@link SearchJobOperation}).
 */
public final class Search {

  private final ClientCore core;

  Search(ClientCore core) {
    this.core = core;
  }

  /**
   * Submits a search job ({@code POST /api/v1/search}, 202).
   *
   * @param request the search
   * @return the job, to poll or await
   */
  public SearchJobOperation start(SearchRequest request) {
    return start(request, RequestOptions.defaults());
  }

  /**
   * As {@link #start(SearchRequest)} with per-call options (Idempotency-Key). The 202 may be the
   * real API's snake_case {@code {id, status, poll_url, meta{request_id}}} or the flat shape of the
   * doc pages; either way the job is read at {@code GET /api/v1/search/{id}}.
   *
   * @param request the search
   * @param options Idempotency-Key choice
   * @return the job, to poll or await
   */
  public SearchJobOperation start(SearchRequest request, RequestOptions options) {
    return submit(request, options, null);
  }

  /**
   * Submits a search job in the API's sync mode ({@code POST /api/v1/search?sync=true}): the API
   * waits for the job and answers 200 with it finished, or 202 when it takes too long, in which case
   * the job is polled; either way at most {@code timeout} in total.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return the job, {@code succeeded}, with its results
   * @throws HogSearchJobFailedException when the job failed
   * @throws HogOperationTimeoutException when it did not end in time; it goes on
   */
  public SearchJob searchSync(SearchRequest request, Duration timeout) {
    return submit(request, RequestOptions.defaults(), Boolean.TRUE).await(timeout);
  }

  private SearchJobOperation submit(SearchRequest request, RequestOptions options, Boolean sync) {
    ClientCore.Prepared<SyncOrAsync<SearchJob>> prepared =
        core.prepare(request, options, null, key -> core.search.submitSearch(request, key, null, sync), null);
    Response<SyncOrAsync<SearchJob>> response = core.calls.execute(prepared.call(), prepared.what());
    String requestId = ApiCalls.requestId(response);
    SyncOrAsync<SearchJob> answer = response.body();
    if (answer instanceof SyncOrAsync.Completed<SearchJob> completed && completed.body().id() != null) {
      return SearchJobs.finished(core, completed.body(), Metas.of((ai.thehog.model.ResponseMeta) null, requestId));
    }
    if (!(answer instanceof SyncOrAsync.Accepted<SearchJob> accepted)) {
      throw new HogException(prepared.what() + " answered without a search job id. Retry the call with the same"
          + " Idempotency-Key" + (requestId == null ? "" : " and report request id " + requestId) + ".", requestId,
          null);
    }
    return SearchJobs.accepted(core, prepared.call(), accepted.operation(), requestId, prepared.what());
  }

  /**
   * Submits a search job and waits at most {@code timeout} in total for it to succeed.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return the job, {@code succeeded}, with its results
   * @throws HogSearchJobFailedException when the job failed
   * @throws HogOperationTimeoutException when it did not end in time; it goes on
   */
  public SearchJob searchAndAwait(SearchRequest request, Duration timeout) {
    return start(request).await(timeout);
  }

  /**
   * A search job's current state ({@code GET /api/v1/search/{id}}, one request).
   *
   * @param id the job's id
   * @return the job and the request's meta
   * @throws HogNotFoundException when there is no such job
   */
  public HogResponse<SearchJob> get(String id) {
    return core.complete(core.search.getSearch(id(id)));
  }

  /**
   * A handle on search job {@code id}, e.g. submitted by another process.
   *
   * @param id the job's id
   * @return the handle; nothing is sent until it is polled
   */
  public SearchJobOperation resume(String id) {
    return SearchJobs.create(core, id(id), Metas.EMPTY, false);
  }

  /**
   * The first page of the account's search jobs, newest first.
   *
   * @return the page; {@link Page#autoPagingIterable()} walks all of them
   */
  public Page<SearchJob> list() {
    return list(null, ListOptions.defaults());
  }

  /**
   * A page of the account's search jobs ({@code GET /api/v1/search}), newest first.
   *
   * @param type only jobs of this type, or null for all
   * @param options page size and starting cursor
   * @return the page; {@link Page#autoPagingIterable()} walks this page and the following ones
   */
  public Page<SearchJob> list(SearchType type, ListOptions options) {
    Resources.require(options, "options");
    String wanted = type == null ? null : type.value();
    return core.page(cursor -> core.search.listSearches(wanted, options.limit(), cursor), options.cursor(),
        SearchJobList::data, SearchJobList::nextCursor);
  }

  private static String id(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("search job id must not be empty");
    }
    return id;
  }
}
