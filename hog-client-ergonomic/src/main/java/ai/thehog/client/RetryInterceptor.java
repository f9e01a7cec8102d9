package ai.thehog.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one logical call: gives a POST its Idempotency-Key (once, so every retry carries the same
 * one), waits for the rate limiters before each attempt, reads the whole answer (so a truncated
 * body is a failure to retry, not a surprise later) and retries per {@link RetryPolicy}.
 */
final class RetryInterceptor implements Interceptor {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final Logger log = LoggerFactory.getLogger("ai.thehog.client.retry");

  private final RetryPolicy policy;
  private final HogClock clock;
  private final RateLimiter requests;
  private final RateLimiter polls;
  private final DoubleSupplier jitter;

  RetryInterceptor(RetryPolicy policy, HogClock clock, RateLimiter requests, RateLimiter polls, DoubleSupplier jitter) {
    this.policy = policy;
    this.clock = clock;
    this.requests = requests;
    this.polls = polls;
    this.jitter = jitter;
  }

  static boolean isPoll(Request request) {
    return request.method().equals("GET") && request.url().encodedPath().contains("/api/operations/");
  }

  static boolean retryableStatus(int code) {
    return code == 408 || code == 429 || code >= 500;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.method().equals("POST") && request.header(IDEMPOTENCY_KEY) == null) {
      request = request.newBuilder().header(IDEMPOTENCY_KEY, "hog-" + UUID.randomUUID()).build();
    }
    boolean poll = isPoll(request);
    boolean mayRetry = !request.method().equals("POST") || request.header(IDEMPOTENCY_KEY) != null;
    long start = clock.nanoTime();
    for (int attempt = 1; ; attempt++) {
      waitForTurn(poll);
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
      if (serverAsked && response.code() == 429) {
        (poll ? polls : requests).pause(wait);
      }
      if (wait == null) {
        wait = backoff(attempt);
      }
      Duration elapsed = Duration.ofNanos(clock.nanoTime() - start);
      Deadline deadline = request.tag(Deadline.class);
      boolean retry = mayRetry && attempt < policy.maxAttempts()
          && elapsed.plus(wait).compareTo(policy.maxElapsed()) <= 0
          && (deadline == null || clock.nanoTime() + wait.toNanos() - deadline.nanos() <= 0);
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
      if (response != null) {
        response.close();
      }
      sleep(wait);
    }
  }

  /** Full jitter: uniform in [0, min(maxBackoff, initialBackoff * 2^(attempt-1))]. */
  Duration backoff(int attempt) {
    double cap = Math.min(policy.maxBackoff().toNanos(),
        policy.initialBackoff().toNanos() * Math.pow(2, Math.min(attempt - 1, 40)));
    return Duration.ofNanos((long) (cap * jitter.getAsDouble()));
  }

  private void waitForTurn(boolean poll) throws IOException {
    try {
      if (poll) {
        polls.acquire();
      }
      requests.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the rate limiter");
    }
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
