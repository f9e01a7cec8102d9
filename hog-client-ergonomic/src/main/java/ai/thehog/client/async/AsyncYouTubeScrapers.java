package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.YouTubeChannel;
import ai.thehog.model.YouTubeChannelRequest;
import ai.thehog.model.YouTubeVideo;
import ai.thehog.model.YouTubeVideoRequest;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.YouTubeScrapers} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncYouTubeScrapers {

  /**
   * {@link ai.thehog.client.YouTubeScrapers#video(YouTubeVideoRequest)} on the client's executor.
   *
   * @param request the video's URL
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<YouTubeVideo>> video(YouTubeVideoRequest request);

  /**
   * {@link ai.thehog.client.YouTubeScrapers#video(YouTubeVideoRequest, RequestOptions)} on the client's executor.
   *
   * @param request the video's URL
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<YouTubeVideo>> video(YouTubeVideoRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.YouTubeScrapers#channel(YouTubeChannelRequest)} on the client's executor.
   *
   * @param request the channel's URL
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<YouTubeChannel>> channel(YouTubeChannelRequest request);

  /**
   * {@link ai.thehog.client.YouTubeScrapers#channel(YouTubeChannelRequest, RequestOptions)} on the client's executor.
   *
   * @param request the channel's URL
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<YouTubeChannel>> channel(YouTubeChannelRequest request, RequestOptions options);
}
