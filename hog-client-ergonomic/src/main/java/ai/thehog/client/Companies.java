package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.core.Resources;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.model.Company;
import ai.thehog.model.CompanySearchRequest;
import ai.thehog.model.CompanySearchResult;
import java.time.Duration;
import java.util.List;

/** Company discovery. */
public final class Companies {

  private final ClientCore core;

  Companies(ClientCore core) {
    this.core = core;
  }

  /**
   * Starts a company search ({@code POST /api/v1/companies/search}, always async). Its result holds
   * at most {@code limit} companies (1 to 100, 25 when not given), best first, typed as
   * {@link ai.thehog.model.Company}. The API has no paging and no total for this search: to get more,
   * raise {@code limit} or run further searches with narrower {@code filters} (e.g. one per location).
   *
   * @param request the search
   * @return the operation
   */
  public HogOperation<CompanySearchResult> startSearch(CompanySearchRequest request) {
    return startSearch(request, RequestOptions.defaults());
  }

  /**
   * As {@link #startSearch(CompanySearchRequest)} with per-call options.
   *
   * @param request the search
   * @param options Idempotency-Key choice
   * @return the operation
   */
  public HogOperation<CompanySearchResult> startSearch(CompanySearchRequest request, RequestOptions options) {
    return core.start(request, options, ResultType.of(CompanySearchResult.class),
        key -> core.companies.searchCompanies(request, key, null));
  }

  /**
   * Starts a company search and waits at most {@code timeout} in total for its outcome.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return the outcome
   */
  public OperationOutcome<CompanySearchResult> searchAndAwait(CompanySearchRequest request, Duration timeout) {
    return startSearch(request).await(timeout);
  }

  /**
   * Firmographic company search of the older generation ({@code POST /api/companies/search}, sync).
   *
   * @param request the search
   * @return the companies
   */
  @SuppressWarnings("deprecation")
  public HogResponse<List<Company>> searchLegacy(CompanySearchRequest request) {
    Resources.require(request, "request");
    return core.envelope(core.companies.searchCompaniesLegacy(request, null), answer -> answer.data(),
        answer -> answer.meta());
  }
}
