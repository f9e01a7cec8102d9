package ai.thehog.maven;

import ai.thehog.client.HogClient;
import ai.thehog.client.HogException;
import ai.thehog.client.RequestOptions;
import ai.thehog.client.Submission;
import ai.thehog.model.connection.HogConnection;
import ai.thehog.maven.fixtures.EnrichmentBackend;
import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.Estimate;
import ai.thehog.model.OperationError;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.SignalsConfig;
import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;

/**
 * {@link EnrichmentBackend} over hog-client-ergonomic, which does the polling, retries and rate
 * limiting; the engine cuts the batches and chooses their idempotency keys (recorded before each
 * submit). This class only converts between fixture values and the client's types.
 */
final class ClientBackend implements EnrichmentBackend, AutoCloseable {

  private static final JsonAdapter<PersonIdentifier> IDENTIFIERS = HogJson.moshi().adapter(PersonIdentifier.class);
  private static final JsonAdapter<SignalsConfig> SIGNALS = HogJson.moshi().adapter(SignalsConfig.class);
  private static final JsonAdapter<EnrichmentBatchResult> BATCH_RESULTS =
      HogJson.moshi().adapter(EnrichmentBatchResult.class);
  private static final JsonAdapter<OperationError> ERRORS = HogJson.moshi().adapter(OperationError.class);

  /** Read timeout of each attempt, as the README documents. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private final HogClient client;
  private final Account account;
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
        .readTimeout(READ_TIMEOUT)
        .build();
    this.account = new Account(baseUrl, credentials.accessKey());
  }

  /** A backend for {@code baseUrl}; {@code timeScale} above 1 only for a time-scaled sandbox. */
  static ClientBackend connect(String baseUrl, Credentials credentials, double timeScale) {
    return new ClientBackend(baseUrl, credentials, timeScale);
  }

  @Override
  public CreditEstimate estimate(List<Map<String, Object>> identifiers, List<String> fields,
      Map<String, Object> signalsConfig) throws EnrichmentFailure {
    try {
      // Every identifier, in one request: the plan check then covers all of them.
      Estimate estimate = client.enrichments().estimate(EnrichmentRequest.builder()
          .identifiers(persons(identifiers)).fields(fields).signalsConfig(signals(signalsConfig)).build()).value();
      long credits = estimate.estimatedCredits() == null ? 0 : estimate.estimatedCredits();
      return new CreditEstimate(credits, !Boolean.FALSE.equals(estimate.withinPlanLimits()));
    } catch (HogException | IllegalArgumentException e) {
      throw new EnrichmentFailure(e.getMessage(), e);
    }
  }

  @Override
  public Submitted submit(List<Map<String, Object>> batch, List<String> fields, Map<String, Object> signalsConfig,
      String idempotencyKey) throws EnrichmentFailure {
    try {
      Submission<Map<String, Object>, EnrichmentBatchResult> submission = client.enrichments().submit(
          EnrichmentRequest.builder().identifiers(persons(batch)).fields(fields).signalsConfig(signals(signalsConfig))
              .build(),
          RequestOptions.builder().idempotencyKey(idempotencyKey).build());
      if (submission instanceof Submission.Accepted<Map<String, Object>, EnrichmentBatchResult> accepted) {
        return new Submitted(accepted.operation().id(), null);
      }
      // A batch is documented to answer 202; a 200 is taken only with one record per identifier, in order.
      Map<String, Object> answer =
          ((Submission.Completed<Map<String, Object>, EnrichmentBatchResult>) submission).response().value();
      EnrichmentBatchResult result = BATCH_RESULTS.fromJsonValue(answer);
      if (result == null || result.records() == null || result.records().size() != batch.size()) {
        throw new EnrichmentFailure("a batch of " + batch.size() + " identifiers was answered at once without one"
            + " record per identifier (request id " + submission.meta().requestId() + "); report it.", null);
      }
      return new Submitted(null, results(result.records()));
    } catch (HogException | IllegalArgumentException e) {
      throw new EnrichmentFailure(e.getMessage(), e);
    }
  }

  @Override
  public Account account() {
    return account;
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
}
