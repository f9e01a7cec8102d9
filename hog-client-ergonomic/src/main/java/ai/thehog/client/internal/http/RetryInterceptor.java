package ai.thehog.client.internal.http;

import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.client.internal.Deadline;
import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.observe.GuardedListener;
import ai.thehog.client.internal.HogClock;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the attempts of one call per {@link RetryPolicy}: reads each whole answer (so a truncated
 * body is a failure to retry, not a surprise later), retries connection failures, 408, 429 and 5xx
 * with backoff or the server's Retry-After, and never starts an attempt after the call's deadline
 * (the earlier of {@code maxElapsed} and a {@link Deadline} tag), which it hands on to the rate limit.
 */
public final class RetryInterceptor implements Interceptor {

  private static final Logger log = LoggerFactory.getLogger("ai.thehog.client.retry");

  private final RetryPolicy policy;
  private final HogClock clock;
  private final DoubleSupplier jitter;
  private final HogClientListener listener;

  public RetryInterceptor(RetryPolicy policy, HogClock clock, DoubleSupplier jitter) {
    this(policy, clock, jitter, GuardedListener.NONE);
  }

  public RetryInterceptor(RetryPolicy policy, HogClock clock, DoubleSupplier jitter, HogClientListener listener) {
    this.policy = policy;
    this.clock = clock;
    this.jitter = jitter;
    this.listener = listener;
  }

  public static boolean retryableStatus(int code) {
    return code == 408 || code == 429 || (code >= 500 && code != 501);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean mayRetry = !request.method().equals("POST") || request.header(IdempotencyKeyInterceptor.HEADER) != null;
    long start = clock.nanoTime();
    long deadline = start + Durations.nanos(policy.maxElapsed());
    Deadline tagged = request.tag(Deadline.class);
    if (tagged != null && tagged.nanos() - deadline < 0) {
      deadline = tagged.nanos();
    }
    // Waiting out a 429's Retry-After is a retry: a call without retries is told of it at once,
    // unless it polls for an await, which may wait within the await's own deadline.
    boolean mayWait = tagged != null ? tagged.mayWaitForServer() : policy.maxAttempts() > 1;
    request = request.newBuilder().tag(Deadline.class, new Deadline(deadline, mayWait)).build();
    for (int attempt = 1; ; attempt++) {
      Response response = null;
      IOException failure = null;
      try {
        response = buffered(chain.proceed(request));
      } catch (IOException e) {
        if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
          throw e;
        }
        failure = e;
      }
      if (response != null && !retryableStatus(response.code())) {
        return response;
      }
      Duration wait = response == null ? null : RetryAfter.parse(response.header("Retry-After"), clock.instant());
      boolean serverAsked = wait != null;
      if (wait == null) {
        wait = backoff(attempt);
      }
      boolean retry = mayRetry && attempt < policy.maxAttempts()
          && clock.nanoTime() + Durations.nanos(wait) - deadline <= 0;
      String what = response != null ? "HTTP " + response.code() : failure.getClass().getSimpleName();
      if (!retry) {
        log.debug("{} {}: {} on attempt {}; not retrying", request.method(), request.url().encodedPath(), what, attempt);
        if (response != null) {
          return response;
        }
        throw failure;
      }
      log.info("{} {}: {} on attempt {}; retrying in {} ms{}", request.method(), request.url().encodedPath(), what,
          attempt, wait.toMillis(), serverAsked ? " (Retry-After)" : "");
      listener.onRetry(Endpoint.operationName(request), attempt, wait);
      if (response != null) {
        response.close();
      }
      sleep(wait);
    }
  }

  /** Full jitter: uniform in [0, min(maxBackoff, initialBackoff * 2^(attempt-1))]. */
  public Duration backoff(int attempt) {
    double cap = Math.min(policy.maxBackoff().toNanos(),
        policy.initialBackoff().toNanos() * Math.pow(2, Math.min(attempt - 1, 40)));
    return Duration.ofNanos((long) (cap * jitter.getAsDouble()));
  }

  private void sleep(Duration wait) throws IOException {
    try {
      clock.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private static Response buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    try {
      byte[] bytes = body.bytes();
      return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
    } catch (IOException e) {
      response.close();
      throw e;
    }
  }
}
