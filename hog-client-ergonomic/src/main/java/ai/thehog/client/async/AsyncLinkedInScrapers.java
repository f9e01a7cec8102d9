package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.LinkedInCompany;
import ai.thehog.model.LinkedInCompanyPosts;
import ai.thehog.model.LinkedInCompanyPostsRequest;
import ai.thehog.model.LinkedInCompanyRequest;
import ai.thehog.model.LinkedInFinder;
import ai.thehog.model.LinkedInFinderRequest;
import ai.thehog.model.LinkedInKeywordPostsRequest;
import ai.thehog.model.LinkedInPost;
import ai.thehog.model.LinkedInPostComment;
import ai.thehog.model.LinkedInPostEngagementRequest;
import ai.thehog.model.LinkedInPostReaction;
import ai.thehog.model.LinkedInProfile;
import ai.thehog.model.LinkedInProfileActivityRequest;
import ai.thehog.model.LinkedInProfileComment;
import ai.thehog.model.LinkedInProfilePosts;
import ai.thehog.model.LinkedInProfilePostsRequest;
import ai.thehog.model.LinkedInProfileReaction;
import ai.thehog.model.LinkedInProfileRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.LinkedInScrapers} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncLinkedInScrapers {

  /**
   * {@link ai.thehog.client.LinkedInScrapers#findCompanies(LinkedInFinderRequest)} on the client's executor.
   *
   * @param request the domains to find company pages for
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInFinder>>> findCompanies(LinkedInFinderRequest request);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#findCompanies(LinkedInFinderRequest, RequestOptions)} on the client's executor.
   *
   * @param request the domains to find company pages for
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInFinder>>> findCompanies(LinkedInFinderRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#profile(LinkedInProfileRequest)} on the client's executor.
   *
   * @param request the username of the profile
   * @return a future of the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  CompletableFuture<HogResponse<Optional<LinkedInProfile>>> profile(LinkedInProfileRequest request);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#profile(LinkedInProfileRequest, RequestOptions)} on the client's executor.
   *
   * @param request the username of the profile
   * @param options Idempotency-Key choice
   * @return a future of the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  CompletableFuture<HogResponse<Optional<LinkedInProfile>>> profile(LinkedInProfileRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#company(LinkedInCompanyRequest)} on the client's executor.
   *
   * @param request the company: slug, URL or name
   * @return a future of the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  CompletableFuture<HogResponse<Optional<LinkedInCompany>>> company(LinkedInCompanyRequest request);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#company(LinkedInCompanyRequest, RequestOptions)} on the client's executor.
   *
   * @param request the company: slug, URL or name
   * @param options Idempotency-Key choice
   * @return a future of the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  CompletableFuture<HogResponse<Optional<LinkedInCompany>>> company(LinkedInCompanyRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#companyPosts(LinkedInCompanyPostsRequest)} on the client's executor.
   *
   * @param request the company slug and how many posts
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<LinkedInCompanyPosts>> companyPosts(LinkedInCompanyPostsRequest request);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#companyPosts(LinkedInCompanyPostsRequest, RequestOptions)} on the client's executor.
   *
   * @param request the company slug and how many posts
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<LinkedInCompanyPosts>> companyPosts(LinkedInCompanyPostsRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#profilePosts(LinkedInProfilePostsRequest)} on the client's executor.
   *
   * @param request the username and how many posts
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<LinkedInProfilePosts>> profilePosts(LinkedInProfilePostsRequest request);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#profilePosts(LinkedInProfilePostsRequest, RequestOptions)} on the client's executor.
   *
   * @param request the username and how many posts
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<LinkedInProfilePosts>> profilePosts(LinkedInProfilePostsRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#keywordPosts(LinkedInKeywordPostsRequest)} on the client's executor.
   *
   * @param request the keyword and search options
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInPost>>> keywordPosts(LinkedInKeywordPostsRequest request);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#keywordPosts(LinkedInKeywordPostsRequest, RequestOptions)} on the client's executor.
   *
   * @param request the keyword and search options
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInPost>>> keywordPosts(LinkedInKeywordPostsRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#postReactions(LinkedInPostEngagementRequest)} on the client's executor.
   *
   * @param request the post URLs and how many items
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInPostReaction>>> postReactions(LinkedInPostEngagementRequest request);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#postReactions(LinkedInPostEngagementRequest, RequestOptions)} on the client's executor.
   *
   * @param request the post URLs and how many items
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInPostReaction>>> postReactions(LinkedInPostEngagementRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#postComments(LinkedInPostEngagementRequest)} on the client's executor.
   *
   * @param request the post URLs and how many items
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInPostComment>>> postComments(LinkedInPostEngagementRequest request);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#postComments(LinkedInPostEngagementRequest, RequestOptions)} on the client's executor.
   *
   * @param request the post URLs and how many items
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInPostComment>>> postComments(LinkedInPostEngagementRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#profileReactions(LinkedInProfileActivityRequest)} on the client's executor.
   *
   * @param request the profiles, how many items and how recent
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInProfileReaction>>> profileReactions(LinkedInProfileActivityRequest request);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#profileReactions(LinkedInProfileActivityRequest, RequestOptions)} on the client's executor.
   *
   * @param request the profiles, how many items and how recent
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInProfileReaction>>> profileReactions(LinkedInProfileActivityRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#profileComments(LinkedInProfileActivityRequest)} on the client's executor.
   *
   * @param request the profiles, how many items and how recent
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInProfileComment>>> profileComments(LinkedInProfileActivityRequest request);

  /**
   * {@link ai.thehog.client.LinkedInScrapers#profileComments(LinkedInProfileActivityRequest, RequestOptions)} on the client's executor.
   *
   * @param request the profiles, how many items and how recent
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<List<LinkedInProfileComment>>> profileComments(LinkedInProfileActivityRequest request, RequestOptions options);
}
