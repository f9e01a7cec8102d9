package ai.thehog.client;

import ai.thehog.client.common.CreditBudget;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.Meta;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.BatchProgressListener;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.internal.json.Metas;
import ai.thehog.client.error.HogApiException;
import ai.thehog.client.error.HogBatchMappingException;
import ai.thehog.client.error.HogCostGuardException;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.error.HogOperationTimeoutException;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.core.Resources;
import ai.thehog.client.internal.batch.BatchEnricher;
import ai.thehog.client.internal.core.CostGuard;
import ai.thehog.client.internal.batch.EnrichmentValidation;
import ai.thehog.client.internal.batch.RecordMatcher;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.Estimate;
import ai.thehog.model.Operation;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.RecordStatus;
import ai.thehog.model.SignalsConfig;
import ai.thehog.model.json.HogJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema-driven person enrichment ({@code POST /api/enrichments}): one person, a request of your
 * own, or any number of people in batches. Requests are checked before anything is sent: both or
 * neither of identifier/identifiers, empty {@code fields}, or an identifier with none of its keys
 * are refused with {@link IllegalArgumentException}; repeated fields are removed (and logged).
 */
public final class Enrichments {

  private static final Logger log = LoggerFactory.getLogger(Enrichments.class);

  private final ClientCore core;
  /** Set when the server answered that it has no estimate endpoint: it is not asked again. */
  private final AtomicBoolean estimateUnavailable = new AtomicBoolean();
  private final Estimates estimates;
  private final Operations operations;

  Enrichments(ClientCore core, Estimates estimates, Operations operations) {
    this.core = core;
    this.estimates = estimates;
    this.operations = operations;
  }

  /**
   * Sends {@code request} as is: 200 with one enriched person ({@code data}), or 202 with an
   * operation whose result is an {@link EnrichmentBatchResult}. {@link Submission#await} gives the
   * person's data for a single identifier and the batch result as JSON for a batch.
   *
   * @param request the identifiers, fields and options, sent as is
   * @return the answer, completed or accepted
   */
  public Submission<Map<String, Object>, EnrichmentBatchResult> submit(EnrichmentRequest request) {
    return submit(request, RequestOptions.defaults());
  }

  /**
   * As {@link #submit(EnrichmentRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the identifiers, fields and options, sent as is
   * @param options the options; a cost guard is not available here (use {@link #enrichAll})
   * @return the answer, completed or accepted
   */
  public Submission<Map<String, Object>, EnrichmentBatchResult> submit(EnrichmentRequest request,
      RequestOptions options) {
    Resources.require(request, "request");
    EnrichmentValidation.check(request);
    EnrichmentRequest sent = withDistinctFields(request);
    return send(sent, core.prepare(sent, options, null, key -> core.enrichments.submitEnrichment(sent, key, null), null));
  }

  private Submission<Map<String, Object>, EnrichmentBatchResult> send(EnrichmentRequest request,
      ClientCore.Prepared<ai.thehog.client.generated.SyncOrAsync<ai.thehog.model.EnrichmentResponse>> prepared) {
    return core.submit(prepared, answer -> answer.data() == null ? Map.of() : answer.data(),
        answer -> Metas.of(answer.meta(), null), ResultType.of(EnrichmentBatchResult.class), (outcome, operation) -> {
          if (request.identifier() != null) {
            EnrichmentRecord record = RecordMatcher.match(List.of(request.identifier()), outcome.result(),
                operation.id(), operation.meta().requestId())[0];
            return record.data() == null ? Map.of() : record.data();
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> json = (Map<String, Object>) HogJson.moshi().adapter(EnrichmentBatchResult.class)
              .toJsonValue(outcome.result());
          return json;
        });
  }

  private static EnrichmentRequest withDistinctFields(EnrichmentRequest request) {
    List<String> fields = EnrichmentValidation.distinctFields(request.fields());
    return fields == request.fields() ? request : request.toBuilder().fields(fields).build();
  }

  /**
   * The state of an enrichment accepted with 202 ({@code GET /api/enrichments/{id}}, one request):
   * an {@link Operation} whose {@code result}, once it ended, holds the records.
   *
   * @param id the enrichment's operation id
   * @return the operation and the request's meta
   * @throws HogNotFoundException when there is no such enrichment
   */
  public HogResponse<Operation> get(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("enrichment id must not be empty");
    }
    return core.complete(core.enrichments.getEnrichment(id));
  }

  /**
   * Enriches one person with {@code fields}, waiting for the operation (the client's default
   * timeout) if the API answers 202. The record's {@code status} says whether it succeeded; its
   * {@code data} holds the fields.
   *
   * @param identifier the person
   * @param fields the fields to fill
   * @return the record and the request's meta
   */
  public HogResponse<EnrichmentRecord> enrich(PersonIdentifier identifier, List<String> fields) {
    return enrich(identifier, fields, RequestOptions.defaults());
  }

  /**
   * As {@link #enrich(PersonIdentifier, List)} with per-call options.
   *
   * @param identifier the person
   * @param fields the fields to fill
   * @param options Idempotency-Key choice
   * @return the record and the request's meta
   */
  public HogResponse<EnrichmentRecord> enrich(PersonIdentifier identifier, List<String> fields,
      RequestOptions options) {
    EnrichmentValidation.checkIdentifier(identifier, "identifier");
    EnrichmentValidation.checkFields(fields);
    EnrichmentRequest request = EnrichmentRequest.builder().identifier(identifier).fields(fields).build();
    Submission<Map<String, Object>, EnrichmentBatchResult> submission = submit(request, options);
    if (submission instanceof Submission.Completed<Map<String, Object>, EnrichmentBatchResult> completed) {
      EnrichmentRecord record = EnrichmentRecord.builder().identifier(identifier).status(RecordStatus.SUCCEEDED)
          .data(completed.response().value()).build();
      return new HogResponse<>(record, completed.meta());
    }
    HogOperation<EnrichmentBatchResult> operation =
        ((Submission.Accepted<Map<String, Object>, EnrichmentBatchResult>) submission).operation();
    OperationOutcome<EnrichmentBatchResult> outcome = operation.await(core.pollingPolicy.defaultTimeout());
    EnrichmentRecord record = RecordMatcher.match(List.of(identifier), outcome.result(), operation.id(),
        operation.meta().requestId())[0];
    return new HogResponse<>(record, operation.meta());
  }

  /**
   * Enriches any number of people; see {@link #enrichAll(List, List, BatchProgressListener, RequestOptions)}.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @return one record per identifier, in input order
   */
  public BatchEnrichmentResult enrichAll(List<PersonIdentifier> identifiers, List<String> fields) {
    return enrichAll(identifiers, fields, BatchProgressListener.none(), RequestOptions.defaults());
  }

  /**
   * Enriches any number of people, telling {@code progress} as batches end.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @param progress told after each batch
   * @return one record per identifier, in input order
   */
  public BatchEnrichmentResult enrichAll(List<PersonIdentifier> identifiers, List<String> fields,
      BatchProgressListener progress) {
    return enrichAll(identifiers, fields, progress, RequestOptions.defaults());
  }

  /**
   * Enriches any number of people: split into batches of at most 100, run concurrently within the
   * client's rate limits, and returned one record per identifier in input order. Every identifier
   * is checked before the first request. With {@code options.idempotencyKey("k")} the batches use
   * keys {@code k-1}, {@code k-2}, ...; with {@code deterministicIdempotencyKey()} each batch's key
   * comes from its body, so running the same list again after a crash is not charged twice. A cost
   * guard in {@code options} ({@code maxCredits}, {@code requireWithinPlanLimits}) asks
   * {@link #estimate(EnrichmentRequest)} for the whole list first and refuses before any batch is sent.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @param progress told after each batch
   * @param options keys and cost guard
   * @return one record per identifier, in input order
   * @throws HogBatchMappingException when a batch's records cannot be matched to its identifiers
   * @throws HogCostGuardException when the estimate fails the guard; nothing was sent
   */
  public BatchEnrichmentResult enrichAll(List<PersonIdentifier> identifiers, List<String> fields,
      BatchProgressListener progress, RequestOptions options) {
    return enrichAll(identifiers, fields, null, progress, options);
  }

  /**
   * As {@link #enrichAll(List, List, BatchProgressListener, RequestOptions)}, with a
   * {@code signals_config} (may be null) sent with every batch.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @param signalsConfig sent with every batch; may be null
   * @param progress told after each batch
   * @param options keys and cost guard
   * @return one record per identifier, in input order
   * @throws HogCostGuardException when the estimate fails the guard; nothing was sent
   */
  public BatchEnrichmentResult enrichAll(List<PersonIdentifier> identifiers, List<String> fields,
      SignalsConfig signalsConfig, BatchProgressListener progress, RequestOptions options) {
    return run(identifiers, fields, signalsConfig, progress, options, true);
  }

  /**
   * As {@link #enrichAll(List, List, SignalsConfig, BatchProgressListener, RequestOptions)}, but the
   * records are handed only to {@link BatchProgressListener#onBatchCompleted} (in input order within
   * each batch, batches as they finish) and not kept: memory stays bounded by the batches in
   * flight, for runs of any size. The result's {@code records()} is empty; its operation ids and
   * metadata are kept.
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @param signalsConfig sent with every batch; may be null
   * @param listener told of each batch's submission, records and progress
   * @param options keys and cost guard
   * @return operation ids and metadata per batch, no records
   * @throws HogCostGuardException when the estimate fails the guard; nothing was sent
   */
  public BatchEnrichmentResult enrichEach(List<PersonIdentifier> identifiers, List<String> fields,
      SignalsConfig signalsConfig, BatchProgressListener listener, RequestOptions options) {
    return run(identifiers, fields, signalsConfig, listener, options, false);
  }

  private BatchEnrichmentResult run(List<PersonIdentifier> identifiers, List<String> fields,
      SignalsConfig signalsConfig, BatchProgressListener listener, RequestOptions options, boolean keepRecords) {
    EnrichmentValidation.checkIdentifiers(identifiers);
    EnrichmentValidation.checkFields(fields);
    Resources.require(listener, "listener");
    Resources.require(options, "options");
    List<PersonIdentifier> people = List.copyOf(identifiers);
    List<String> distinct = EnrichmentValidation.distinctFields(List.copyOf(fields));
    Long estimated = CostGuard.check(options, "Enrichment of " + people.size() + " identifiers",
        () -> estimateIfAvailable(EnrichmentRequest.builder().identifiers(people).fields(distinct)
            .signalsConfig(signalsConfig).build()).orElse(null));
    CreditBudget budget = null;
    if (options.maxCredits() != null) {
      budget = CreditBudget.of(options.maxCredits());
      if (options.creditsPerIdentifierAndField() != null) {
        budget.learnPrice(options.creditsPerIdentifierAndField(), 1);
      }
      if (estimated != null) {
        budget.learnPrice(estimated, (long) people.size() * distinct.size());
      }
    }
    return batches().run(people, distinct, signalsConfig, listener, options, keepRecords, budget);
  }

  private BatchEnricher batches() {
    return new BatchEnricher(new BatchEnricher.BatchSubmitter() {
      @Override
      public String idempotencyKey(EnrichmentRequest request, RequestOptions options, Integer part) {
        return core.idempotencyKey(request, options, part, key -> core.enrichments.submitEnrichment(request, key, null));
      }

      @Override
      public Submission<Map<String, Object>, EnrichmentBatchResult> submit(EnrichmentRequest request, String key) {
        return Enrichments.this.submit(request, RequestOptions.builder().idempotencyKey(key).build());
      }
    }, core.clock, core.executor, core.batchConcurrency, core.pollingPolicy.defaultTimeout());
  }

  /**
   * Waits for a batch operation submitted earlier (e.g. by a process that was killed; see
   * {@link BatchProgressListener#onBatchSubmitted}) and returns one record per identifier of
   * {@code batch}, in its order, checked as {@link #enrichAll} checks them. As
   * {@link #awaitBatch(String, List)} without the cost.
   *
   * @param operationId the batch's operation
   * @param batch the identifiers the batch was sent with, in order
   * @return the records in the order of {@code batch}
   * @throws HogBatchMappingException when the operation's records cannot be matched to {@code batch}
   */
  public List<EnrichmentRecord> resumeBatch(String operationId, List<PersonIdentifier> batch) {
    return awaitBatch(operationId, batch).value();
  }

  /**
   * Waits (at most the polling policy's default timeout) for a batch operation, one this process
   * {@link #submit submitted} with its own Idempotency-Key or one an earlier process submitted, and returns its
   * records, one per identifier of {@code batch} in its order and checked as {@link #enrichAll} checks them,
   * with what the operation's answer said the batch cost: {@link Meta#actualCost()} and
   * {@link Meta#estimatedCost()} as its result reported them ({@code meta.cost{estimated, actual}},
   * {@code cost}, {@code actualCost} or {@code creditsUsed}), null where it did not ("not reported by the
   * API"). An operation that failed as a whole gives a {@code failed} record per identifier with its error.
   *
   * <pre>{@code
   * Submission<?, EnrichmentBatchResult> sent = hog.enrichments().submit(request, RequestOptions.builder()
   *     .idempotencyKey(key).build());
   * // ... record sent's operation id durably, then:
   * HogResponse<List<EnrichmentRecord>> done = hog.enrichments().awaitBatch(operationId, request.identifiers());
   * Long charged = done.meta().actualCost();
   * }</pre>
   *
   * @param operationId the batch's operation (from the 202 of its submit)
   * @param batch the identifiers the batch was sent with, in order
   * @return the records in the order of {@code batch}, and the batch's reported cost in {@code meta()}
   * @throws IllegalArgumentException when {@code operationId} is missing or {@code batch} is empty or invalid
   * @throws HogBatchMappingException when the operation's records cannot be matched to {@code batch}
   * @throws HogOperationTimeoutException when the operation did not end within the default timeout
   */
  public HogResponse<List<EnrichmentRecord>> awaitBatch(String operationId, List<PersonIdentifier> batch) {
    Resources.require(operationId, "operationId");
    EnrichmentValidation.checkIdentifiers(batch);
    HogOperation<EnrichmentBatchResult> operation = operations.resume(operationId, EnrichmentBatchResult.class);
    BatchEnricher.Outcome outcome = batches().awaitBatch(operation, List.copyOf(batch));
    return new HogResponse<>(List.copyOf(Arrays.asList(outcome.records())), outcome.meta());
  }

  /**
   * Estimates what enriching {@code request}'s people with its fields would cost, spending nothing. The API
   * documents no estimate for {@code /api/enrichments}, so this asks the enrichment estimate it does document
   * ({@code POST /api/people/enrich/estimate}), sending each identifier both as an older-style identity and,
   * with the fields and signals_config, in the current shape. Any number of identifiers may be estimated at
   * once. A server without that endpoint (404, 405 or 501, as the current generation) gives an empty estimate:
   * no credits ({@link Estimate#knownCredits()} empty), plan limits not known; see
   * {@link #estimateIfAvailable(EnrichmentRequest)} to tell the two apart.
   *
   * @param request the enrichment to estimate
   * @return the estimate, empty when the server has no estimate endpoint
   */
  public HogResponse<Estimate> estimate(EnrichmentRequest request) {
    return estimateIfAvailable(request).orElseGet(() -> new HogResponse<>(Estimate.builder().build(), Metas.EMPTY));
  }

  /**
   * As {@link #estimate(EnrichmentRequest)}, empty when the server has no estimate endpoint (it
   * answered 404, 405 or 501; the client then logs one WARN and does not ask again). Budgets of
   * {@link #enrichAll} and {@link #enrichEach} are then kept batch by batch as the run goes.
   *
   * @param request the enrichment to estimate
   * @return the estimate, or empty when not available on this server
   */
  public Optional<HogResponse<Estimate>> estimateIfAvailable(EnrichmentRequest request) {
    Resources.require(request, "request");
    // An estimate is not bound by the 100-per-request limit of the enrichment itself.
    EnrichmentValidation.check(request, Integer.MAX_VALUE);
    if (estimateUnavailable.get()) {
      return Optional.empty();
    }
    try {
      return Optional.of(estimates.peopleEnrichment(EnrichmentValidation.estimateRequest(request)));
    } catch (HogApiException e) {
      int code = e.statusCode();
      if (code != 404 && code != 405 && code != 501) {
        throw e;
      }
      if (estimateUnavailable.compareAndSet(false, true)) {
        log.warn("This server has no enrichment estimate (POST /api/people/enrich/estimate answered HTTP {}):"
            + " enrichments go on without one, and a maxCredits budget is enforced as the run goes, batch by"
            + " batch, from the costs the API reports (or RequestOptions creditsPerIdentifierAndField).", code);
      }
      return Optional.empty();
    }
  }

  /**
   * As the list form; the stream is read to its end first (to count and check the identifiers).
   *
   * @param identifiers the people
   * @param fields the fields to fill
   * @param progress told after each batch
   * @param options keys and cost guard
   * @return one record per identifier, in input order
   */
  public BatchEnrichmentResult enrichAll(Stream<PersonIdentifier> identifiers, List<String> fields,
      BatchProgressListener progress, RequestOptions options) {
    Resources.require(identifiers, "identifiers");
    List<PersonIdentifier> list = new ArrayList<>();
    identifiers.forEachOrdered(list::add);
    return enrichAll(list, fields, progress, options);
  }
}
