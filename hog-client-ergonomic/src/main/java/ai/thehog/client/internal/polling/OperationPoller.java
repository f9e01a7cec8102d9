package ai.thehog.client.internal.polling;

import ai.thehog.client.internal.http.PollingApi;
import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.internal.Deadline;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.Workers;
import ai.thehog.client.internal.http.ApiCalls;
import ai.thehog.client.internal.http.Secrets;
import ai.thehog.client.internal.observe.ReportedCost;
import ai.thehog.model.Operation;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import retrofit2.Response;

/** What an operation handle needs and nothing more: one GET of its pollUrl, the clock, the policy. */
public final class OperationPoller {

  public final HogClock clock;
  public final Secrets secrets;
  public final PollingPolicy policy;
  public final HogClientListener listener;
  private final ApiCalls calls;
  private final PollingApi api;
  private final ExecutorService executor;

  public OperationPoller(HogClock clock, Secrets secrets, PollingPolicy policy, ApiCalls calls, PollingApi api,
      ExecutorService executor, HogClientListener listener) {
    this.clock = clock;
    this.secrets = secrets;
    this.policy = policy;
    this.calls = calls;
    this.api = api;
    this.executor = executor;
    this.listener = listener;
  }

  /** One GET of {@code pollUrl}; its retries never start after {@code deadline} (may be null). */
  public Response<Operation> poll(HttpUrl pollUrl, Deadline deadline) {
    return calls.execute(api.poll(pollUrl, deadline), "GET " + pollUrl.encodedPath());
  }

  /**
   * Runs {@code work} on the client's executor; cancelling the returned future interrupts the
   * work, which stops waiting and polling.
   */
  public <T> CompletableFuture<T> async(Supplier<T> work) {
    return Workers.submit(executor, work);
  }

  /** Tells the listener that an operation {@code startedBy} started ended, and what its result says it cost. */
  public void ended(String startedBy, Operation operation, int polls, long startNanos) {
    listener.onOperationEnded(startedBy, operation.status(), polls, Duration.ofNanos(clock.nanoTime() - startNanos));
    // What the result says was charged (an estimate was told with the 202, if it stated one).
    listener.onCredits(startedBy, null, ReportedCost.actual(operation.result()));
  }
}
