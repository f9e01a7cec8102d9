package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.TikTokProfileRequest;
import ai.thehog.model.TikTokProfileScrape;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.TikTokScrapers} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncTikTokScrapers {

  /**
   * {@link ai.thehog.client.TikTokScrapers#profile(TikTokProfileRequest)} on the client's executor.
   *
   * @param request the username and how many videos
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<TikTokProfileScrape>> profile(TikTokProfileRequest request);

  /**
   * {@link ai.thehog.client.TikTokScrapers#profile(TikTokProfileRequest, RequestOptions)} on the client's executor.
   *
   * @param request the username and how many videos
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<TikTokProfileScrape>> profile(TikTokProfileRequest request, RequestOptions options);
}
