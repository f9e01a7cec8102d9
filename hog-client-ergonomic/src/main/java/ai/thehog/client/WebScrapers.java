package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.model.WebCrawlRequest;
import ai.thehog.model.WebScrapeBatchRequest;
import ai.thehog.model.WebPage;
import ai.thehog.model.WebScrapeJobRequest;
import ai.thehog.model.WebScrapeRequest;
import ai.thehog.model.WebSearchRequest;
import ai.thehog.model.WebSearchResult;
import java.util.Map;

/**
 * Web search and page scrapes answered at once ({@link #search}, {@link #scrape}), and crawls and
 * batch scrapes that start long-running operations ({@code start...}; wait on them with
 * {@link HogOperation#await}). A crawl's and a batch scrape's 202 may come wrapped in
 * {@code {data, meta}}: the handle is read from either shape.
 */
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

  /**
   * Searches the web ({@code POST /api/v1/platform/scrapers/web/search}, answered at once).
   *
   * @param request the query and its options
   * @return the results and the request's meta
   */
  public HogResponse<WebSearchResult> search(WebSearchRequest request) {
    return search(request, RequestOptions.defaults());
  }

  /**
   * As {@link #search(WebSearchRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the query and its options
   * @param options Idempotency-Key choice
   * @return the results and the request's meta
   */
  public HogResponse<WebSearchResult> search(WebSearchRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.webScrapers.searchWeb(request, key), null, r -> r.data(),
        r -> r.meta());
  }

  /**
   * Scrapes one page ({@code POST /api/v1/platform/scrapers/web/scrape}, answered at once).
   *
   * @param request the page and its options
   * @return the page and the request's meta
   */
  public HogResponse<WebPage> scrape(WebScrapeRequest request) {
    return scrape(request, RequestOptions.defaults());
  }

  /**
   * As {@link #scrape(WebScrapeRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the page and its options
   * @param options Idempotency-Key choice
   * @return the page and the request's meta
   */
  public HogResponse<WebPage> scrape(WebScrapeRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.webScrapers.scrapeWebPage(request, key), null, r -> r.data(),
        r -> r.meta());
  }
}
