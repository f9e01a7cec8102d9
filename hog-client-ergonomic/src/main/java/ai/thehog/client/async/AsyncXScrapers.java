package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.XConversationRequest;
import ai.thehog.model.XPost;
import ai.thehog.model.XPostRequest;
import ai.thehog.model.XProfileRequest;
import ai.thehog.model.XProfileScrape;
import ai.thehog.model.XSearchPostsRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.XScrapers} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncXScrapers {

  /**
   * {@link ai.thehog.client.XScrapers#profile(XProfileRequest)} on the client's executor.
   *
   * @param request the handle and how many posts (1 to 200)
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<XProfileScrape>> profile(XProfileRequest request);

  /**
   * {@link ai.thehog.client.XScrapers#profile(XProfileRequest, RequestOptions)} on the client's executor.
   *
   * @param request the handle and how many posts (1 to 200)
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<XProfileScrape>> profile(XProfileRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.XScrapers#searchPosts(XSearchPostsRequest)} on the client's executor.
   *
   * @param request the query, how many posts (1 to 200) and optional date, language or place limits
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<XPost>>> searchPosts(XSearchPostsRequest request);

  /**
   * {@link ai.thehog.client.XScrapers#searchPosts(XSearchPostsRequest, RequestOptions)} on the client's executor.
   *
   * @param request the query, how many posts (1 to 200) and optional date, language or place limits
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<XPost>>> searchPosts(XSearchPostsRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.XScrapers#post(XPostRequest)} on the client's executor.
   *
   * @param request the post's URL
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<Optional<XPost>>> post(XPostRequest request);

  /**
   * {@link ai.thehog.client.XScrapers#post(XPostRequest, RequestOptions)} on the client's executor.
   *
   * @param request the post's URL
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<Optional<XPost>>> post(XPostRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.XScrapers#conversation(XConversationRequest)} on the client's executor.
   *
   * @param request the id of a post of the conversation and how many posts (1 to 500)
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<XPost>>> conversation(XConversationRequest request);

  /**
   * {@link ai.thehog.client.XScrapers#conversation(XConversationRequest, RequestOptions)} on the client's executor.
   *
   * @param request the id of a post of the conversation and how many posts (1 to 500)
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<XPost>>> conversation(XConversationRequest request, RequestOptions options);
}
