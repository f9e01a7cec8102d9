package ai.thehog.client;

import ai.thehog.client.internal.core.ClientCore;

/**
 * The platform scrapers, one resource per platform: {@link #linkedin()}, {@link #instagram()},
 * {@link #tiktok()}, {@link #x()}, {@link #youtube()}, {@link #facebook()}, {@link #seo()}, {@link #web()} and
 * {@link #image()}.
 */
public final class Scrapers {

  private final LinkedInScrapers linkedin;
  private final InstagramScrapers instagram;
  private final TikTokScrapers tiktok;
  private final WebScrapers web;
  private final ImageScrapers image;
  private final XScrapers x;
  private final YouTubeScrapers youtube;
  private final FacebookScrapers facebook;
  private final SeoScrapers seo;

  Scrapers(ClientCore core, WebScrapers web) {
    this.linkedin = new LinkedInScrapers(core);
    this.instagram = new InstagramScrapers(core);
    this.tiktok = new TikTokScrapers(core);
    this.web = web;
    this.image = new ImageScrapers(core);
    this.x = new XScrapers(core);
    this.youtube = new YouTubeScrapers(core);
    this.facebook = new FacebookScrapers(core);
    this.seo = new SeoScrapers(core);
  }

  /**
   * LinkedIn profiles, companies, posts and engagement.
   *
   * @return the {@link LinkedInScrapers} resource, shared by all threads
   */
  public LinkedInScrapers linkedin() {
    return linkedin;
  }

  /**
   * Instagram profiles, posts, comments and followers.
   *
   * @return the {@link InstagramScrapers} resource, shared by all threads
   */
  public InstagramScrapers instagram() {
    return instagram;
  }

  /**
   * TikTok profiles.
   *
   * @return the {@link TikTokScrapers} resource, shared by all threads
   */
  public TikTokScrapers tiktok() {
    return tiktok;
  }

  /**
   * Web search, page scrapes and crawls.
   *
   * @return the {@link WebScrapers} resource, shared by all threads
   */
  public WebScrapers web() {
    return web;
  }

  /**
   * Image checks (deepfake detection).
   *
   * @return the {@link ImageScrapers} resource, shared by all threads
   */
  public ImageScrapers image() {
    return image;
  }

  /**
   * X (Twitter) profiles, post searches, posts and conversations.
   *
   * @return the {@link XScrapers} resource, shared by all threads
   */
  public XScrapers x() {
    return x;
  }

  /**
   * YouTube videos and channels.
   *
   * @return the {@link YouTubeScrapers} resource, shared by all threads
   */
  public YouTubeScrapers youtube() {
    return youtube;
  }

  /**
   * Facebook posts and pages.
   *
   * @return the {@link FacebookScrapers} resource, shared by all threads
   */
  public FacebookScrapers facebook() {
    return facebook;
  }

  /**
   * Search presence of domains: overview, keywords, competing keywords.
   *
   * @return the {@link SeoScrapers} resource, shared by all threads
   */
  public SeoScrapers seo() {
    return seo;
  }
}
