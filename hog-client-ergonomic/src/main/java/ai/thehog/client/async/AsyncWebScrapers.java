package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.model.WebCrawlRequest;
import ai.thehog.model.WebPage;
import ai.thehog.model.WebScrapeBatchRequest;
import ai.thehog.model.WebScrapeJobRequest;
import ai.thehog.model.WebScrapeRequest;
import ai.thehog.model.WebSearchRequest;
import ai.thehog.model.WebSearchResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.WebScrapers} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncWebScrapers {

  /**
   * {@link ai.thehog.client.WebScrapers#startCrawl(WebCrawlRequest)} on the client's executor.
   *
   * @param request the crawl
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<Map<String, Object>>> startCrawl(WebCrawlRequest request);

  /**
   * {@link ai.thehog.client.WebScrapers#startCrawl(WebCrawlRequest, RequestOptions)} on the client's executor.
   *
   * @param request the crawl
   * @param options Idempotency-Key choice
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<Map<String, Object>>> startCrawl(WebCrawlRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.WebScrapers#startScrapePages(WebScrapeBatchRequest)} on the client's executor.
   *
   * @param request the pages
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<Map<String, Object>>> startScrapePages(WebScrapeBatchRequest request);

  /**
   * {@link ai.thehog.client.WebScrapers#startScrapePages(WebScrapeBatchRequest, RequestOptions)} on the client's executor.
   *
   * @param request the pages
   * @param options Idempotency-Key choice
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<Map<String, Object>>> startScrapePages(WebScrapeBatchRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.WebScrapers#startScrapeJob(WebScrapeJobRequest)} on the client's executor.
   *
   * @param request the job
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<Map<String, Object>>> startScrapeJob(WebScrapeJobRequest request);

  /**
   * {@link ai.thehog.client.WebScrapers#startScrapeJob(WebScrapeJobRequest, RequestOptions)} on the client's executor.
   *
   * @param request the job
   * @param options Idempotency-Key choice
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<Map<String, Object>>> startScrapeJob(WebScrapeJobRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.WebScrapers#search(WebSearchRequest)} on the client's executor.
   *
   * @param request the query and its options
   * @return a future of the results and the request's meta
   */
  CompletableFuture<HogResponse<WebSearchResult>> search(WebSearchRequest request);

  /**
   * {@link ai.thehog.client.WebScrapers#search(WebSearchRequest, RequestOptions)} on the client's executor.
   *
   * @param request the query and its options
   * @param options Idempotency-Key choice
   * @return a future of the results and the request's meta
   */
  CompletableFuture<HogResponse<WebSearchResult>> search(WebSearchRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.WebScrapers#scrape(WebScrapeRequest)} on the client's executor.
   *
   * @param request the page and its options
   * @return a future of the page and the request's meta
   */
  CompletableFuture<HogResponse<WebPage>> scrape(WebScrapeRequest request);

  /**
   * {@link ai.thehog.client.WebScrapers#scrape(WebScrapeRequest, RequestOptions)} on the client's executor.
   *
   * @param request the page and its options
   * @param options Idempotency-Key choice
   * @return a future of the page and the request's meta
   */
  CompletableFuture<HogResponse<WebPage>> scrape(WebScrapeRequest request, RequestOptions options);
}
