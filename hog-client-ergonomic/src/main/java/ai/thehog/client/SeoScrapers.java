package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.model.SeoCompetingKeywordsRequest;
import ai.thehog.model.SeoDomainOverview;
import ai.thehog.model.SeoDomainRequest;
import ai.thehog.model.SeoKeywordReport;
import ai.thehog.model.SeoKeywordsRequest;

/** Search presence of domains ({@code /api/v1/platform/scrapers/seo/...}): overview, keywords and competing keywords. */
public final class SeoScrapers {

  private final ClientCore core;

  SeoScrapers(ClientCore core) {
    this.core = core;
  }

  /**
   * How much organic and paid search a domain has, and what it is about ({@code POST /api/v1/platform/scrapers/seo/domain}, one request, answered at once).
   *
   * @param request the domain
   * @return the scraped data and the request's meta
   */
  public HogResponse<SeoDomainOverview> domain(SeoDomainRequest request) {
    return domain(request, RequestOptions.defaults());
  }

  /**
   * As {@link #domain(SeoDomainRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the domain
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<SeoDomainOverview> domain(SeoDomainRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.seo.getSeoDomainOverview(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * The keywords a domain ranks for, chosen by their search type ({@code POST /api/v1/platform/scrapers/seo/keywords}, one request, answered at once).
   *
   * @param request the domain, the search type and optional volume, rank and term limits
   * @return the scraped data and the request's meta
   */
  public HogResponse<SeoKeywordReport> keywords(SeoKeywordsRequest request) {
    return keywords(request, RequestOptions.defaults());
  }

  /**
   * As {@link #keywords(SeoKeywordsRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the domain, the search type and optional volume, rank and term limits
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<SeoKeywordReport> keywords(SeoKeywordsRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.seo.getSeoKeywords(request, key), null, r -> r.data(), r -> r.meta());
  }

  /**
   * The keywords the included domains rank for and the excluded ones do not ({@code POST /api/v1/platform/scrapers/seo/competing-keywords}, one request, answered at once).
   *
   * @param request the included and excluded domains and the page size
   * @return the scraped data and the request's meta
   */
  public HogResponse<SeoKeywordReport> competingKeywords(SeoCompetingKeywordsRequest request) {
    return competingKeywords(request, RequestOptions.defaults());
  }

  /**
   * As {@link #competingKeywords(SeoCompetingKeywordsRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the included and excluded domains and the page size
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<SeoKeywordReport> competingKeywords(SeoCompetingKeywordsRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.seo.getSeoCompetingKeywords(request, key), null, r -> r.data(), r -> r.meta());
  }
}
