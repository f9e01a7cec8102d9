package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.model.YouTubeChannel;
import ai.thehog.model.YouTubeChannelRequest;
import ai.thehog.model.YouTubeVideo;
import ai.thehog.model.YouTubeVideoRequest;

/** YouTube scrapers ({@code /api/v1/platform/scrapers/youtube/...}): videos and channels. */
public final class YouTubeScrapers {

  private final ClientCore core;

  YouTubeScrapers(ClientCore core) {
    this.core = core;
  }

  /**
   * A YouTube video's details, transcript and comments ({@code POST /api/v1/platform/scrapers/youtube/video}, one request, answered at once).
   *
   * @param request the video's URL
   * @return the scraped data and the request's meta
   */
  public HogResponse<YouTubeVideo> video(YouTubeVideoRequest request) {
    return video(request, RequestOptions.defaults());
  }

  /**
   * As {@link #video(YouTubeVideoRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the video's URL
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<YouTubeVideo> video(YouTubeVideoRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.youTube.getYouTubeVideo(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * A YouTube channel's details and counts ({@code POST /api/v1/platform/scrapers/youtube/channel}, one request, answered at once).
   *
   * @param request the channel's URL
   * @return the scraped data and the request's meta
   */
  public HogResponse<YouTubeChannel> channel(YouTubeChannelRequest request) {
    return channel(request, RequestOptions.defaults());
  }

  /**
   * As {@link #channel(YouTubeChannelRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the channel's URL
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<YouTubeChannel> channel(YouTubeChannelRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.youTube.getYouTubeChannel(request, key), null, r -> r.data(), r -> r.meta());
  }
}
