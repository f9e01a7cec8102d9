package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.InstagramComment;
import ai.thehog.model.InstagramFollowScrape;
import ai.thehog.model.InstagramFollowersRequest;
import ai.thehog.model.InstagramFollowingRequest;
import ai.thehog.model.InstagramPost;
import ai.thehog.model.InstagramPostCommentsRequest;
import ai.thehog.model.InstagramPostRequest;
import ai.thehog.model.InstagramProfile;
import ai.thehog.model.InstagramProfileRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.InstagramScrapers} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncInstagramScrapers {

  /**
   * {@link ai.thehog.client.InstagramScrapers#profile(InstagramProfileRequest)} on the client's executor.
   *
   * @param request the username and how many posts
   * @return a future of the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  CompletableFuture<HogResponse<Optional<InstagramProfile>>> profile(InstagramProfileRequest request);

  /**
   * {@link ai.thehog.client.InstagramScrapers#profile(InstagramProfileRequest, RequestOptions)} on the client's executor.
   *
   * @param request the username and how many posts
   * @param options Idempotency-Key choice
   * @return a future of the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  CompletableFuture<HogResponse<Optional<InstagramProfile>>> profile(InstagramProfileRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.InstagramScrapers#posts(InstagramProfileRequest)} on the client's executor.
   *
   * @param request the username and how many posts
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<InstagramPost>>> posts(InstagramProfileRequest request);

  /**
   * {@link ai.thehog.client.InstagramScrapers#posts(InstagramProfileRequest, RequestOptions)} on the client's executor.
   *
   * @param request the username and how many posts
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<InstagramPost>>> posts(InstagramProfileRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.InstagramScrapers#post(InstagramPostRequest)} on the client's executor.
   *
   * @param request the post URL
   * @return a future of the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  CompletableFuture<HogResponse<Optional<InstagramPost>>> post(InstagramPostRequest request);

  /**
   * {@link ai.thehog.client.InstagramScrapers#post(InstagramPostRequest, RequestOptions)} on the client's executor.
   *
   * @param request the post URL
   * @param options Idempotency-Key choice
   * @return a future of the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  CompletableFuture<HogResponse<Optional<InstagramPost>>> post(InstagramPostRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.InstagramScrapers#postComments(InstagramPostCommentsRequest)} on the client's executor.
   *
   * @param request the post URL, how many comments and whether replies too
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<InstagramComment>>> postComments(InstagramPostCommentsRequest request);

  /**
   * {@link ai.thehog.client.InstagramScrapers#postComments(InstagramPostCommentsRequest, RequestOptions)} on the client's executor.
   *
   * @param request the post URL, how many comments and whether replies too
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<InstagramComment>>> postComments(InstagramPostCommentsRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.InstagramScrapers#followers(InstagramFollowersRequest)} on the client's executor.
   *
   * @param request the username and how many followers
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<InstagramFollowScrape>> followers(InstagramFollowersRequest request);

  /**
   * {@link ai.thehog.client.InstagramScrapers#followers(InstagramFollowersRequest, RequestOptions)} on the client's executor.
   *
   * @param request the username and how many followers
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<InstagramFollowScrape>> followers(InstagramFollowersRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.InstagramScrapers#following(InstagramFollowingRequest)} on the client's executor.
   *
   * @param request the username and how many followed accounts
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<InstagramFollowScrape>> following(InstagramFollowingRequest request);

  /**
   * {@link ai.thehog.client.InstagramScrapers#following(InstagramFollowingRequest, RequestOptions)} on the client's executor.
   *
   * @param request the username and how many followed accounts
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<InstagramFollowScrape>> following(InstagramFollowingRequest request,
      RequestOptions options);
}
