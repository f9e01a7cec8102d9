package ai.thehog.client.internal.core;

import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.json.Metas;
import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.Meta;
import ai.thehog.client.common.Page;
import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.error.HogException;
import ai.thehog.client.error.HogUnexpectedAnswerException;
import ai.thehog.client.internal.http.ApiCalls;
import ai.thehog.client.internal.http.Endpoint;
import ai.thehog.client.internal.http.IdempotencyKeys;
import ai.thehog.client.internal.http.Secrets;
import ai.thehog.client.internal.json.AcceptedDecoder;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.internal.polling.OperationPoller;
import ai.thehog.client.internal.polling.PollUrls;
import ai.thehog.client.internal.http.PollingApi;
import ai.thehog.client.internal.http.SearchJobPollingApi;
import ai.thehog.client.operation.AcceptedAnswer;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.Submission;
import ai.thehog.client.generated.CompaniesApi;
import ai.thehog.client.generated.ContextApi;
import ai.thehog.client.generated.DeepResearchApi;
import ai.thehog.client.generated.EnrichmentsApi;
import ai.thehog.client.generated.EstimatesApi;
import ai.thehog.client.generated.GenerateApi;
import ai.thehog.client.generated.HogRetrofit;
import ai.thehog.client.generated.ImageScrapersApi;
import ai.thehog.client.generated.InstagramScrapersApi;
import ai.thehog.client.generated.LinkedInScrapersApi;
import ai.thehog.client.generated.MonitorsApi;
import ai.thehog.client.generated.OperationsApi;
import ai.thehog.client.generated.PeopleApi;
import ai.thehog.client.generated.SearchApi;
import ai.thehog.client.generated.SignalsApi;
import ai.thehog.client.generated.SyncOrAsync;
import ai.thehog.client.generated.TikTokScrapersApi;
import ai.thehog.client.generated.XScrapersApi;
import ai.thehog.client.generated.YouTubeScrapersApi;
import ai.thehog.client.generated.FacebookScrapersApi;
import ai.thehog.client.generated.SeoScrapersApi;
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

/**
 * What every resource shares: the generated APIs, and the steps of every call (checks, cost guard,
 * Idempotency-Key, execution, 202 handling), so that a resource method only names its Retrofit call.
 * Per-operation knowledge (method, path) comes from the Retrofit method itself ({@link Endpoint}).
 */
public final class ClientCore {

  private static final Logger LOG = LoggerFactory.getLogger(ClientCore.class);

  public final HttpUrl baseUrl;
  public final OkHttpClient http;
  public final HogClock clock;
  public final Secrets secrets;
  public final ApiCalls calls;
  public final PollingPolicy pollingPolicy;
  public final ExecutorService executor;
  public final int batchConcurrency;
  public final OperationPoller poller;
  public final HogClientListener listener;

  public final EnrichmentsApi enrichments;
  public final OperationsApi operations;
  public final CompaniesApi companies;
  public final PeopleApi people;
  public final SearchApi search;
  public final DeepResearchApi deepResearch;
  public final WebScrapersApi webScrapers;
  public final ContextApi context;
  public final SignalsApi signals;
  public final GenerateApi generate;
  public final EstimatesApi estimates;
  public final MonitorsApi monitors;
  public final LinkedInScrapersApi linkedIn;
  public final InstagramScrapersApi instagram;
  public final TikTokScrapersApi tikTok;
  public final XScrapersApi x;
  public final YouTubeScrapersApi youTube;
  public final FacebookScrapersApi facebook;
  public final SeoScrapersApi seo;
  public final ImageScrapersApi imageScrapers;
  public final SearchJobPollingApi searchJobs;

  public ClientCore(HttpUrl baseUrl, OkHttpClient http, HogClock clock, Secrets secrets, PollingPolicy pollingPolicy,
      ExecutorService executor, int batchConcurrency, HogClientListener listener) {
    this.baseUrl = baseUrl;
    this.http = http;
    this.clock = clock;
    this.secrets = secrets;
    this.calls = new ApiCalls(secrets, clock);
    this.pollingPolicy = pollingPolicy;
    this.executor = executor;
    this.batchConcurrency = batchConcurrency;
    this.listener = listener;
    Retrofit.Builder builder = HogRetrofit.create(baseUrl, http).newBuilder();
    // Every 202 body, whatever its shape, is read by the one tolerant decoder.
    builder.converterFactories().add(0, AcceptedDecoder.factory());
    Retrofit retrofit = builder.build();
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
    this.monitors = retrofit.create(MonitorsApi.class);
    this.linkedIn = retrofit.create(LinkedInScrapersApi.class);
    this.instagram = retrofit.create(InstagramScrapersApi.class);
    this.tikTok = retrofit.create(TikTokScrapersApi.class);
    this.x = retrofit.create(XScrapersApi.class);
    this.youTube = retrofit.create(YouTubeScrapersApi.class);
    this.facebook = retrofit.create(FacebookScrapersApi.class);
    this.seo = retrofit.create(SeoScrapersApi.class);
    this.imageScrapers = retrofit.create(ImageScrapersApi.class);
    this.searchJobs = retrofit.create(SearchJobPollingApi.class);
    this.poller = new OperationPoller(clock, secrets, pollingPolicy, calls, retrofit.create(PollingApi.class), executor,
        listener);
  }

  /** Runs {@code work} on the client's executor; cancelling the future interrupts it. */
  public <T> CompletableFuture<T> async(Supplier<T> work) {
    return poller.async(work);
  }

  /** A Retrofit call with its Idempotency-Key chosen, and the name of the operation for messages. */
  public record Prepared<A>(Call<A> call, String what, String idempotencyKey) {
  }

  /**
   * The steps before sending: {@code request} and {@code options} present, the cost guard (asks
   * {@code estimate}; without one a guard is refused), the Idempotency-Key from the options and the
   * call's declared path, and the call built with it.
   */
  public <A> Prepared<A> prepare(Object request, RequestOptions options, Integer part, Function<String, Call<A>> call,
      Supplier<HogResponse<Estimate>> estimate) {
    Resources.require(request, "request");
    Resources.require(options, "options");
    Call<A> probe = call.apply(null);
    Endpoint endpoint = Endpoint.of(probe);
    String what = endpoint.httpMethod() + " " + endpoint.pathTemplate();
    if (estimate == null) {
      Resources.unguarded(options, what);
    } else {
      CostGuard.check(options, what, estimate);
    }
    // A path with parameters (a monitor's id) keys on the concrete path: the same body sent to two
    // monitors is two requests.
    String keyPath = endpoint.pathTemplate().contains("{") ? probe.request().url().encodedPath() : endpoint.pathTemplate();
    String key = IdempotencyKeys.choose(options, keyPath, request, part);
    return new Prepared<>(key == null ? probe : call.apply(key), what, key);
  }

  /** The Idempotency-Key {@code options} choose for {@code request} sent by {@code call}, or null. */
  public String idempotencyKey(Object request, RequestOptions options, Integer part, Function<String, Call<?>> call) {
    return IdempotencyKeys.choose(options, Endpoint.of(call.apply(null)).pathTemplate(), request, part);
  }

  /** Starts an always-async operation: {@code call} with the chosen key, answered 202. */
  public <T> HogOperation<T> start(Object request, RequestOptions options, ResultType<T> type,
      Function<String, Call<OperationAccepted>> call) {
    Prepared<OperationAccepted> prepared = prepare(request, options, null, call, null);
    Response<OperationAccepted> response = calls.execute(prepared.call(), prepared.what());
    return operation(response.body(), ApiCalls.requestId(response), type, prepared.what(),
        AcceptedAnswers.schemaOf(prepared.call()));
  }

  /** Sends a 200-or-202 call prepared by {@link #prepare}. */
  public <C, R, B> Submission<C, R> submit(Prepared<SyncOrAsync<B>> prepared, Function<B, C> value,
      Function<B, Meta> meta, ResultType<R> type, Submission.OutcomeConverter<R, C> convert) {
    String what = prepared.what();
    Response<SyncOrAsync<B>> response = calls.execute(prepared.call(), what);
    String requestId = ApiCalls.requestId(response);
    SyncOrAsync<B> answer = response.body();
    if (answer instanceof SyncOrAsync.Completed<B> completed) {
      Meta m = meta.apply(completed.body());
      if (m.requestId() == null && requestId != null) {
        m = new Meta(requestId, m.projectId(), m.estimatedCost(), m.actualCost());
      }
      listener.onCredits(what, m.estimatedCost(), m.actualCost());
      return new Submission.Completed<>(new HogResponse<>(value.apply(completed.body()), m));
    }
    SyncOrAsync.Accepted<B> accepted = (SyncOrAsync.Accepted<B>) answer;
    return new Submission.Accepted<>(operation(accepted.operation(), requestId, type, what,
        AcceptedAnswers.schemaOf(prepared.call())), convert);
  }

  /** A handle on operation {@code id}, resumed (no 202 seen by this process). */
  public <T> HogOperation<T> resume(String id, HttpUrl pollUrl, ResultType<T> type) {
    return Access.operation(poller, id, pollUrl, Metas.EMPTY, null, type, false, "resumed");
  }

  /**
   * The handle of an accepted operation, read by {@link AcceptedDecoder}; its pollUrl or the id path;
   * {@code schema} is the record the spec names for the operation's 202 ({@link AcceptedAnswers#schemaOf}).
   */
  public <T> HogOperation<T> operation(OperationAccepted accepted, String requestId, ResultType<T> type, String what,
      Class<?> schema) {
    String id = acceptedId(accepted, requestId, what);
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
    Meta meta = Metas.of(accepted.meta(), requestId);
    listener.onCredits(what, meta.estimatedCost(), meta.actualCost());
    AcceptedAnswer answer = AcceptedAnswers.of(accepted, schema, meta.requestId(),
        accepted.pollUrl() == null || accepted.pollUrl().isBlank() ? pollUrl.toString() : accepted.pollUrl());
    return Access.operation(poller, id, pollUrl, meta, answer, type, true, what);
  }

  /** The id of a 202 answer; a body without one is a shape the client does not know. */
  public static String acceptedId(OperationAccepted accepted, String requestId, String what) {
    if (accepted == null) {
      throw new HogException(what + " answered 202 without a body. Retry the call with the same Idempotency-Key.",
          requestId, null);
    }
    String id = accepted.id() != null ? accepted.id() : accepted.operationId();
    if (id == null || id.isBlank()) {
      String shape = AcceptedDecoder.shape(accepted);
      throw new HogUnexpectedAnswerException(what + " answered 202 with " + shape + ", not an operation to poll."
          + " Retry the call with the same Idempotency-Key" + (requestId == null ? "" : " and report request id "
          + requestId) + ".", requestId, shape);
    }
    return id;
  }

  /** Body and meta of a 200 answer. */
  public <T> HogResponse<T> complete(Call<T> call) {
    String what = Endpoint.describe(call.request());
    Response<T> response = calls.execute(call, what);
    T body = response.body();
    if (body == null) {
      throw new HogException(what + " answered without a body. Retry later.", ApiCalls.requestId(response), null);
    }
    return new HogResponse<>(body, new Meta(ApiCalls.requestId(response), null, null, null));
  }

  /** Value and meta of an enveloped 200 answer ({@code data} + {@code meta}). */
  public <B, T> HogResponse<T> envelope(Call<B> call, Function<B, T> value, Function<B, ResponseMeta> meta) {
    HogResponse<B> answer = complete(call);
    T data = value.apply(answer.value());
    if (data == null) {
      throw new HogException(Endpoint.describe(call.request()) + " answered without data. Retry later.",
          answer.meta().requestId(), null);
    }
    Meta stated = Metas.of(meta.apply(answer.value()), answer.meta().requestId());
    listener.onCredits(Endpoint.operationName(call.request()), stated.estimatedCost(), stated.actualCost());
    return new HogResponse<>(data, stated);
  }

  /** As {@link #envelope(Call, Function, Function)} for a POST with a key, a guard and checks ({@link #prepare}). */
  public <B, T> HogResponse<T> envelope(Object request, RequestOptions options, Function<String, Call<B>> call,
      Supplier<HogResponse<Estimate>> estimate, Function<B, T> value, Function<B, ResponseMeta> meta) {
    return envelope(prepare(request, options, null, call, estimate).call(), value, meta);
  }

  /**
   * The page of a list call at {@code cursor} (null: the first page); the page fetches the next
   * ones with the same {@code call}.
   */
  public <B, T> Page<T> page(Function<String, Call<B>> call, String cursor, Function<B, java.util.List<T>> data,
      Function<B, String> nextCursor) {
    HogResponse<B> answer = complete(call.apply(cursor));
    return Access.page(data.apply(answer.value()), nextCursor.apply(answer.value()), answer.meta(),
        next -> page(call, next, data, nextCursor));
  }

  /** Sends a call answered without a body (204); the meta of its answer. */
  public Meta noContent(Call<Void> call) {
    Response<Void> response = calls.execute(call, Endpoint.describe(call.request()));
    return new Meta(ApiCalls.requestId(response), null, null, null);
  }

  /** A POST or PATCH answered with a plain body: checks, Idempotency-Key ({@link #prepare}), no guard. */
  public <T> HogResponse<T> keyed(Object request, RequestOptions options, Function<String, Call<T>> call) {
    return complete(prepare(request, options, null, call, null).call());
  }
}
