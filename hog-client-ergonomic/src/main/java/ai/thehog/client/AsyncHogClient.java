package ai.thehog.client;

import ai.thehog.client.async.AsyncCompanies;
import ai.thehog.client.async.AsyncContext;
import ai.thehog.client.async.AsyncDeepResearch;
import ai.thehog.client.async.AsyncEnrichments;
import ai.thehog.client.async.AsyncEstimates;
import ai.thehog.client.async.AsyncGenerate;
import ai.thehog.client.async.AsyncMonitors;
import ai.thehog.client.async.AsyncOperations;
import ai.thehog.client.async.AsyncPeople;
import ai.thehog.client.async.AsyncScrapers;
import ai.thehog.client.async.AsyncSearch;
import ai.thehog.client.async.AsyncSignals;
import ai.thehog.client.internal.AsyncMirrors;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.BatchProgressListener;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.Workers;
import ai.thehog.client.internal.core.Resources;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Every blocking call of {@link HogClient} as a {@link CompletableFuture} ({@code hog.async()}): the
 * same resources, methods, parameters and {@link RequestOptions} overloads, each answer the same
 * type in a future ({@code hog.async().monitors().create(request)} mirrors
 * {@code hog.monitors().create(request)}). Calls run on the client's executor; arguments are checked
 * as the blocking calls check them, on the worker. Cancelling a future interrupts its worker: waiting
 * and polling stop (the API has no cancel; the operation goes on on the server).
 */
public final class AsyncHogClient {

  private final ExecutorService executor;
  private final AsyncEnrichments enrichments;
  private final AsyncPeople people;
  private final AsyncCompanies companies;
  private final AsyncSearch search;
  private final AsyncDeepResearch deepResearch;
  private final AsyncScrapers scrapers;
  private final AsyncMonitors monitors;
  private final AsyncContext context;
  private final AsyncSignals signals;
  private final AsyncGenerate generate;
  private final AsyncOperations operations;
  private final AsyncEstimates estimates;

  AsyncHogClient(ExecutorService executor, Enrichments enrichments, People people, Companies companies, Search search,
      DeepResearch deepResearch, Scrapers scrapers, Monitors monitors, Context context, Signals signals,
      Generate generate, Operations operations, Estimates estimates) {
    this.executor = executor;
    this.enrichments = AsyncMirrors.of(AsyncEnrichments.class, enrichments, executor);
    this.people = AsyncMirrors.of(AsyncPeople.class, people, executor);
    this.companies = AsyncMirrors.of(AsyncCompanies.class, companies, executor);
    this.search = AsyncMirrors.of(AsyncSearch.class, search, executor);
    this.deepResearch = AsyncMirrors.of(AsyncDeepResearch.class, deepResearch, executor);
    this.scrapers = AsyncMirrors.of(AsyncScrapers.class, scrapers, executor);
    this.monitors = AsyncMirrors.of(AsyncMonitors.class, monitors, executor);
    this.context = AsyncMirrors.of(AsyncContext.class, context, executor);
    this.signals = AsyncMirrors.of(AsyncSignals.class, signals, executor);
    this.generate = AsyncMirrors.of(AsyncGenerate.class, generate, executor);
    this.operations = AsyncMirrors.of(AsyncOperations.class, operations, executor);
    this.estimates = AsyncMirrors.of(AsyncEstimates.class, estimates, executor);
  }

  /**
   * {@link HogClient#enrichments()}, async.
   *
   * @return the async mirror of {@link Enrichments}
   */
  public AsyncEnrichments enrichments() {
    return enrichments;
  }

  /**
   * {@link HogClient#people()}, async.
   *
   * @return the async mirror of {@link People}
   */
  public AsyncPeople people() {
    return people;
  }

  /**
   * {@link HogClient#companies()}, async.
   *
   * @return the async mirror of {@link Companies}
   */
  public AsyncCompanies companies() {
    return companies;
  }

  /**
   * {@link HogClient#search()}, async.
   *
   * @return the async mirror of {@link Search}
   */
  public AsyncSearch search() {
    return search;
  }

  /**
   * {@link HogClient#deepResearch()}, async.
   *
   * @return the async mirror of {@link DeepResearch}
   */
  public AsyncDeepResearch deepResearch() {
    return deepResearch;
  }

  /**
   * {@link HogClient#scrapers()}, async (every platform: {@code scrapers().linkedin()}, ...).
   *
   * @return the async mirror of {@link Scrapers}
   */
  public AsyncScrapers scrapers() {
    return scrapers;
  }

  /**
   * {@link HogClient#monitors()}, async.
   *
   * @return the async mirror of {@link Monitors}
   */
  public AsyncMonitors monitors() {
    return monitors;
  }

  /**
   * {@link HogClient#context()}, async.
   *
   * @return the async mirror of {@link Context}
   */
  public AsyncContext context() {
    return context;
  }

  /**
   * {@link HogClient#signals()}, async.
   *
   * @return the async mirror of {@link Signals}
   */
  public AsyncSignals signals() {
    return signals;
  }

  /**
   * {@link HogClient#generate()}, async.
   *
   * @return the async mirror of {@link Generate}
   */
  public AsyncGenerate generate() {
    return generate;
  }

  /**
   * {@link HogClient#operations()}, async.
   *
   * @return the async mirror of {@link Operations}
   */
  public AsyncOperations operations() {
    return operations;
  }

  /**
   * {@link HogClient#estimates()}, async.
   *
   * @return the async mirror of {@link Estimates}
   */
  public AsyncEstimates estimates() {
    return estimates;
  }

  /**
   * {@link HogOperation#awaitAsync(Duration)}: cancelling the future, or {@link HogOperation#stopWaiting()},
   * stops the polling.
   *
   * @param operation the operation
   * @param timeout the total time to wait
   * @param <T> the result type
   * @return the outcome, when it comes
   */
  public <T> CompletableFuture<OperationOutcome<T>> await(HogOperation<T> operation, Duration timeout) {
    Resources.require(operation, "operation");
    return operation.awaitAsync(timeout);
  }

  /**
   * {@link HogOperation#awaitAll(List, Duration)} on the client's executor; cancelling the future, or
   * {@link HogOperation#stopWaiting()} of one of them, stops the polling.
   *
   * @param operations the operations
   * @param timeout the total time to wait for all of them
   * @param <T> the result type
   * @return the outcomes in order, when all ended
   */
  public <T> CompletableFuture<List<OperationOutcome<T>>> awaitAll(List<HogOperation<T>> operations,
      Duration timeout) {
    Resources.require(operations, "operations");
    Durations.positive(timeout, "timeout");
    return Workers.submit(executor, () -> HogOperation.awaitAll(operations, timeout));
  }
}
