package ai.thehog.client;

import ai.thehog.client.common.ListOptions;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.Page;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.core.Resources;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.internal.polling.PollUrls;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.model.Operation;
import ai.thehog.model.OperationStatus;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Long-running operations: read one by id ({@code GET /api/operations/{id}}), list them
 * ({@code GET /api/operations}), or resume waiting on
 * one from its id or pollUrl, e.g. after a restart.
 */
public final class Operations {

  private final ClientCore core;

  Operations(ClientCore core) {
    this.core = core;
  }

  /**
   * The operation's current state, in one request.
   *
   * @param id the operation id
   * @return the operation's state and the request's meta
   */
  public HogResponse<Operation> get(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("operation id must not be empty");
    }
    return core.complete(core.operations.getOperation(id, null));
  }

  /**
   * The first page of the account's operations, newest first.
   *
   * @return the page; {@link Page#autoPagingIterable()} walks all of them
   */
  public Page<Operation> list() {
    return list(null, ListOptions.defaults());
  }

  /**
   * The account's newest operations ({@code GET /api/operations}), newest first. The API answers one
   * bare array with no cursor, so the page is the only one: {@code options.limit()} (at most 100,
   * default 20) bounds it and {@code options.cursor()} is not sent.
   *
   * @param status only operations in this status, or null for all
   * @param options how many operations
   * @return the page; it has no next page
   */
  public Page<Operation> list(OperationStatus status, ListOptions options) {
    Resources.require(options, "options");
    String wanted = status == null ? null : status.value();
    return core.page(cursor -> core.operations.listOperations(wanted, options.limit()), null,
        operations -> operations, operations -> null);
  }

  /**
   * A handle on operation {@code id} whose result is read as JSON maps and lists.
   *
   * @param id the operation id
   * @return the handle
   */
  public HogOperation<Map<String, Object>> resume(String id) {
    return resume(id, ResultType.MAP);
  }

  /**
   * A handle on operation {@code id} whose result is decoded as {@code resultType} (e.g. {@code SearchResult.class}).
   *
   * @param id the operation id
   * @param resultType the type of the result, e.g. {@code SearchResult.class}
   * @param <T> the type of the result
   * @return the handle
   */
  public <T> HogOperation<T> resume(String id, Class<T> resultType) {
    return resume(id, ResultType.of(resultType));
  }

  /**
   * A handle from the {@code pollUrl} of a 202 answer alone, relative or absolute; an absolute URL
   * must be on the client's host.
   *
   * @param pollUrl the pollUrl of a 202 answer
   * @return the handle
   * @throws IllegalArgumentException when the URL is on another host or names no operation
   */
  public HogOperation<Map<String, Object>> resumeFromPollUrl(String pollUrl) {
    return resumeFromPollUrl(pollUrl, ResultType.MAP);
  }

  /**
   * As {@link #resumeFromPollUrl(String)}, decoding the result as {@code resultType}.
   *
   * @param pollUrl the pollUrl of a 202 answer
   * @param resultType the type of the result, e.g. {@code SearchResult.class}
   * @param <T> the type of the result
   * @return the handle
   */
  public <T> HogOperation<T> resumeFromPollUrl(String pollUrl, Class<T> resultType) {
    return resumeFromPollUrl(pollUrl, ResultType.of(resultType));
  }

  private <T> HogOperation<T> resume(String id, ResultType<T> type) {
    return core.resume(id, PollUrls.forId(core.baseUrl, id), type);
  }

  private <T> HogOperation<T> resumeFromPollUrl(String pollUrl, ResultType<T> type) {
    HttpUrl url = PollUrls.resolve(core.baseUrl, pollUrl);
    return core.resume(PollUrls.idOf(url), url, type);
  }
}
