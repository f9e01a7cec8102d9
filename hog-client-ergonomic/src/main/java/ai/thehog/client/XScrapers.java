package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.model.XConversationRequest;
import ai.thehog.model.XPost;
import ai.thehog.model.XPostRequest;
import ai.thehog.model.XProfileRequest;
import ai.thehog.model.XProfileScrape;
import ai.thehog.model.XSearchPostsRequest;
import java.util.List;
import java.util.Optional;

/** X (Twitter) scrapers ({@code /api/v1/platform/scrapers/x/...}): profiles, post searches, posts and conversations. */
public final class XScrapers {

  private final ClientCore core;

  XScrapers(ClientCore core) {
    this.core = core;
  }

  /**
   * An X profile's recent posts, the posts they refer to and their authors ({@code POST /api/v1/platform/scrapers/x/profile}, one request, answered at once).
   *
   * @param request the handle and how many posts (1 to 200)
   * @return the scraped data and the request's meta
   */
  public HogResponse<XProfileScrape> profile(XProfileRequest request) {
    return profile(request, RequestOptions.defaults());
  }

  /**
   * As {@link #profile(XProfileRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the handle and how many posts (1 to 200)
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<XProfileScrape> profile(XProfileRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.x.getXProfile(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * X posts matching a query ({@code POST /api/v1/platform/scrapers/x/search-posts}, one request, answered at once).
   *
   * @param request the query, how many posts (1 to 200) and optional date, language or place limits
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<XPost>> searchPosts(XSearchPostsRequest request) {
    return searchPosts(request, RequestOptions.defaults());
  }

  /**
   * As {@link #searchPosts(XSearchPostsRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the query, how many posts (1 to 200) and optional date, language or place limits
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<XPost>> searchPosts(XSearchPostsRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.x.searchXPosts(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * One X post by its URL; empty when the API found no such post ({@code POST /api/v1/platform/scrapers/x/post}, one request, answered at once).
   *
   * @param request the post's URL
   * @return the scraped data and the request's meta
   */
  public HogResponse<Optional<XPost>> post(XPostRequest request) {
    return post(request, RequestOptions.defaults());
  }

  /**
   * As {@link #post(XPostRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the post's URL
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<Optional<XPost>> post(XPostRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.x.getXPost(request, key), null, r -> Optional.ofNullable(r.data()), r -> r.meta());
  }

  /**
   * The posts of an X conversation ({@code POST /api/v1/platform/scrapers/x/conversation}, one request, answered at once).
   *
   * @param request the id of a post of the conversation and how many posts (1 to 500)
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<XPost>> conversation(XConversationRequest request) {
    return conversation(request, RequestOptions.defaults());
  }

  /**
   * As {@link #conversation(XConversationRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the id of a post of the conversation and how many posts (1 to 500)
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<List<XPost>> conversation(XConversationRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.x.getXConversation(request, key), null, r -> r.data(), r -> r.meta());
  }
}
