package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.model.FacebookPage;
import ai.thehog.model.FacebookPageRequest;
import ai.thehog.model.FacebookPost;
import ai.thehog.model.FacebookPostRequest;

/** Facebook scrapers ({@code /api/v1/platform/scrapers/facebook/...}): public posts and pages. */
public final class FacebookScrapers {

  private final ClientCore core;

  FacebookScrapers(ClientCore core) {
    this.core = core;
  }

  /**
   * A public Facebook post's text, author and engagement ({@code POST /api/v1/platform/scrapers/facebook/post}, one request, answered at once).
   *
   * @param request the post's URL
   * @return the scraped data and the request's meta
   */
  public HogResponse<FacebookPost> post(FacebookPostRequest request) {
    return post(request, RequestOptions.defaults());
  }

  /**
   * As {@link #post(FacebookPostRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the post's URL
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<FacebookPost> post(FacebookPostRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.facebook.getFacebookPost(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * A public Facebook page's details and audience ({@code POST /api/v1/platform/scrapers/facebook/page}, one request, answered at once).
   *
   * @param request the page's URL
   * @return the scraped data and the request's meta
   */
  public HogResponse<FacebookPage> page(FacebookPageRequest request) {
    return page(request, RequestOptions.defaults());
  }

  /**
   * As {@link #page(FacebookPageRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the page's URL
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<FacebookPage> page(FacebookPageRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.facebook.getFacebookPage(request, key), null, r -> r.data(), r -> r.meta());
  }
}
