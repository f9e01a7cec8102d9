package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.model.TikTokProfileRequest;
import ai.thehog.model.TikTokProfileScrape;

/** TikTok scrapers ({@code /api/v1/platform/scrapers/tiktok/...}). */
public final class TikTokScrapers {

  private final ClientCore core;

  TikTokScrapers(ClientCore core) {
    this.core = core;
  }

  /**
   * TikTok profiles and their videos ({@code POST /api/v1/platform/scrapers/tiktok/profile}, one request, answered at once).
   *
   * @param request the username and how many videos
   * @return the scraped data and the request's meta
   */
  public HogResponse<TikTokProfileScrape> profile(TikTokProfileRequest request) {
    return profile(request, RequestOptions.defaults());
  }

  /**
   * As {@link #profile(TikTokProfileRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the username and how many videos
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<TikTokProfileScrape> profile(TikTokProfileRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.tikTok.getTikTokProfile(request, key), null, r -> r.data(), r -> r.meta());
  }
}
