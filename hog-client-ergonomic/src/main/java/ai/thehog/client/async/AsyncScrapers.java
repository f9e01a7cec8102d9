package ai.thehog.client.async;

import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.Scrapers} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncScrapers {

  /**
   * The async mirror of {@link ai.thehog.client.Scrapers#linkedin()}.
   *
   * @return the async {@code LinkedInScrapers}
   */
  AsyncLinkedInScrapers linkedin();

  /**
   * The async mirror of {@link ai.thehog.client.Scrapers#instagram()}.
   *
   * @return the async {@code InstagramScrapers}
   */
  AsyncInstagramScrapers instagram();

  /**
   * The async mirror of {@link ai.thehog.client.Scrapers#tiktok()}.
   *
   * @return the async {@code TikTokScrapers}
   */
  AsyncTikTokScrapers tiktok();

  /**
   * The async mirror of {@link ai.thehog.client.Scrapers#web()}.
   *
   * @return the async {@code WebScrapers}
   */
  AsyncWebScrapers web();

  /**
   * The async mirror of {@link ai.thehog.client.Scrapers#image()}.
   *
   * @return the async {@code ImageScrapers}
   */
  AsyncImageScrapers image();

  /**
   * The async mirror of {@link ai.thehog.client.Scrapers#x()}.
   *
   * @return the async {@code XScrapers}
   */
  AsyncXScrapers x();

  /**
   * The async mirror of {@link ai.thehog.client.Scrapers#youtube()}.
   *
   * @return the async {@code YouTubeScrapers}
   */
  AsyncYouTubeScrapers youtube();

  /**
   * The async mirror of {@link ai.thehog.client.Scrapers#facebook()}.
   *
   * @return the async {@code FacebookScrapers}
   */
  AsyncFacebookScrapers facebook();

  /**
   * The async mirror of {@link ai.thehog.client.Scrapers#seo()}.
   *
   * @return the async {@code SeoScrapers}
   */
  AsyncSeoScrapers seo();
}
