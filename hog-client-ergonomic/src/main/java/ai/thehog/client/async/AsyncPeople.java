package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PeopleResearchRequest;
import ai.thehog.model.PeopleSearchRequest;
import ai.thehog.model.PeopleSearchResult;
import ai.thehog.model.json.FreeForm;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.People} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncPeople {

  /**
   * {@link ai.thehog.client.People#startSearch(PeopleSearchRequest)} on the client's executor.
   *
   * @param request the search
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<PeopleSearchResult>> startSearch(PeopleSearchRequest request);

  /**
   * {@link ai.thehog.client.People#startSearch(PeopleSearchRequest, RequestOptions)} on the client's executor.
   *
   * @param request the search
   * @param options Idempotency-Key choice
   * @return a future of the operation
   */
  CompletableFuture<HogOperation<PeopleSearchResult>> startSearch(PeopleSearchRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.People#searchAndAwait(PeopleSearchRequest, Duration)} on the client's executor.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return a future of the outcome
   */
  CompletableFuture<OperationOutcome<PeopleSearchResult>> searchAndAwait(PeopleSearchRequest request, Duration timeout);

  /**
   * {@link ai.thehog.client.People#searchLegacy(PeopleSearchRequest)} on the client's executor.
   *
   * @param request the search
   * @return a future of the envelope's data
   */
  CompletableFuture<HogResponse<FreeForm>> searchLegacy(PeopleSearchRequest request);

  /**
   * {@link ai.thehog.client.People#research(PeopleResearchRequest)} on the client's executor.
   *
   * @param request the research
   * @return a future of the envelope's data
   */
  CompletableFuture<HogResponse<FreeForm>> research(PeopleResearchRequest request);

  /**
   * {@link ai.thehog.client.People#research(PeopleResearchRequest, RequestOptions)} on the client's executor.
   *
   * @param request the research
   * @param options Idempotency-Key choice and cost guard
   * @return a future of the envelope's data
   */
  CompletableFuture<HogResponse<FreeForm>> research(PeopleResearchRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.People#submitEnrichment(PeopleEnrichRequest)} on the client's executor.
   *
   * @param request the enrichment
   * @return a future of the answer, completed or accepted
   */
  CompletableFuture<Submission<FreeForm, Map<String, Object>>> submitEnrichment(PeopleEnrichRequest request);

  /**
   * {@link ai.thehog.client.People#submitEnrichment(PeopleEnrichRequest, RequestOptions)} on the client's executor.
   *
   * @param request the enrichment
   * @param options Idempotency-Key choice and cost guard
   * @return a future of the answer, completed or accepted
   */
  CompletableFuture<Submission<FreeForm, Map<String, Object>>> submitEnrichment(PeopleEnrichRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.People#enrichAndAwait(PeopleEnrichRequest, Duration)} on the client's executor.
   *
   * @param request the enrichment
   * @param timeout the total time to wait
   * @return a future of the data (the 200's, or the operation's result) and the meta of the submitting request
   */
  CompletableFuture<HogResponse<FreeForm>> enrichAndAwait(PeopleEnrichRequest request, Duration timeout);
}
