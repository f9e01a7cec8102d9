package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.ListOptions;
import ai.thehog.client.common.Page;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.model.Operation;
import ai.thehog.model.OperationStatus;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.Operations} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncOperations {

  /**
   * {@link ai.thehog.client.Operations#get(String)} on the client's executor.
   *
   * @param id the operation id
   * @return a future of the operation's state and the request's meta
   */
  CompletableFuture<HogResponse<Operation>> get(String id);

  /**
   * {@link ai.thehog.client.Operations#list()} on the client's executor.
   *
   * @return a future of the page; {@code Page.autoPagingIterable()} walks all of them
   */
  CompletableFuture<Page<Operation>> list();

  /**
   * {@link ai.thehog.client.Operations#list(OperationStatus, ListOptions)} on the client's executor.
   *
   * @param status only operations in this status, or null for all
   * @param options how many operations
   * @return a future of the page; it has no next page
   */
  CompletableFuture<Page<Operation>> list(OperationStatus status, ListOptions options);

  /**
   * {@link ai.thehog.client.Operations#resume(String)} on the client's executor.
   *
   * @param id the operation id
   * @return a future of the handle
   */
  CompletableFuture<HogOperation<Map<String, Object>>> resume(String id);

  /**
   * {@link ai.thehog.client.Operations#resume(String, Class)} on the client's executor.
   *
   * @param id the operation id
   * @param resultType the type of the result, e.g. {@code SearchResult.class}
   * @param <T> the type of the result
   * @return a future of the handle
   */
  <T> CompletableFuture<HogOperation<T>> resume(String id, Class<T> resultType);

  /**
   * {@link ai.thehog.client.Operations#resumeFromPollUrl(String)} on the client's executor.
   *
   * @param pollUrl the pollUrl of a 202 answer
   * @return a future of the handle
   */
  CompletableFuture<HogOperation<Map<String, Object>>> resumeFromPollUrl(String pollUrl);

  /**
   * {@link ai.thehog.client.Operations#resumeFromPollUrl(String, Class)} on the client's executor.
   *
   * @param pollUrl the pollUrl of a 202 answer
   * @param resultType the type of the result, e.g. {@code SearchResult.class}
   * @param <T> the type of the result
   * @return a future of the handle
   */
  <T> CompletableFuture<HogOperation<T>> resumeFromPollUrl(String pollUrl, Class<T> resultType);
}
