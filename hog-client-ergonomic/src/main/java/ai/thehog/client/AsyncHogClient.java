package ai.thehog.client;

import ai.thehog.client.operation.BatchProgressListener;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.core.Resources;
import ai.thehog.client.internal.Workers;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.model.CompanySearchRequest;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.PeopleSearchRequest;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.SearchJob;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.CompanySearchResult;
import ai.thehog.model.PeopleSearchResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The waiting calls of {@link HogClient} as {@link CompletableFuture}s ({@code hog.async()}), run on
 * the client's executor. Arguments are checked as the blocking calls check them, on the worker.
 * Cancelling a future interrupts its worker: waiting and polling stop (the operation goes on on
 * the server).
 */
public final class AsyncHogClient {

  private final ExecutorService executor;
  private final Enrichments enrichments;
  private final People people;
  private final Companies companies;
  private final Search search;
  private final DeepResearch deepResearch;
  private final Generate generate;

  AsyncHogClient(ExecutorService executor, Enrichments enrichments, People people, Companies companies, Search search,
      DeepResearch deepResearch, Generate generate) {
    this.executor = executor;
    this.enrichments = enrichments;
    this.people = people;
    this.companies = companies;
    this.search = search;
    this.deepResearch = deepResearch;
    this.generate = generate;
  }

  /**
   * {@link Enrichments#enrich(PersonIdentifier, List)}.
   *
   * @param identifier the person
   * @param fields the fields to fill
   * @return the record, when it comes
   */
  public CompletableFuture<HogResponse<EnrichmentRecord>> enrich(PersonIdentifier identifier, List<String> fields) {
    return run(() -> enrichments.enrich(identifier, fields));
  }

  /**
   * {@link Enrichments#enrichAll(List, List, BatchProgressListener, RequestOptions)}.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @param progress told after each batch
   * @param options keys and cost guard
   * @return one record per identifier in input order, when all batches ended
   */
  public CompletableFuture<BatchEnrichmentResult> enrichAll(List<PersonIdentifier> identifiers, List<String> fields,
      BatchProgressListener progress, RequestOptions options) {
    return run(() -> enrichments.enrichAll(identifiers, fields, progress, options));
  }

  /**
   * {@link People#searchAndAwait(PeopleSearchRequest, Duration)}.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return the outcome, when it comes
   */
  public CompletableFuture<OperationOutcome<PeopleSearchResult>> searchPeopleAndAwait(PeopleSearchRequest request,
      Duration timeout) {
    return run(() -> people.searchAndAwait(request, timeout));
  }

  /**
   * {@link Companies#searchAndAwait(CompanySearchRequest, Duration)}.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return the outcome, when it comes
   */
  public CompletableFuture<OperationOutcome<CompanySearchResult>> searchCompaniesAndAwait(CompanySearchRequest request,
      Duration timeout) {
    return run(() -> companies.searchAndAwait(request, timeout));
  }

  /**
   * {@link Search#searchAndAwait(SearchRequest, Duration)}.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return the succeeded job, when it comes
   */
  public CompletableFuture<SearchJob> searchAndAwait(SearchRequest request, Duration timeout) {
    return run(() -> search.searchAndAwait(request, timeout));
  }

  /**
   * {@link DeepResearch#researchAndAwait(DeepResearchRequest, Duration)}.
   *
   * @param request the research
   * @param timeout the total time to wait
   * @return the outcome, when it comes
   */
  public CompletableFuture<OperationOutcome<DeepResearchResult>> deepResearchAndAwait(DeepResearchRequest request,
      Duration timeout) {
    return run(() -> deepResearch.researchAndAwait(request, timeout));
  }

  /**
   * {@link Generate#generateAndAwait(GenerateRequest, Duration)}.
   *
   * @param request the generation
   * @param timeout the total time to wait
   * @return the content, when it comes
   */
  public CompletableFuture<Object> generateAndAwait(GenerateRequest request, Duration timeout) {
    return run(() -> generate.generateAndAwait(request, timeout));
  }

  /**
   * {@link HogOperation#await(Duration)}; cancelling the future stops the polling.
   *
   * @param operation the operation
   * @param timeout the total time to wait
   * @param <T> the result type
   * @return the outcome, when it comes
   */
  public <T> CompletableFuture<OperationOutcome<T>> await(HogOperation<T> operation, Duration timeout) {
    Resources.require(operation, "operation");
    Durations.positive(timeout, "timeout");
    return Workers.submit(executor, () -> operation.await(timeout));
  }

  /**
   * {@link HogOperation#awaitAll(List, Duration)}; cancelling the future stops the polling.
   *
   * @param operations the operations
   * @param timeout the total time to wait for all of them
   * @param <T> the result type
   * @return the outcomes in order, when all ended
   */
  public <T> CompletableFuture<List<OperationOutcome<T>>> awaitAll(List<HogOperation<T>> operations,
      Duration timeout) {
    Resources.require(operations, "operations");
    return run(() -> HogOperation.awaitAll(operations, timeout));
  }

  private <T> CompletableFuture<T> run(Supplier<T> work) {
    return Workers.submit(executor, work);
  }
}
