package ai.thehog.maven;

import ai.thehog.client.BatchCompletion;
import ai.thehog.client.Progress;
import ai.thehog.client.BatchProgressListener;
import ai.thehog.client.BatchSubmission;
import ai.thehog.client.HogClient;
import ai.thehog.client.HogException;
import ai.thehog.client.RequestOptions;
import ai.thehog.model.connection.HogConnection;
import ai.thehog.maven.fixtures.EnrichmentBackend;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.Estimate;
import ai.thehog.model.OperationError;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.SignalsConfig;
import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;

/**
 * {@link EnrichmentBackend} over hog-client-ergonomic, which does the batching, polling, retries,
 * idempotency (deterministic keys, so a repeated batch replays its operation) and rate limiting.
 * This class only converts between fixture values and the client's types.
 */
final class ClientBackend implements EnrichmentBackend, AutoCloseable {

  /** Identifiers sent with an estimate; a larger group's estimate is scaled from this sample. */
  static final int ESTIMATE_SAMPLE = 1000;

  private static final JsonAdapter<PersonIdentifier> IDENTIFIERS = HogJson.moshi().adapter(PersonIdentifier.class);
  private static final JsonAdapter<SignalsConfig> SIGNALS = HogJson.moshi().adapter(SignalsConfig.class);
  private static final JsonAdapter<OperationError> ERRORS = HogJson.moshi().adapter(OperationError.class);

  private final HogClient client;
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong attempts = new AtomicLong();

  private ClientBackend(String baseUrl, Credentials credentials, double timeScale) {
    OkHttpClient counting = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          calls.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .addNetworkInterceptor(chain -> {
          attempts.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .build();
    this.client = HogClient.builder()
        .connection(new HogConnection(baseUrl, credentials.accessKey(), credentials.secretKey(), timeScale))
        .okHttpClient(counting)
        .build();
  }

  /** A backend for {@code baseUrl}; {@code timeScale} above 1 only for a time-scaled sandbox. */
  static ClientBackend connect(String baseUrl, Credentials credentials, double timeScale) {
    return new ClientBackend(baseUrl, credentials, timeScale);
  }

  @Override
  public CreditEstimate estimate(List<Map<String, Object>> identifiers, List<String> fields,
      Map<String, Object> signalsConfig) throws EnrichmentFailure {
    List<Map<String, Object>> sample = identifiers.subList(0, Math.min(ESTIMATE_SAMPLE, identifiers.size()));
    try {
      Estimate estimate = client.enrichments().estimate(EnrichmentRequest.builder()
          .identifiers(persons(sample)).fields(fields).signalsConfig(signals(signalsConfig)).build()).value();
      long sampled = estimate.estimatedCredits() == null ? 0 : estimate.estimatedCredits();
      long credits = (long) Math.ceil(sampled * (double) identifiers.size() / sample.size());
      return new CreditEstimate(credits, !Boolean.FALSE.equals(estimate.withinPlanLimits()));
    } catch (HogException | IllegalArgumentException e) {
      throw new EnrichmentFailure(e.getMessage(), e);
    }
  }

  @Override
  public void enrich(List<Map<String, Object>> identifiers, List<String> fields, Map<String, Object> signalsConfig,
      BatchListener listener) throws EnrichmentFailure {
    try {
      client.enrichments().enrichEach(persons(identifiers), fields, signals(signalsConfig), new BatchProgressListener() {
        @Override
        public void onProgress(Progress progress) {
        }

        @Override
        public void onBatchSubmitted(BatchSubmission batch) {
          try {
            listener.submitted(batch.operationId(), batch.idempotencyKey(), positions(batch.firstPosition(), batch.size()));
          } catch (EnrichmentFailure e) {
            throw new ListenerFailure(e);
          }
        }

        @Override
        public void onBatchCompleted(BatchCompletion batch) {
          try {
            listener.completed(batch.operationId(), positions(batch.firstPosition(), batch.records().size()),
                results(batch.records()));
          } catch (EnrichmentFailure e) {
            throw new ListenerFailure(e);
          }
        }
      }, RequestOptions.builder().deterministicIdempotencyKey().build());
    } catch (ListenerFailure e) {
      throw e.failure;
    } catch (HogException | IllegalArgumentException e) {
      throw new EnrichmentFailure(e.getMessage(), e);
    }
  }

  @Override
  public List<RecordResult> resume(String operationId, List<Map<String, Object>> identifiers) throws EnrichmentFailure {
    try {
      return results(client.enrichments().resumeBatch(operationId, persons(identifiers)));
    } catch (HogException | IllegalArgumentException e) {
      throw new EnrichmentFailure(e.getMessage(), e);
    }
  }

  @Override
  public Traffic traffic() {
    long sent = attempts.get();
    return new Traffic(sent, Math.max(0, sent - calls.get()), -1);
  }

  @Override
  public void close() {
    client.close();
  }

  private static List<Integer> positions(int first, int size) {
    return IntStream.range(first, first + size).boxed().toList();
  }

  private static List<PersonIdentifier> persons(List<Map<String, Object>> identifiers) {
    List<PersonIdentifier> persons = new ArrayList<>(identifiers.size());
    identifiers.forEach(identifier -> persons.add(IDENTIFIERS.fromJsonValue(identifier)));
    return persons;
  }

  private static SignalsConfig signals(Map<String, Object> signalsConfig) {
    return signalsConfig == null ? null : SIGNALS.fromJsonValue(signalsConfig);
  }

  @SuppressWarnings("unchecked")
  private static List<RecordResult> results(List<EnrichmentRecord> records) {
    List<RecordResult> results = new ArrayList<>(records.size());
    for (EnrichmentRecord record : records) {
      Map<String, Object> error = record.error() == null ? null : (Map<String, Object>) ERRORS.toJsonValue(record.error());
      results.add(new RecordResult(record.status() == null ? "failed" : record.status().value(), record.data(), error));
    }
    return results;
  }

  /** Carries a listener's checked failure through the client's callbacks. */
  private static final class ListenerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient EnrichmentFailure failure;

    ListenerFailure(EnrichmentFailure failure) {
      super(failure.getMessage(), failure, false, false);
      this.failure = failure;
    }
  }
}
