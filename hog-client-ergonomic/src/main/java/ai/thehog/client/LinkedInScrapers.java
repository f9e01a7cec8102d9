package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.json.Metas;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.Submission;
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

/** LinkedIn scrapers ({@code /api/v1/platform/scrapers/linkedin/...}): profiles, companies, posts and engagement. */
public final class LinkedInScrapers {

  private final ClientCore core;

  LinkedInScrapers(ClientCore core) {
    this.core = core;
  }

  /**
   * Finds the LinkedIn company pages of domains ({@code POST /api/v1/platform/scrapers/linkedin/finder}, one request, answered at once).
   *
   * @param request the domains to find company pages for
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInFinder>> findCompanies(LinkedInFinderRequest request) {
    return findCompanies(request, RequestOptions.defaults());
  }

  /**
   * As {@link #findCompanies(LinkedInFinderRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the domains to find company pages for
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInFinder>> findCompanies(LinkedInFinderRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.linkedIn.findLinkedInCompanies(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * A LinkedIn profile ({@code POST /api/v1/platform/scrapers/linkedin/profile}, one request, answered at once).
   *
   * @param request the username of the profile
   * @return the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  public HogResponse<Optional<LinkedInProfile>> profile(LinkedInProfileRequest request) {
    return profile(request, RequestOptions.defaults());
  }

  /**
   * As {@link #profile(LinkedInProfileRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the username of the profile
   * @param options Idempotency-Key choice
   * @return the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  public HogResponse<Optional<LinkedInProfile>> profile(LinkedInProfileRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.linkedIn.getLinkedInProfile(request, key), null, r -> Optional.ofNullable(r.data()), r -> r.meta());
  }

  /**
   * A LinkedIn company page ({@code POST /api/v1/platform/scrapers/linkedin/company}, one request, answered at once).
   *
   * @param request the company: slug, URL or name
   * @return the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  public HogResponse<Optional<LinkedInCompany>> company(LinkedInCompanyRequest request) {
    return company(request, RequestOptions.defaults());
  }

  /**
   * As {@link #company(LinkedInCompanyRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the company: slug, URL or name
   * @param options Idempotency-Key choice
   * @return the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  public HogResponse<Optional<LinkedInCompany>> company(LinkedInCompanyRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.linkedIn.getLinkedInCompany(request, key), null, r -> Optional.ofNullable(r.data()), r -> r.meta());
  }

  /**
   * A company page's posts ({@code POST /api/v1/platform/scrapers/linkedin/company-posts}, one request, answered at once).
   *
   * @param request the company slug and how many posts
   * @return the scraped data and the request's meta
   */
  public HogResponse<LinkedInCompanyPosts> companyPosts(LinkedInCompanyPostsRequest request) {
    return companyPosts(request, RequestOptions.defaults());
  }

  /**
   * As {@link #companyPosts(LinkedInCompanyPostsRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the company slug and how many posts
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<LinkedInCompanyPosts> companyPosts(LinkedInCompanyPostsRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.linkedIn.listLinkedInCompanyPosts(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * Profiles' posts ({@code POST /api/v1/platform/scrapers/linkedin/profile-posts}). The API's contract
   * answers 202 and the posts are the operation's result; the official SDK reads them from a 200. Both are
   * accepted: after a 202 this call polls the operation until it ends and returns its result.
   *
   * @param request the username and how many posts
   * @return the scraped data and the request's meta
   */
  public HogResponse<LinkedInProfilePosts> profilePosts(LinkedInProfilePostsRequest request) {
    return profilePosts(request, RequestOptions.defaults());
  }

  /**
   * As {@link #profilePosts(LinkedInProfilePostsRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the username and how many posts
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<LinkedInProfilePosts> profilePosts(LinkedInProfilePostsRequest request, RequestOptions options) {
    Submission<LinkedInProfilePosts, LinkedInProfilePosts> answer = core.submit(
        core.prepare(request, options, null, key -> core.linkedIn.listLinkedInProfilePosts(request, key), null),
        r -> r.data(), r -> Metas.of(r.meta(), null), ResultType.of(LinkedInProfilePosts.class),
        (outcome, operation) -> outcome.result());
    if (answer instanceof Submission.Completed<LinkedInProfilePosts, LinkedInProfilePosts> completed) {
      return completed.response();
    }
    HogOperation<LinkedInProfilePosts> operation =
        ((Submission.Accepted<LinkedInProfilePosts, LinkedInProfilePosts>) answer).operation();
    return new HogResponse<>(operation.await().result(), operation.meta());
  }

  /**
   * Posts matching a keyword ({@code POST /api/v1/platform/scrapers/linkedin/keyword-posts}, one request, answered at once).
   *
   * @param request the keyword and search options
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInPost>> keywordPosts(LinkedInKeywordPostsRequest request) {
    return keywordPosts(request, RequestOptions.defaults());
  }

  /**
   * As {@link #keywordPosts(LinkedInKeywordPostsRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the keyword and search options
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInPost>> keywordPosts(LinkedInKeywordPostsRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.linkedIn.searchLinkedInKeywordPosts(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * Reactions to posts ({@code POST /api/v1/platform/scrapers/linkedin/post-reactions}, one request, answered at once).
   *
   * @param request the post URLs and how many items
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInPostReaction>> postReactions(LinkedInPostEngagementRequest request) {
    return postReactions(request, RequestOptions.defaults());
  }

  /**
   * As {@link #postReactions(LinkedInPostEngagementRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the post URLs and how many items
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInPostReaction>> postReactions(LinkedInPostEngagementRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.linkedIn.listLinkedInPostReactions(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * Comments on posts ({@code POST /api/v1/platform/scrapers/linkedin/post-comments}, one request, answered at once).
   *
   * @param request the post URLs and how many items
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInPostComment>> postComments(LinkedInPostEngagementRequest request) {
    return postComments(request, RequestOptions.defaults());
  }

  /**
   * As {@link #postComments(LinkedInPostEngagementRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the post URLs and how many items
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInPostComment>> postComments(LinkedInPostEngagementRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.linkedIn.listLinkedInPostComments(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * Reactions a profile made ({@code POST /api/v1/platform/scrapers/linkedin/profile-reactions}, one request, answered at once).
   *
   * @param request the profiles, how many items and how recent
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInProfileReaction>> profileReactions(LinkedInProfileActivityRequest request) {
    return profileReactions(request, RequestOptions.defaults());
  }

  /**
   * As {@link #profileReactions(LinkedInProfileActivityRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the profiles, how many items and how recent
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInProfileReaction>> profileReactions(LinkedInProfileActivityRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.linkedIn.listLinkedInProfileReactions(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * Comments a profile wrote ({@code POST /api/v1/platform/scrapers/linkedin/profile-comments}, one request, answered at once).
   *
   * @param request the profiles, how many items and how recent
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInProfileComment>> profileComments(LinkedInProfileActivityRequest request) {
    return profileComments(request, RequestOptions.defaults());
  }

  /**
   * As {@link #profileComments(LinkedInProfileActivityRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the profiles, how many items and how recent
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<LinkedInProfileComment>> profileComments(LinkedInProfileActivityRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.linkedIn.listLinkedInProfileComments(request, key), null, r -> r.data(), r -> r.meta());
  }
}
