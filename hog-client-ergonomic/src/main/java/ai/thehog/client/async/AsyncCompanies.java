package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.model.Company;
import ai.thehog.model.CompanySearchRequest;
import ai.thehog.model.CompanySearchResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.Companies} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncCompanies {

  /**
   * {@link ai.thehog.client.Companies#startSearch(CompanySearchRequest)} on the client's executor.
   *
   * @param request the search
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<CompanySearchResult>> startSearch(CompanySearchRequest request);

  /**
   * {@link ai.thehog.client.Companies#startSearch(CompanySearchRequest, RequestOptions)} on the client's executor.
   *
   * @param request the search
   * @param options Idempotency-Key choice
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<CompanySearchResult>> startSearch(CompanySearchRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.Companies#searchAndAwait(CompanySearchRequest, Duration)} on the client's executor.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return a future of the outcome
   */
  CompletableFuture<OperationOutcome<CompanySearchResult>> searchAndAwait(CompanySearchRequest request,
      Duration timeout);

  /**
   * {@link ai.thehog.client.Companies#searchLegacy(CompanySearchRequest)} on the client's executor.
   *
   * @param request the search
   * @return a future of the companies
   */
  CompletableFuture<HogResponse<List<Company>>> searchLegacy(CompanySearchRequest request);
}
