package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
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

/** Instagram scrapers ({@code /api/v1/platform/scrapers/instagram/...}): profiles, posts, comments, followers. */
public final class InstagramScrapers {

  private final ClientCore core;

  InstagramScrapers(ClientCore core) {
    this.core = core;
  }

  /**
   * An Instagram profile ({@code POST /api/v1/platform/scrapers/instagram/profile}, one request, answered at once).
   *
   * @param request the username and how many posts
   * @return the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  public HogResponse<Optional<InstagramProfile>> profile(InstagramProfileRequest request) {
    return profile(request, RequestOptions.defaults());
  }

  /**
   * As {@link #profile(InstagramProfileRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the username and how many posts
   * @param options Idempotency-Key choice
   * @return the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  public HogResponse<Optional<InstagramProfile>> profile(InstagramProfileRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.instagram.getInstagramProfile(request, key), null, r -> Optional.ofNullable(r.data()), r -> r.meta());
  }

  /**
   * A profile's posts ({@code POST /api/v1/platform/scrapers/instagram/posts}, one request, answered at once).
   *
   * @param request the username and how many posts
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<InstagramPost>> posts(InstagramProfileRequest request) {
    return posts(request, RequestOptions.defaults());
  }

  /**
   * As {@link #posts(InstagramProfileRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the username and how many posts
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<InstagramPost>> posts(InstagramProfileRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.instagram.listInstagramPosts(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * One post's details ({@code POST /api/v1/platform/scrapers/instagram/post-details}, one request, answered at once).
   *
   * @param request the post URL
   * @return the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  public HogResponse<Optional<InstagramPost>> post(InstagramPostRequest request) {
    return post(request, RequestOptions.defaults());
  }

  /**
   * As {@link #post(InstagramPostRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the post URL
   * @param options Idempotency-Key choice
   * @return the scraped data, empty when the API found nothing (it answered {@code "data": null}), and the request's meta
   */
  public HogResponse<Optional<InstagramPost>> post(InstagramPostRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.instagram.getInstagramPost(request, key), null, r -> Optional.ofNullable(r.data()), r -> r.meta());
  }

  /**
   * Comments on posts ({@code POST /api/v1/platform/scrapers/instagram/post-comments}, one request, answered at once).
   *
   * @param request the post URL, how many comments and whether replies too
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<InstagramComment>> postComments(InstagramPostCommentsRequest request) {
    return postComments(request, RequestOptions.defaults());
  }

  /**
   * As {@link #postComments(InstagramPostCommentsRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the post URL, how many comments and whether replies too
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<InstagramComment>> postComments(InstagramPostCommentsRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.instagram.listInstagramPostComments(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * A profile's followers ({@code POST /api/v1/platform/scrapers/instagram/followers}, one request, answered at once).
   *
   * @param request the username and how many followers
   * @return the scraped data and the request's meta
   */
  public HogResponse<InstagramFollowScrape> followers(InstagramFollowersRequest request) {
    return followers(request, RequestOptions.defaults());
  }

  /**
   * As {@link #followers(InstagramFollowersRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the username and how many followers
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<InstagramFollowScrape> followers(InstagramFollowersRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.instagram.listInstagramFollowers(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * The profiles a profile follows ({@code POST /api/v1/platform/scrapers/instagram/following}, one request, answered at once).
   *
   * @param request the username and how many followed accounts
   * @return the scraped data and the request's meta
   */
  public HogResponse<InstagramFollowScrape> following(InstagramFollowingRequest request) {
    return following(request, RequestOptions.defaults());
  }

  /**
   * As {@link #following(InstagramFollowingRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the username and how many followed accounts
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<InstagramFollowScrape> following(InstagramFollowingRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.instagram.listInstagramFollowing(request, key), null, r -> r.data(), r -> r.meta());
  }
}
