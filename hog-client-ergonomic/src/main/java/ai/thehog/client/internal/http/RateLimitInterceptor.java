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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a slot of the {@link HogRateLimiter} before each attempt (polls in the poll bucket, the rest in the requests bucket),
 * and pauses the bucket when an answer is 429 with Retry-After. An attempt whose slot would come
 * after the call's deadline, or that would wait out a paused bucket although its call has no
 * retries, is not sent: the call fails at once with a {@link HogRateLimitException} saying when to
 * retry (and the request id of the 429), instead of blocking. A wait for a paused bucket is logged
 * before it starts, a wait of a second or more for a slot after it ends.
 */
public final class RateLimitInterceptor implements Interceptor {

  private static final Logger log = LoggerFactory.getLogger("ai.thehog.client.ratelimit");

  private final HogRateLimiter limiter;
  private final HogClock clock;
  private final HogClientListener listener;
  /** The last 429 of this client that paused each bucket: its request id and when its pause ends. */
  private volatile PauseCause requestsPause;
  private volatile PauseCause pollsPause;

  /** A 429's request id, and the end of the pause it asked for on the client's clock. */
  private record PauseCause(String requestId, long endsNanos) {
  }

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
        PauseCause cause = new PauseCause(response.header("X-Request-Id"), clock.nanoTime() + Durations.nanos(wait));
        if (poll) {
          pollsPause = cause;
        } else {
          requestsPause = cause;
        }
        limiter.pause(poll ? HogRateLimiter.POLLS : HogRateLimiter.REQUESTS, wait);
      }
    }
    return response;
  }

  private void acquire(String bucket, Request request, Deadline deadline) throws IOException {
    Duration maxWait = deadline == null ? Durations.MAX_SERVER_WAIT
        : Duration.ofNanos(Math.max(0, deadline.nanos() - clock.nanoTime()));
    Duration paused = limiter.pausedFor(bucket);
    boolean mayWaitForServer = deadline == null || deadline.mayWaitForServer();
    if (!paused.isZero() && (!mayWaitForServer || paused.compareTo(maxWait) > 0)) {
      listener.onRateLimitWait(bucket, Duration.ZERO, false);
      throw notSent(request, bucket, paused, mayWaitForServer);
    }
    if (!paused.isZero()) {
      log.info("{}: waiting {} s for the rate limit ({}): the API answered 429 with Retry-After{}",
          Endpoint.describe(request), seconds(paused), bucket, requestIdOf(bucket, paused) == null ? ""
              : " (request id " + requestIdOf(bucket, paused) + ")");
    }
    boolean acquired;
    long start = clock.nanoTime();
    try {
      acquired = limiter.tryAcquire(bucket, maxWait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the rate limiter");
    }
    Duration waited = Duration.ofNanos(Math.max(0, clock.nanoTime() - start));
    listener.onRateLimitWait(bucket, waited, acquired);
    if (!acquired) {
      throw notSent(request, bucket, limiter.pausedFor(bucket), true);
    }
    if (paused.isZero() && waited.compareTo(Duration.ofSeconds(1)) >= 0) {
      log.info("{}: waited {} s for the rate limit ({}): its requests per minute were used up",
          Endpoint.describe(request), seconds(waited), bucket);
    }
  }

  private HogRateLimitException notSent(Request request, String bucket, Duration paused, boolean mayWaitForServer) {
    String requestId = paused.isZero() ? null : requestIdOf(bucket, paused);
    String why = paused.isZero() ? "the client's rate limit (" + bucket + ") has no free slot before the call's deadline"
        : !mayWaitForServer ? "the API answered 429 and asked to wait, and the call has no retries (RetryPolicy)"
        : "the API answered 429 and asked to wait longer than the call's deadline";
    String when = paused.isZero() ? "in a moment" : "in " + seconds(paused) + " s";
    return new HogRateLimitException(Endpoint.describe(request) + " was not sent: " + why + ". Retry " + when
        + (mayWaitForServer ? ", or give the call a longer deadline." : ", or give the client a RetryPolicy with retries.")
        + (requestId == null ? "" : " Request id of the 429: " + requestId + "."), requestId, null,
        paused.isZero() ? null : paused);
  }

  /**
   * The request id of the 429 of this client whose pause holds {@code bucket} for {@code paused} more;
   * null when the pause is another's (a longer one set since, e.g. by another process sharing the limiter).
   */
  private String requestIdOf(String bucket, Duration paused) {
    PauseCause cause = HogRateLimiter.POLLS.equals(bucket) ? pollsPause : requestsPause;
    long ends = clock.nanoTime() + Durations.nanos(paused);
    return cause != null && Math.abs(ends - cause.endsNanos()) <= Duration.ofSeconds(1).toNanos() ? cause.requestId()
        : null;
  }

  private static long seconds(Duration duration) {
    return Math.max(1, (duration.toMillis() + 999) / 1000);
  }
}
