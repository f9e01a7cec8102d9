package ai.thehog.client;

import ai.thehog.model.WebCrawlRequest;
import ai.thehog.model.WebScrapeBatchRequest;
import ai.thehog.model.WebScrapeJobRequest;
import java.util.Map;

/** Website crawls and page scrapes; all start long-running operations (wait on them with {@link HogOperation#await}). */
public final class WebScrapers {

  private static final String CRAWL = "/api/v1/platform/scrapers/web/crawl";
  private static final String BATCH = "/api/v1/platform/scrapers/web/scrape/batch";
  private static final String JOBS = "/api/v1/platform/scrapers/web/scrape/jobs";
  private final ClientCore core;

  WebScrapers(ClientCore core) {
    this.core = core;
  }

  /** Starts a website crawl ({@code POST /api/v1/platform/scrapers/web/crawl}). */
  public HogOperation<Map<String, Object>> crawl(WebCrawlRequest request) {
    return crawl(request, RequestOptions.defaults());
  }

  /** As {@link #crawl(WebCrawlRequest)} with per-call options. */
  public HogOperation<Map<String, Object>> crawl(WebCrawlRequest request, RequestOptions options) {
    Resources.require(request, "request");
    Resources.unguarded(options, "POST " + CRAWL);
    return core.start(core.webScrapers.crawlWebsite(request, IdempotencyKeys.choose(options, CRAWL, request, null), null),
        "POST " + CRAWL, ResultType.MAP);
  }

  /** Starts a scrape of several pages ({@code POST /api/v1/platform/scrapers/web/scrape/batch}). */
  public HogOperation<Map<String, Object>> scrapePages(WebScrapeBatchRequest request) {
    return scrapePages(request, RequestOptions.defaults());
  }

  /** As {@link #scrapePages(WebScrapeBatchRequest)} with per-call options. */
  public HogOperation<Map<String, Object>> scrapePages(WebScrapeBatchRequest request, RequestOptions options) {
    Resources.require(request, "request");
    Resources.unguarded(options, "POST " + BATCH);
    return core.start(core.webScrapers.scrapeWebPages(request, IdempotencyKeys.choose(options, BATCH, request, null), null),
        "POST " + BATCH, ResultType.MAP);
  }

  /** Starts a deep scrape of long or dynamic pages ({@code POST /api/v1/platform/scrapers/web/scrape/jobs}). */
  public HogOperation<Map<String, Object>> scrapeJob(WebScrapeJobRequest request) {
    return scrapeJob(request, RequestOptions.defaults());
  }

  /** As {@link #scrapeJob(WebScrapeJobRequest)} with per-call options. */
  public HogOperation<Map<String, Object>> scrapeJob(WebScrapeJobRequest request, RequestOptions options) {
    Resources.require(request, "request");
    Resources.unguarded(options, "POST " + JOBS);
    return core.start(core.webScrapers.createScrapeJob(request, IdempotencyKeys.choose(options, JOBS, request, null), null),
        "POST " + JOBS, ResultType.MAP);
  }
}
