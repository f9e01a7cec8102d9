package ai.thehog.client.internal.http;

import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.internal.Deadline;
import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.HogClock;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Waits for a slot of the {@link HogRateLimiter} before each attempt (polls in the poll bucket, the rest in the requests bucket),
 * and pauses the bucket when an answer is 429 with Retry-After. An attempt whose slot would come
 * after the call's deadline is not sent: the call fails at once with a {@link HogRateLimitException}
 * saying when to retry, instead of blocking past the deadline.
 */
public final class RateLimitInterceptor implements Interceptor {

  private final HogRateLimiter limiter;
  private final HogClock clock;
  private final HogClientListener listener;

  public RateLimitInterceptor(HogRateLimiter limiter, HogClock clock, HogClientListener listener) {
    this.limiter = limiter;
    this.clock = clock;
    this.listener = listener;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean poll = Endpoint.of(request).poll();
    Deadline deadline = request.tag(Deadline.class);
    // Reading an operation has its own limit (the docs: "a dedicated rate limit"), so a poll takes
    // a slot of that bucket only and goes on while submits wait for theirs.
    String bucket = poll ? HogRateLimiter.POLLS : HogRateLimiter.REQUESTS;
    acquire(bucket, request, deadline);
    String operation = Endpoint.operationName(request);
    long sent = clock.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      listener.onAttempt(operation, 0, Duration.ofNanos(clock.nanoTime() - sent));
      throw e;
    } finally {
      // The API counted it by now, at the latest: its minute runs from here.
      limiter.answered(bucket);
    }
    listener.onAttempt(operation, response.code(), Duration.ofNanos(clock.nanoTime() - sent));
    if (response.code() == 429) {
      Duration wait = RetryAfter.parse(response.header("Retry-After"), clock.instant());
      if (wait != null) {
        limiter.pause(poll ? HogRateLimiter.POLLS : HogRateLimiter.REQUESTS, wait);
      }
    }
    return response;
  }

  private void acquire(String bucket, Request request, Deadline deadline) throws IOException {
    Duration maxWait = deadline == null ? Durations.MAX_SERVER_WAIT
        : Duration.ofNanos(Math.max(0, deadline.nanos() - clock.nanoTime()));
    boolean acquired;
    long start = clock.nanoTime();
    try {
      acquired = limiter.tryAcquire(bucket, maxWait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the rate limiter");
    }
    listener.onRateLimitWait(bucket, Duration.ofNanos(Math.max(0, clock.nanoTime() - start)), acquired);
    if (!acquired) {
      Duration paused = limiter.pausedFor(bucket);
      String when = paused.isZero() ? "in a moment" : "in " + Math.max(1, (paused.toMillis() + 999) / 1000) + " s";
      throw new HogRateLimitException(Endpoint.describe(request) + " was not sent: the client's rate limit ("
          + bucket + ") has no free slot before the call's deadline"
          + (paused.isZero() ? "" : ", because the API answered 429 and asked to wait") + ". Retry " + when
          + ", or give the call a longer deadline.", null, null, paused.isZero() ? null : paused);
    }
  }
}
