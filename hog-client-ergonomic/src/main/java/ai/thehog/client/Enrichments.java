package ai.thehog.client;

import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.RecordStatus;
import ai.thehog.model.json.HogJson;
import ai.thehog.model.Estimate;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PlatformIdentity;
import ai.thehog.model.SignalsConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Schema-driven person enrichment ({@code POST /api/enrichments}): one person, a request of your
 * own, or any number of people in batches. Requests are checked before anything is sent: both or
 * neither of identifier/identifiers, empty {@code fields}, or an identifier with none of its keys
 * are refused with {@link IllegalArgumentException}.
 */
public final class Enrichments {

  static final String PATH = "/api/enrichments";
  private final ClientCore core;

  Enrichments(ClientCore core) {
    this.core = core;
  }

  /**
   * Sends {@code request} as is: 200 with one enriched person ({@code data}), or 202 with an
   * operation whose result is an {@link EnrichmentBatchResult}. {@link Submission#waitForResult}
   * gives the person's data for a single identifier and the batch result as JSON for a batch.
   */
  public Submission<Map<String, Object>, EnrichmentBatchResult> submit(EnrichmentRequest request) {
    return submit(request, RequestOptions.defaults());
  }

  /** As {@link #submit(EnrichmentRequest)} with per-call options (Idempotency-Key). */
  public Submission<Map<String, Object>, EnrichmentBatchResult> submit(EnrichmentRequest request, RequestOptions options) {
    return submit(request, options, null);
  }

  Submission<Map<String, Object>, EnrichmentBatchResult> submit(EnrichmentRequest request, RequestOptions options,
      Integer part) {
    EnrichmentValidation.check(request);
    Resources.unguarded(options, "POST " + PATH);
    String key = IdempotencyKeys.choose(options, PATH, request, part);
    return core.submit(core.enrichments.submitEnrichment(request, key, null), "POST " + PATH,
        answer -> answer.data() == null ? Map.of() : answer.data(), answer -> Meta.of(answer.meta(), null),
        ResultType.of(EnrichmentBatchResult.class), (outcome, operation) -> {
          if (request.identifier() != null) {
            EnrichmentRecord record = BatchEnricher.map(List.of(request.identifier()), outcome.result(),
                operation.id(), operation.meta().requestId())[0];
            return record.data() == null ? Map.of() : record.data();
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> json = (Map<String, Object>) HogJson.moshi().adapter(EnrichmentBatchResult.class)
              .toJsonValue(outcome.result());
          return json;
        });
  }

  /**
   * Enriches one person with {@code fields}, waiting for the operation if the API answers 202.
   * The record's {@code status} says whether it succeeded; its {@code data} holds the fields.
   */
  public HogResponse<EnrichmentRecord> enrich(PersonIdentifier identifier, List<String> fields) {
    return enrich(identifier, fields, RequestOptions.defaults());
  }

  /** As {@link #enrich(PersonIdentifier, List)} with per-call options. */
  public HogResponse<EnrichmentRecord> enrich(PersonIdentifier identifier, List<String> fields, RequestOptions options) {
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
    EnrichmentRecord record = BatchEnricher.map(List.of(identifier), outcome.result(), operation.id(),
        operation.meta().requestId())[0];
    return new HogResponse<>(record, operation.meta());
  }

  /** {@link #enrich(PersonIdentifier, List)} on the client's executor. */
  public CompletableFuture<HogResponse<EnrichmentRecord>> enrichAsync(PersonIdentifier identifier, List<String> fields) {
    EnrichmentValidation.checkIdentifier(identifier, "identifier");
    EnrichmentValidation.checkFields(fields);
    return core.async(() -> enrich(identifier, fields));
  }

  /** Enriches any number of people; see {@link #enrichAll(List, List, BatchProgressListener, RequestOptions)}. */
  public BatchEnrichmentResult enrichAll(List<PersonIdentifier> identifiers, List<String> fields) {
    return enrichAll(identifiers, fields, BatchProgressListener.none(), RequestOptions.defaults());
  }

  /** Enriches any number of people, telling {@code progress} as batches end. */
  public BatchEnrichmentResult enrichAll(List<PersonIdentifier> identifiers, List<String> fields,
      BatchProgressListener progress) {
    return enrichAll(identifiers, fields, progress, RequestOptions.defaults());
  }

  /**
   * Enriches any number of people: split into batches of at most 100, run concurrently within the
   * client's rate limits, and returned one record per identifier in input order. Every identifier
   * is checked before the first request. With {@code options.idempotencyKey("k")} the batches use
   * keys {@code k-1}, {@code k-2}, ...; with {@code deterministicIdempotencyKey()} each batch's key
   * comes from its body, so running the same list again after a crash is not charged twice.
   *
   * @throws HogBatchMappingException when a batch's records cannot be matched to its identifiers
   */
  public BatchEnrichmentResult enrichAll(List<PersonIdentifier> identifiers, List<String> fields,
      BatchProgressListener progress, RequestOptions options) {
    EnrichmentValidation.checkIdentifiers(identifiers);
    EnrichmentValidation.checkFields(fields);
    Resources.require(progress, "progress");
    Resources.unguarded(options, "POST " + PATH);
    return enrichAll(identifiers, fields, null, progress, options);
  }

  /**
   * As {@link #enrichAll(List, List, BatchProgressListener, RequestOptions)}, with a
   * {@code signals_config} (may be null) sent with every batch.
   */
  public BatchEnrichmentResult enrichAll(List<PersonIdentifier> identifiers, List<String> fields,
      SignalsConfig signalsConfig, BatchProgressListener progress, RequestOptions options) {
    EnrichmentValidation.checkIdentifiers(identifiers);
    EnrichmentValidation.checkFields(fields);
    Resources.require(progress, "progress");
    Resources.unguarded(options, "POST " + PATH);
    return new BatchEnricher(core, this).run(List.copyOf(identifiers), List.copyOf(fields), signalsConfig, progress,
        options, true);
  }

  /**
   * As {@link #enrichAll(List, List, SignalsConfig, BatchProgressListener, RequestOptions)}, but the
   * records are handed only to {@link BatchProgressListener#onBatchCompleted} (in input order within
   * each batch, batches as they finish) and not kept: memory stays bounded by the batches in
   * flight, for runs of any size. The result's {@code records()} is empty; its operation ids and
   * metadata are kept.
   */
  public BatchEnrichmentResult enrichEach(List<PersonIdentifier> identifiers, List<String> fields,
      SignalsConfig signalsConfig, BatchProgressListener listener, RequestOptions options) {
    EnrichmentValidation.checkIdentifiers(identifiers);
    EnrichmentValidation.checkFields(fields);
    Resources.require(listener, "listener");
    Resources.unguarded(options, "POST " + PATH);
    return new BatchEnricher(core, this).run(List.copyOf(identifiers), List.copyOf(fields), signalsConfig, listener,
        options, false);
  }

  /**
   * Waits for a batch operation submitted earlier (e.g. by a process that was killed; see
   * {@link BatchProgressListener#onBatchSubmitted}) and returns one record per identifier of
   * {@code batch}, in its order, checked as {@link #enrichAll} checks them.
   *
   * @throws HogBatchMappingException when the operation's records cannot be matched to {@code batch}
   */
  public List<EnrichmentRecord> resumeBatch(String operationId, List<PersonIdentifier> batch) {
    Resources.require(operationId, "operationId");
    EnrichmentValidation.checkIdentifiers(batch);
    HogOperation<EnrichmentBatchResult> operation = new Operations(core).resume(operationId, EnrichmentBatchResult.class);
    return Arrays.asList(new BatchEnricher(core, this).awaitBatch(operation, List.copyOf(batch)).records());
  }

  /**
   * Estimates what enriching {@code request}'s people with its fields would cost, spending nothing.
   * The API documents no estimate for {@code /api/enrichments}, so this asks the enrichment
   * estimate it does document ({@code POST /api/people/enrich/estimate}), sending each identifier
   * both as an older-style identity and, with the fields and signals_config, in the current shape.
   * Any number of identifiers may be estimated at once.
   */
  @SuppressWarnings("deprecation")
  public HogResponse<Estimate> estimate(EnrichmentRequest request) {
    // An estimate is not bound by the 100-per-request limit of the enrichment itself.
    EnrichmentValidation.check(request, Integer.MAX_VALUE);
    List<PersonIdentifier> people = request.identifier() != null ? List.of(request.identifier()) : request.identifiers();
    List<PlatformIdentity> identities = new ArrayList<>(people.size());
    people.forEach(person -> identities.add(identity(person)));
    PeopleEnrichRequest.Builder body = PeopleEnrichRequest.builder().identities(identities)
        .putAdditionalProperty("fields", request.fields())
        .putAdditionalProperty("identifiers", people);
    if (request.signalsConfig() != null) {
      body.putAdditionalProperty("signals_config", request.signalsConfig());
    }
    return new Estimates(core).peopleEnrichment(body.build());
  }

  private static PlatformIdentity identity(PersonIdentifier person) {
    if (person.linkedinUrl() != null) {
      String url = person.linkedinUrl().replaceAll("/+$", "");
      return PlatformIdentity.builder().platform("linkedin").username(url.substring(url.lastIndexOf('/') + 1)).build();
    }
    if (person.email() != null) {
      return PlatformIdentity.builder().platform("email").username(person.email()).build();
    }
    if (person.xHandle() != null) {
      return PlatformIdentity.builder().platform("x").username(person.xHandle()).build();
    }
    return PlatformIdentity.builder().platform("github").username(person.githubUsername()).build();
  }

  /** As the list form; the stream is read to its end first (to count and check the identifiers). */
  public BatchEnrichmentResult enrichAll(Stream<PersonIdentifier> identifiers, List<String> fields,
      BatchProgressListener progress, RequestOptions options) {
    Resources.require(identifiers, "identifiers");
    List<PersonIdentifier> list = new ArrayList<>();
    identifiers.forEachOrdered(list::add);
    return enrichAll(list, fields, progress, options);
  }

  /** {@link #enrichAll(List, List, BatchProgressListener, RequestOptions)} on the client's executor. */
  public CompletableFuture<BatchEnrichmentResult> enrichAllAsync(List<PersonIdentifier> identifiers, List<String> fields,
      BatchProgressListener progress, RequestOptions options) {
    EnrichmentValidation.checkIdentifiers(identifiers);
    EnrichmentValidation.checkFields(fields);
    return core.async(() -> enrichAll(identifiers, fields, progress, options));
  }
}
