package ai.thehog.client.internal.batch;

import ai.thehog.client.internal.core.Access;
import ai.thehog.model.OperationStatus;
import ai.thehog.client.operation.BatchCompletion;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.operation.BatchProgressListener;
import ai.thehog.client.operation.BatchSubmission;
import ai.thehog.client.common.CreditBudget;
import ai.thehog.client.common.Meta;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.error.HogBatchMappingException;
import ai.thehog.client.operation.HogBudgetReachedException;
import ai.thehog.client.error.HogException;
import ai.thehog.client.error.HogOperationFailedException;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.observe.ReportedCost;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.internal.polling.SharedPace;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.Progress;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.OperationError;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.RecordStatus;
import ai.thehog.model.SignalsConfig;
import ai.thehog.model.json.HogJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriches any number of identifiers: batches of at most 100, run concurrently (the client's rate
 * limiters keep the pace), each result checked against its inputs and put back in input order.
 */
public final class BatchEnricher {

  private static final Logger log = LoggerFactory.getLogger(BatchEnricher.class);

  /** How batches are sent: the enrichment resource, seen through what the batch needs of it. */
  public interface BatchSubmitter {
    /** The Idempotency-Key {@code options} choose for {@code request} (part {@code part}), or null for a random one. */
    String idempotencyKey(EnrichmentRequest request, RequestOptions options, Integer part);

    /** Sends one batch with {@code idempotencyKey}: 200 with records, or 202 with an operation. */
    Submission<Map<String, Object>, EnrichmentBatchResult> submit(EnrichmentRequest request, String idempotencyKey);
  }

  private final BatchSubmitter submitter;
  private final HogClock clock;
  private final ExecutorService executor;
  private final int concurrency;
  private final Duration awaitTimeout;

  public BatchEnricher(BatchSubmitter submitter, HogClock clock, ExecutorService executor, int concurrency,
      Duration awaitTimeout) {
    this.submitter = submitter;
    this.clock = clock;
    this.executor = executor;
    this.concurrency = concurrency;
    this.awaitTimeout = awaitTimeout;
  }

  /**
   * Runs the batches; with {@code keepRecords} false the records only go to
   * {@link BatchProgressListener#onBatchCompleted} and the result holds none, so memory stays
   * bounded by the batches in flight whatever the number of identifiers. With a {@code budget}
   * (may be null), no batch is sent whose cost could pass it; the run then ends with a
   * {@link HogBudgetReachedException} holding what the batches that ran delivered. When the budget
   * knows no price (no estimate, no price given), nothing is sent: any batch could pass it.
   */
  public BatchEnrichmentResult run(List<PersonIdentifier> identifiers, List<String> fields, SignalsConfig signalsConfig,
      BatchProgressListener progress, RequestOptions options, boolean keepRecords, CreditBudget budget) {
    int total = identifiers.size();
    int[] starts = starts(total);
    int batches = starts.length - 1;
    EnrichmentRecord[][] results = new EnrichmentRecord[batches][];
    String[] operationIds = new String[batches];
    Meta[] metas = new Meta[batches];
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Object lock = new Object();
    int[] next = {0};
    int[] inFlight = {0};
    // The first batch not sent because of the budget, and why; batches/null while none.
    int[] stoppedAt = {batches};
    String[] stopReason = {null};
    int[] done = new int[2];
    long units = fields.size();
    // Batches of one run are alike: what one learns of their duration, all use.
    SharedPace pace = new SharedPace();
    Runnable worker = () -> {
      while (true) {
        int b;
        CreditBudget.Reservation reservation = null;
        synchronized (lock) {
          if (failure.get() != null || next[0] >= batches || next[0] >= stoppedAt[0]) {
            return;
          }
          b = next[0];
          long batchUnits = units * (starts[b + 1] - starts[b]);
          if (budget != null) {
            if (budget.priceKnown()) {
              reservation = budget.tryReserve(batchUnits).orElse(null);
              if (reservation == null) {
                stoppedAt[0] = b;
                stopReason[0] = "its " + (starts[b + 1] - starts[b]) + " identifiers could cost up to "
                    + budget.maxCost(batchUnits) + " credits, more than the " + Math.max(0, budget.maxCredits()
                    - budget.spentCredits()) + " left of the budget of " + budget.maxCredits()
                    + " (counting batches still running)";
                return;
              }
            } else {
              // At an unknown price even one identifier could pass the budget: send nothing.
              stoppedAt[0] = b;
              stopReason[0] = "the server offers no cost estimate and no price is known, so even one identifier could"
                  + " pass the budget; set RequestOptions.builder().creditsPerIdentifierAndField(n) to go on without"
                  + " an estimate";
              return;
            }
          }
          next[0]++;
          inFlight[0]++;
        }
        Meta settledMeta = null;
        try {
          List<PersonIdentifier> batch = identifiers.subList(starts[b], starts[b + 1]);
          int first = starts[b];
          Outcome outcome = enrichBatch(batch, fields, signalsConfig, options, batches == 1 ? null : b + 1,
              b + 1, first, progress, pace);
          settledMeta = outcome.meta;
          if (reservation != null) {
            reservation.settle(outcome.meta.estimatedCost(), outcome.meta.actualCost());
          }
          progress.onBatchCompleted(new BatchCompletion(b + 1, first, Arrays.asList(outcome.records),
              outcome.operationId, outcome.meta));
          if (keepRecords) {
            results[b] = outcome.records;
          }
          operationIds[b] = outcome.operationId;
          metas[b] = outcome.meta;
          synchronized (done) {
            done[0] += batch.size();
            done[1]++;
            try {
              progress.onProgress(batches(done[0], total));
            } catch (RuntimeException e) {
              log.warn("A batch progress listener threw {}; the batch goes on", e.getClass().getName());
            }
          }
        } catch (RuntimeException e) {
          if (reservation != null && settledMeta == null) {
            // Whether it was charged is unknown: count the most it could cost.
            reservation.settle(null, null);
          }
          failure.compareAndSet(null, e);
        } finally {
          synchronized (lock) {
            inFlight[0]--;
            lock.notifyAll();
          }
        }
      }
    };
    int workers = Math.max(1, Math.min(concurrency, batches));
    for (int i = 1; i < workers; i++) {
      executor.execute(worker);
    }
    // The calling thread works too and then waits only for batches already started elsewhere, so
    // that even a one-thread executor cannot deadlock.
    worker.run();
    synchronized (lock) {
      while (inFlight[0] > 0) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw interrupted(e);
        }
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    int ran = Math.min(stoppedAt[0], batches);
    List<EnrichmentRecord> records = new ArrayList<>(total);
    for (int b = 0; keepRecords && b < ran; b++) {
      records.addAll(Arrays.asList(results[b]));
    }
    BatchEnrichmentResult result = new BatchEnrichmentResult(records, Arrays.asList(operationIds).subList(0, ran),
        Arrays.asList(metas).subList(0, ran));
    if (ran < batches) {
      List<PersonIdentifier> missing = identifiers.subList(starts[ran], total);
      throw new HogBudgetReachedException("Enrichment stopped before batch " + (ran + 1) + " of " + batches
          + " to keep the budget of " + budget.maxCredits() + " credits: " + stopReason[0] + ". Spent " + budget.spentCredits()
          + " credits on " + starts[ran] + " identifiers, whose records were delivered; " + missing.size()
          + " identifiers were not enriched (notEnriched(), from input position " + starts[ran] + "). Raise maxCredits"
          + " and enrich those.", budget.spentCredits(), budget.maxCredits(), result, missing);
    }
    return result;
  }

  /** Batch boundaries: batch b is {@code [starts[b], starts[b+1])}. */
  private static int[] starts(int total) {
    int batches = (total + EnrichmentValidation.MAX_BATCH - 1) / EnrichmentValidation.MAX_BATCH;
    int[] starts = new int[batches + 1];
    for (int b = 0; b < batches; b++) {
      starts[b] = b * EnrichmentValidation.MAX_BATCH;
    }
    starts[batches] = total;
    return starts;
  }

  private static HogException interrupted(InterruptedException e) {
    return new HogException("Batch enrichment was interrupted; batches already submitted go on on the server."
        + " Run it again with deterministicIdempotencyKey() to pick up their results without paying twice.",
        null, e);
  }

  public record Outcome(EnrichmentRecord[] records, String operationId, Meta meta) {
  }

  private Outcome enrichBatch(List<PersonIdentifier> batch, List<String> fields, SignalsConfig signalsConfig,
      RequestOptions options, Integer part, int number, int first, BatchProgressListener listener, SharedPace pace) {
    EnrichmentRequest request = EnrichmentRequest.builder().identifiers(batch).fields(fields)
        .signalsConfig(signalsConfig).build();
    // The key is fixed here, not by the transport, so that the listener can be told it.
    String key = submitter.idempotencyKey(request, options, part);
    if (key == null) {
      key = "hog-" + UUID.randomUUID();
    }
    Submission<Map<String, Object>, EnrichmentBatchResult> submission = submitter.submit(request, key);
    if (submission instanceof Submission.Completed<Map<String, Object>, EnrichmentBatchResult> completed) {
      // A batch is documented to answer 202; a 200 is accepted only if it carries the records.
      EnrichmentBatchResult result;
      try {
        result = HogJson.moshi().adapter(EnrichmentBatchResult.class).fromJsonValue(completed.response().value());
      } catch (RuntimeException e) {
        result = null;
      }
      if (result == null || result.records() == null) {
        throw new HogBatchMappingException("The batch of " + batch.size() + " identifiers answered 200 without"
            + " records, so its results cannot be matched to the inputs. Report request id "
            + completed.meta().requestId() + ".", null, completed.meta().requestId());
      }
      return new Outcome(RecordMatcher.match(batch, result, "(answered at once)", completed.meta().requestId()), null, completed.meta());
    }
    HogOperation<EnrichmentBatchResult> operation =
        ((Submission.Accepted<Map<String, Object>, EnrichmentBatchResult>) submission).operation();
    listener.onBatchSubmitted(new BatchSubmission(number, first, batch.size(), operation.id(), key));
    // Timed from its own 202, so rate-limit waits before the submit do not count.
    Access.sharePace(operation, pace);
    try {
      return awaitBatch(operation, batch);
    } finally {
      Access.leavePace(operation);
    }
  }

  /** Waits for a batch's operation and returns its records in the order of {@code batch}. */
  public Outcome awaitBatch(HogOperation<EnrichmentBatchResult> operation, List<PersonIdentifier> batch) {
    EnrichmentBatchResult result;
    try {
      result = operation.await(awaitTimeout).result();
    } catch (HogOperationFailedException failed) {
      // Every record failed: the records still say why, one per identifier.
      result = failed.operation() == null || failed.operation().result() == null ? null
          : ResultType.of(EnrichmentBatchResult.class).decode(failed.operation().result(), operation.id());
      if (result == null || result.records() == null) {
        // No records at all: every identifier of this batch failed for the operation's reason.
        List<EnrichmentRecord> records = new ArrayList<>(batch.size());
        for (PersonIdentifier identifier : batch) {
          records.add(EnrichmentRecord.builder().identifier(identifier).status(RecordStatus.FAILED)
              .error(failed.error() != null ? failed.error() : OperationError.builder().build())
              .build());
        }
        result = EnrichmentBatchResult.builder().records(records).build();
      }
    }
    Meta meta = ReportedCost.withOperationCost(operation.meta(),
        operation.latest().map(ai.thehog.model.Operation::result).orElse(null));
    return new Outcome(RecordMatcher.match(batch, result, operation.id(), operation.meta().requestId()), operation.id(),
        meta);
  }

  private static Progress batches(int completed, int total) {
    int percent = total == 0 ? 100 : (int) (100L * completed / total);
    return new Progress(null, completed >= total ? OperationStatus.SUCCEEDED : OperationStatus.PROCESSING, percent,
        completed, total);
  }
}
