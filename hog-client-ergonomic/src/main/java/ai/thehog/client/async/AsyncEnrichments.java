package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.operation.BatchProgressListener;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.Estimate;
import ai.thehog.model.Operation;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.SignalsConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * {@link ai.thehog.client.Enrichments} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncEnrichments {

  /**
   * {@link ai.thehog.client.Enrichments#submit(EnrichmentRequest)} on the client's executor.
   *
   * @param request the identifiers, fields and options, sent as is
   * @return a future of the answer, completed or accepted
   */
  CompletableFuture<Submission<Map<String, Object>, EnrichmentBatchResult>> submit(EnrichmentRequest request);

  /**
   * {@link ai.thehog.client.Enrichments#submit(EnrichmentRequest, RequestOptions)} on the client's executor.
   *
   * @param request the identifiers, fields and options, sent as is
   * @param options the options; a cost guard is not available here (use {@code enrichAll})
   * @return a future of the answer, completed or accepted
   */
  CompletableFuture<Submission<Map<String, Object>, EnrichmentBatchResult>> submit(EnrichmentRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.Enrichments#get(String)} on the client's executor.
   *
   * @param id the enrichment's operation id
   * @return a future of the operation and the request's meta
   */
  CompletableFuture<HogResponse<Operation>> get(String id);

  /**
   * {@link ai.thehog.client.Enrichments#enrich(PersonIdentifier, List)} on the client's executor.
   *
   * @param identifier the person
   * @param fields the fields to fill
   * @return a future of the record and the request's meta
   */
  CompletableFuture<HogResponse<EnrichmentRecord>> enrich(PersonIdentifier identifier, List<String> fields);

  /**
   * {@link ai.thehog.client.Enrichments#enrich(PersonIdentifier, List, RequestOptions)} on the client's executor.
   *
   * @param identifier the person
   * @param fields the fields to fill
   * @param options Idempotency-Key choice
   * @return a future of the record and the request's meta
   */
  CompletableFuture<HogResponse<EnrichmentRecord>> enrich(PersonIdentifier identifier, List<String> fields,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.Enrichments#enrichAll(List, List)} on the client's executor.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @return a future of one record per identifier, in input order
   */
  CompletableFuture<BatchEnrichmentResult> enrichAll(List<PersonIdentifier> identifiers, List<String> fields);

  /**
   * {@link ai.thehog.client.Enrichments#enrichAll(List, List, BatchProgressListener)} on the client's executor.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @param progress told after each batch
   * @return a future of one record per identifier, in input order
   */
  CompletableFuture<BatchEnrichmentResult> enrichAll(List<PersonIdentifier> identifiers, List<String> fields,
      BatchProgressListener progress);

  /**
   * {@link ai.thehog.client.Enrichments#enrichAll(List, List, BatchProgressListener, RequestOptions)} on the client's executor.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @param progress told after each batch
   * @param options keys and cost guard
   * @return a future of one record per identifier, in input order
   */
  CompletableFuture<BatchEnrichmentResult> enrichAll(List<PersonIdentifier> identifiers, List<String> fields,
      BatchProgressListener progress, RequestOptions options);

  /**
   * {@link ai.thehog.client.Enrichments#enrichAll(List, List, SignalsConfig, BatchProgressListener, RequestOptions)} on the client's executor.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @param signalsConfig sent with every batch; may be null
   * @param progress told after each batch
   * @param options keys and cost guard
   * @return a future of one record per identifier, in input order
   */
  CompletableFuture<BatchEnrichmentResult> enrichAll(List<PersonIdentifier> identifiers, List<String> fields,
      SignalsConfig signalsConfig, BatchProgressListener progress, RequestOptions options);

  /**
   * {@link ai.thehog.client.Enrichments#enrichEach(List, List, SignalsConfig, BatchProgressListener, RequestOptions)} on the client's executor.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @param signalsConfig sent with every batch; may be null
   * @param listener told of each batch's submission, records and progress
   * @param options keys and cost guard
   * @return a future of operation ids and metadata per batch, no records
   */
  CompletableFuture<BatchEnrichmentResult> enrichEach(List<PersonIdentifier> identifiers, List<String> fields,
      SignalsConfig signalsConfig, BatchProgressListener listener, RequestOptions options);

  /**
   * {@link ai.thehog.client.Enrichments#resumeBatch(String, List)} on the client's executor.
   *
   * @param operationId the batch's operation
   * @param batch the identifiers the batch was sent with, in order
   * @return a future of the records in the order of {@code batch}
   */
  CompletableFuture<List<EnrichmentRecord>> resumeBatch(String operationId, List<PersonIdentifier> batch);

  /**
   * {@link ai.thehog.client.Enrichments#awaitBatch(String, List)} on the client's executor.
   *
   * @param operationId the batch's operation (from the 202 of its submit)
   * @param batch the identifiers the batch was sent with, in order
   * @return a future of the records in the order of {@code batch}, and the batch's reported cost in {@code meta()}
   */
  CompletableFuture<HogResponse<List<EnrichmentRecord>>> awaitBatch(String operationId, List<PersonIdentifier> batch);

  /**
   * {@link ai.thehog.client.Enrichments#estimate(EnrichmentRequest)} on the client's executor.
   *
   * @param request the enrichment to estimate
   * @return a future of the estimate, empty when the server has no estimate endpoint
   */
  CompletableFuture<HogResponse<Estimate>> estimate(EnrichmentRequest request);

  /**
   * {@link ai.thehog.client.Enrichments#estimateIfAvailable(EnrichmentRequest)} on the client's executor.
   *
   * @param request the enrichment to estimate
   * @return a future of the estimate, or empty when not available on this server
   */
  CompletableFuture<Optional<HogResponse<Estimate>>> estimateIfAvailable(EnrichmentRequest request);

  /**
   * {@link ai.thehog.client.Enrichments#enrichAll(Stream, List, BatchProgressListener, RequestOptions)} on the client's executor.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @param progress told after each batch
   * @param options keys and cost guard
   * @return a future of one record per identifier, in input order
   */
  CompletableFuture<BatchEnrichmentResult> enrichAll(Stream<PersonIdentifier> identifiers, List<String> fields,
      BatchProgressListener progress, RequestOptions options);
}
