package ai.thehog.ratelimit.redis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the shared buckets on Redis are in use, and the two log lines that say so: one WARN when the
 * limiter falls back to in-process limits, one INFO when Redis is used again. Messages name the Redis host
 * and port only, never the URI (it may hold a password).
 *
 * <p>Redis counts as back (INFO) only once it has answered for {@code stableNanos} since it returned: a
 * Redis that flaps (a reconnection accepted by a server shutting down, timeouts on an overloaded machine)
 * gives one WARN and no more, not a WARN and an INFO per flap. The limiter itself uses Redis whenever a
 * connection is up; only the log waits.
 */
final class RedisAvailability {

  private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimiter.class);

  private enum State { STARTING, UP, DOWN, RECOVERING }

  private final String endpoint;
  private final double fallbackShare;
  private final long stableNanos;
  private State state = State.STARTING;
  private long recoveringSince;

  RedisAvailability(String endpoint, double fallbackShare, long stableNanos) {
    this.endpoint = endpoint;
    this.fallbackShare = fallbackShare;
    this.stableNanos = stableNanos;
  }

  synchronized void up() {
    switch (state) {
      case STARTING -> state = State.UP;
      case DOWN -> {
        state = State.RECOVERING;
        recoveringSince = System.nanoTime();
      }
      case RECOVERING -> {
        if (System.nanoTime() - recoveringSince >= stableNanos) {
          LOG.info("Redis at {} is reachable again: rate-limit buckets are shared again", endpoint);
          state = State.UP;
        }
      }
      case UP -> { }
    }
  }

  synchronized void down(Throwable cause) {
    while ((cause instanceof java.util.concurrent.CompletionException
        || cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String reason = cause == null ? "connection closed" : cause.getClass().getSimpleName();
    if (state == State.STARTING || state == State.UP) {
      LOG.warn("Redis at {} is unreachable ({}): falling back to in-process rate limits at {}% of each bucket "
          + "until it returns", endpoint, reason, Math.round(fallbackShare * 1000) / 10.0);
    } else if (state == State.RECOVERING) {
      LOG.debug("Redis at {} failed again ({}) before it was back for good; still on in-process rate limits",
          endpoint, reason);
    }
    state = State.DOWN;
  }

  synchronized boolean isDown() {
    return state == State.DOWN;
  }
}
