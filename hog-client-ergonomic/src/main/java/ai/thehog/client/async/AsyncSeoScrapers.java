package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.SeoCompetingKeywordsRequest;
import ai.thehog.model.SeoDomainOverview;
import ai.thehog.model.SeoDomainRequest;
import ai.thehog.model.SeoKeywordReport;
import ai.thehog.model.SeoKeywordsRequest;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.SeoScrapers} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncSeoScrapers {

  /**
   * {@link ai.thehog.client.SeoScrapers#domain(SeoDomainRequest)} on the client's executor.
   *
   * @param request the domain
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<SeoDomainOverview>> domain(SeoDomainRequest request);

  /**
   * {@link ai.thehog.client.SeoScrapers#domain(SeoDomainRequest, RequestOptions)} on the client's executor.
   *
   * @param request the domain
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<SeoDomainOverview>> domain(SeoDomainRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.SeoScrapers#keywords(SeoKeywordsRequest)} on the client's executor.
   *
   * @param request the domain, the search type and optional volume, rank and term limits
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<SeoKeywordReport>> keywords(SeoKeywordsRequest request);

  /**
   * {@link ai.thehog.client.SeoScrapers#keywords(SeoKeywordsRequest, RequestOptions)} on the client's executor.
   *
   * @param request the domain, the search type and optional volume, rank and term limits
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<SeoKeywordReport>> keywords(SeoKeywordsRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.SeoScrapers#competingKeywords(SeoCompetingKeywordsRequest)} on the client's executor.
   *
   * @param request the included and excluded domains and the page size
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<SeoKeywordReport>> competingKeywords(SeoCompetingKeywordsRequest request);

  /**
   * {@link ai.thehog.client.SeoScrapers#competingKeywords(SeoCompetingKeywordsRequest, RequestOptions)} on the client's executor.
   *
   * @param request the included and excluded domains and the page size
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<SeoKeywordReport>> competingKeywords(SeoCompetingKeywordsRequest request,
      RequestOptions options);
}
