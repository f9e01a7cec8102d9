package ai.thehog.client;

import ai.thehog.model.Company;
import ai.thehog.model.CompanySearchRequest;
import ai.thehog.model.SearchResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Company discovery. */
public final class Companies {

  private static final String SEARCH = "/api/v1/companies/search";
  private final ClientCore core;

  Companies(ClientCore core) {
    this.core = core;
  }

  /** Starts a company search ({@code POST /api/v1/companies/search}, always async). */
  public HogOperation<SearchResult> search(CompanySearchRequest request) {
    return search(request, RequestOptions.defaults());
  }

  /** As {@link #search(CompanySearchRequest)} with per-call options. */
  public HogOperation<SearchResult> search(CompanySearchRequest request, RequestOptions options) {
    Resources.require(request, "request");
    Resources.unguarded(options, "POST " + SEARCH);
    String key = IdempotencyKeys.choose(options, SEARCH, request, null);
    return core.start(core.companies.searchCompanies(request, key, null), "POST " + SEARCH, ResultType.of(SearchResult.class));
  }

  /** Starts a company search and waits at most {@code timeout} in total for its outcome. */
  public OperationOutcome<SearchResult> searchAndWait(CompanySearchRequest request, Duration timeout) {
    return search(request).await(timeout);
  }

  /** {@link #searchAndWait} on the client's executor. */
  public CompletableFuture<OperationOutcome<SearchResult>> searchAsync(CompanySearchRequest request, Duration timeout) {
    return core.async(() -> searchAndWait(request, timeout));
  }

  /** Firmographic company search of the older generation ({@code POST /api/companies/search}, sync). */
  @SuppressWarnings("deprecation")
  public HogResponse<List<Company>> searchLegacy(CompanySearchRequest request) {
    Resources.require(request, "request");
    return core.envelope(core.companies.searchCompaniesLegacy(request, null), "POST /api/companies/search",
        answer -> answer.data(), answer -> answer.meta());
  }
}
