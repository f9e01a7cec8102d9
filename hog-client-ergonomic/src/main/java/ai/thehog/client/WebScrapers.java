package ai.thehog.client;

import ai.thehog.model.WebCrawlRequest;
import ai.thehog.model.WebScrapeBatchRequest;
import ai.thehog.model.WebScrapeJobRequest;
import java.util.Map;

/** Website crawls and page scrapes; all start long-running operations (wait on them with {@link HogOperation#await}). */
public final class WebScrapers {

  private final ClientCore core;

  WebScrapers(ClientCore core) {
    this.core = core;
  }

  /**
   * Starts a website crawl ({@code POST /api/v1/platform/scrapers/web/crawl}).
   *
   * @param request the crawl
   * @return the operation
   */
  public HogOperation<Map<String, Object>> startCrawl(WebCrawlRequest request) {
    return startCrawl(request, RequestOptions.defaults());
  }

  /**
   * As {@link #startCrawl(WebCrawlRequest)} with per-call options.
   *
   * @param request the crawl
   * @param options Idempotency-Key choice
   * @return the operation
   */
  public HogOperation<Map<String, Object>> startCrawl(WebCrawlRequest request, RequestOptions options) {
    return core.start(request, options, ResultType.MAP, key -> core.webScrapers.crawlWebsite(request, key, null));
  }

  /**
   * Starts a scrape of several pages ({@code POST /api/v1/platform/scrapers/web/scrape/batch}).
   *
   * @param request the pages
   * @return the operation
   */
  public HogOperation<Map<String, Object>> startScrapePages(WebScrapeBatchRequest request) {
    return startScrapePages(request, RequestOptions.defaults());
  }

  /**
   * As {@link #startScrapePages(WebScrapeBatchRequest)} with per-call options.
   *
   * @param request the pages
   * @param options Idempotency-Key choice
   * @return the operation
   */
  public HogOperation<Map<String, Object>> startScrapePages(WebScrapeBatchRequest request, RequestOptions options) {
    return core.start(request, options, ResultType.MAP, key -> core.webScrapers.scrapeWebPages(request, key, null));
  }

  /**
   * Starts a deep scrape of long or dynamic pages ({@code POST /api/v1/platform/scrapers/web/scrape/jobs}).
   *
   * @param request the job
   * @return the operation
   */
  public HogOperation<Map<String, Object>> startScrapeJob(WebScrapeJobRequest request) {
    return startScrapeJob(request, RequestOptions.defaults());
  }

  /**
   * As {@link #startScrapeJob(WebScrapeJobRequest)} with per-call options.
   *
   * @param request the job
   * @param options Idempotency-Key choice
   * @return the operation
   */
  public HogOperation<Map<String, Object>> startScrapeJob(WebScrapeJobRequest request, RequestOptions options) {
    return core.start(request, options, ResultType.MAP, key -> core.webScrapers.createScrapeJob(request, key, null));
  }
}
