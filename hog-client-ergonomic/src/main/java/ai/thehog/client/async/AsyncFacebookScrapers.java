package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.FacebookPage;
import ai.thehog.model.FacebookPageRequest;
import ai.thehog.model.FacebookPost;
import ai.thehog.model.FacebookPostRequest;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.FacebookScrapers} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncFacebookScrapers {

  /**
   * {@link ai.thehog.client.FacebookScrapers#post(FacebookPostRequest)} on the client's executor.
   *
   * @param request the post's URL
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<FacebookPost>> post(FacebookPostRequest request);

  /**
   * {@link ai.thehog.client.FacebookScrapers#post(FacebookPostRequest, RequestOptions)} on the client's executor.
   *
   * @param request the post's URL
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<FacebookPost>> post(FacebookPostRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.FacebookScrapers#page(FacebookPageRequest)} on the client's executor.
   *
   * @param request the page's URL
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<FacebookPage>> page(FacebookPageRequest request);

  /**
   * {@link ai.thehog.client.FacebookScrapers#page(FacebookPageRequest, RequestOptions)} on the client's executor.
   *
   * @param request the page's URL
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<FacebookPage>> page(FacebookPageRequest request, RequestOptions options);
}
