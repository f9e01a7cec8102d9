package ai.thehog.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Fixed one-minute windows per access key and bucket (minutes run {@code timeScale} times faster).
 * Guarded by the sandbox's lock.
 */
final class RateLimiter {

  enum Bucket { REQUESTS, POLLS }

  record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
  }

  private final ScaledTime time;
  private final Map<Bucket, Integer> limits;
  private final Map<String, Window> windows = new HashMap<>();

  RateLimiter(ScaledTime time, int requestsPerMinute, int pollsPerMinute) {
    this.time = time;
    this.limits = Map.of(Bucket.REQUESTS, requestsPerMinute, Bucket.POLLS, pollsPerMinute);
  }

  Decision acquire(String accessKey, Bucket bucket) {
    int limit = limits.get(bucket);
    Instant now = time.now();
    long windowMillis = time.realMillis(Duration.ofMinutes(1));
    Window w = windows.computeIfAbsent(accessKey + "\n" + bucket, k -> new Window(now));
    if (!now.isBefore(w.start.plusMillis(windowMillis))) {
      w.start = now;
      w.used = 0;
    }
    // Retry-After and X-RateLimit-Reset are in the sandbox's (scaled) seconds, as a client following it reads them.
    long leftMillis = time.sandboxMillis(Duration.between(now, w.start.plusMillis(windowMillis)).toMillis());
    long resetSeconds = Math.max(1, (leftMillis + 999) / 1000);
    if (w.used >= limit) {
      return new Decision(false, limit, 0, resetSeconds);
    }
    w.used++;
    return new Decision(true, limit, limit - w.used, resetSeconds);
  }

  void clear() {
    windows.clear();
  }

  private static final class Window {
    Instant start;
    int used;

    Window(Instant start) {
      this.start = start;
    }
  }
}
