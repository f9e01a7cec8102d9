package ai.thehog.client;

import ai.thehog.client.generated.CompaniesApi;
import ai.thehog.client.generated.ContextApi;
import ai.thehog.client.generated.DeepResearchApi;
import ai.thehog.client.generated.EnrichmentsApi;
import ai.thehog.client.generated.EstimatesApi;
import ai.thehog.client.generated.GenerateApi;
import ai.thehog.client.generated.HogRetrofit;
import ai.thehog.client.generated.OperationsApi;
import ai.thehog.client.generated.PeopleApi;
import ai.thehog.client.generated.SearchApi;
import ai.thehog.client.generated.SignalsApi;
import ai.thehog.client.generated.SyncOrAsync;
import ai.thehog.client.generated.WebScrapersApi;
import ai.thehog.model.Estimate;
import ai.thehog.model.OperationAccepted;
import ai.thehog.model.ResponseMeta;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;

/** What every resource shares: the generated APIs, the call executor, the clock and the policies. */
final class ClientCore {

  private static final Logger LOG = LoggerFactory.getLogger(ClientCore.class);

  final HttpUrl baseUrl;
  final OkHttpClient http;
  final HogClock clock;
  final Secrets secrets;
  final ApiCalls calls;
  final PollingPolicy pollingPolicy;
  final ExecutorService executor;
  final int batchConcurrency;

  final EnrichmentsApi enrichments;
  final OperationsApi operations;
  final CompaniesApi companies;
  final PeopleApi people;
  final SearchApi search;
  final DeepResearchApi deepResearch;
  final WebScrapersApi webScrapers;
  final ContextApi context;
  final SignalsApi signals;
  final GenerateApi generate;
  final EstimatesApi estimates;
  final PollingApi pollingApi;

  ClientCore(HttpUrl baseUrl, OkHttpClient http, HogClock clock, Secrets secrets, PollingPolicy pollingPolicy,
      ExecutorService executor, int batchConcurrency) {
    this.baseUrl = baseUrl;
    this.http = http;
    this.clock = clock;
    this.secrets = secrets;
    this.calls = new ApiCalls(secrets, clock);
    this.pollingPolicy = pollingPolicy;
    this.executor = executor;
    this.batchConcurrency = batchConcurrency;
    Retrofit retrofit = HogRetrofit.create(baseUrl, http);
    this.enrichments = retrofit.create(EnrichmentsApi.class);
    this.operations = retrofit.create(OperationsApi.class);
    this.companies = retrofit.create(CompaniesApi.class);
    this.people = retrofit.create(PeopleApi.class);
    this.search = retrofit.create(SearchApi.class);
    this.deepResearch = retrofit.create(DeepResearchApi.class);
    this.webScrapers = retrofit.create(WebScrapersApi.class);
    this.context = retrofit.create(ContextApi.class);
    this.signals = retrofit.create(SignalsApi.class);
    this.generate = retrofit.create(GenerateApi.class);
    this.estimates = retrofit.create(EstimatesApi.class);
    this.pollingApi = retrofit.create(PollingApi.class);
  }

  /** Runs {@code work} on the client's executor; a HogException completes the future as is. */
  <T> CompletableFuture<T> async(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, executor);
  }

  /** Executes a call answering 202 and returns its operation. */
  <T> HogOperation<T> start(Call<OperationAccepted> call, String what, ResultType<T> type) {
    Response<OperationAccepted> response = calls.execute(call, what);
    return operation(response.body(), ApiCalls.requestId(response), type, what);
  }

  /** Executes a 200-or-202 call. */
  <C, R, B> Submission<C, R> submit(Call<SyncOrAsync<B>> call, String what, Function<B, C> value,
      Function<B, Meta> meta, ResultType<R> type, Submission.OutcomeConverter<R, C> convert) {
    Response<SyncOrAsync<B>> response = calls.execute(call, what);
    String requestId = ApiCalls.requestId(response);
    SyncOrAsync<B> answer = response.body();
    if (answer instanceof SyncOrAsync.Completed<B> completed) {
      Meta m = meta.apply(completed.body());
      if (m.requestId() == null && requestId != null) {
        m = new Meta(requestId, m.projectId(), m.estimatedCost(), m.actualCost());
      }
      return new Submission.Completed<>(new HogResponse<>(value.apply(completed.body()), m));
    }
    SyncOrAsync.Accepted<B> accepted = (SyncOrAsync.Accepted<B>) answer;
    return new Submission.Accepted<>(operation(accepted.operation(), requestId, type, what), convert);
  }

  /** The handle of an accepted operation: {@code id}, else the older {@code operationId}; pollUrl or the id path. */
  <T> HogOperation<T> operation(OperationAccepted accepted, String requestId, ResultType<T> type, String what) {
    if (accepted == null) {
      throw new HogException(what + " answered 202 without a body. Retry the call with the same Idempotency-Key.",
          requestId, null);
    }
    String id = accepted.id() != null ? accepted.id() : accepted.operationId();
    if (id == null || id.isBlank()) {
      throw new HogException(what + " answered 202 without an operation id. Retry the call with the same"
          + " Idempotency-Key and report request id " + requestId + ".", requestId, null);
    }
    HttpUrl pollUrl;
    if (accepted.pollUrl() == null || accepted.pollUrl().isBlank()) {
      pollUrl = PollUrls.forId(baseUrl, id);
    } else {
      try {
        pollUrl = PollUrls.resolve(baseUrl, accepted.pollUrl());
      } catch (IllegalArgumentException foreign) {
        // Never follow a pollUrl to another host with our credentials: poll by id on our own host.
        LOG.warn("{} answered a pollUrl that is not on {}; polling operation {} by id instead", what, baseUrl, id);
        pollUrl = PollUrls.forId(baseUrl, id);
      }
    }
    return new HogOperation<>(this, id, pollUrl, Meta.of(accepted.meta(), requestId), type, true);
  }

  /** Body and meta of a 200 answer. */
  <T> HogResponse<T> complete(Call<T> call, String what) {
    Response<T> response = calls.execute(call, what);
    T body = response.body();
    if (body == null) {
      throw new HogException(what + " answered without a body. Retry later.", ApiCalls.requestId(response), null);
    }
    return new HogResponse<>(body, new Meta(ApiCalls.requestId(response), null, null, null));
  }

  /** Value and meta of an enveloped 200 answer ({@code data} + {@code meta}). */
  <B, T> HogResponse<T> envelope(Call<B> call, String what, Function<B, T> value,
      Function<B, ResponseMeta> meta) {
    HogResponse<B> answer = complete(call, what);
    T data = value.apply(answer.value());
    if (data == null) {
      throw new HogException(what + " answered without data. Retry later.", answer.meta().requestId(), null);
    }
    return new HogResponse<>(data, Meta.of(meta.apply(answer.value()), answer.meta().requestId()));
  }

  /** Refuses, before anything is spent, when {@code options} guard the call and the estimate fails the guard. */
  void guard(RequestOptions options, String what, Supplier<HogResponse<Estimate>> estimate) {
    if (!options.guarded()) {
      return;
    }
    HogResponse<Estimate> answer = estimate.get();
    Estimate e = answer.value();
    String requestId = answer.meta().requestId();
    if (options.requireWithinPlanLimits() && !Boolean.TRUE.equals(e.withinPlanLimits())) {
      throw new HogCostGuardException(what + " was not sent: the estimate says it is "
          + (e.withinPlanLimits() == null ? "not known to be" : "not") + " within the plan limits (estimated "
          + e.estimatedCredits() + " credits). Raise the plan limit or make the request smaller.", requestId, e);
    }
    if (Boolean.FALSE.equals(e.withinPlanLimits())) {
      throw new HogCostGuardException(what + " was not sent: the estimate says it is outside the plan limits"
          + " (estimated " + e.estimatedCredits() + " credits) and the API would answer 402. Raise the plan limit"
          + " or make the request smaller.", requestId, e);
    }
    if (options.maxCredits() != null) {
      if (e.estimatedCredits() == null) {
        throw new HogCostGuardException(what + " was not sent: the estimate gave no credit figure to compare with"
            + " the budget of " + options.maxCredits() + ". Send it without maxCredits to accept the unknown cost.",
            requestId, e);
      }
      if (e.estimatedCredits() > options.maxCredits()) {
        throw new HogCostGuardException(what + " was not sent: estimated " + e.estimatedCredits()
            + " credits exceed the budget of " + options.maxCredits() + ". Raise maxCredits or make the request"
            + " smaller.", requestId, e);
      }
    }
  }
}
