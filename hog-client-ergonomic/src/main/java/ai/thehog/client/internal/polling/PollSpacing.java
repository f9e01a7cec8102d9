package ai.thehog.client.internal.polling;

import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.http.Endpoint;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one rule of how often an operation is read: two requests for the state of one operation (same
 * URL) never start within {@link Durations#MIN_POLL_INTERVAL} of each other on the client's clock,
 * whoever sends them (a handle's forecast, a batch's shared pace, a 429's Retry-After or the retry
 * backoff, a second handle or awaiter of the same operation). It sits on the client's innermost
 * layer, so every attempt that goes out passes it; it waits for the rest of the second when needed.
 */
public final class PollSpacing implements Interceptor {

  private static final long MIN_NANOS = Durations.MIN_POLL_INTERVAL.toNanos();

  private final HogClock clock;
  /** When each operation URL was last asked for, client clock; entries older than the interval are dropped. */
  private final Map<String, Long> lastSent = new HashMap<>();

  public PollSpacing(HogClock clock) {
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!Endpoint.of(request).poll()) {
      return chain.proceed(request);
    }
    String key = request.url().newBuilder().query(null).fragment(null).build().toString();
    for (;;) {
      long wait = reserve(key);
      if (wait <= 0) {
        return chain.proceed(request);
      }
      try {
        clock.sleep(java.time.Duration.ofNanos(wait));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while spacing the polls of " + request.url().encodedPath());
      }
    }
  }

  /** Takes the turn of {@code key} now and returns 0, or returns how long until it may be taken. */
  private synchronized long reserve(String key) {
    long now = clock.nanoTime();
    Long last = lastSent.get(key);
    if (last != null && now - last < MIN_NANOS) {
      return last + MIN_NANOS - now;
    }
    if (lastSent.size() >= 64) {
      for (Iterator<Long> it = lastSent.values().iterator(); it.hasNext(); ) {
        if (now - it.next() >= MIN_NANOS) {
          it.remove();
        }
      }
    }
    lastSent.put(key, now);
    return 0;
  }
}
