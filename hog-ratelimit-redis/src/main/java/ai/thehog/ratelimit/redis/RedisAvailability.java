package ai.thehog.ratelimit.redis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the shared buckets on Redis are in use, and the two log lines that say so: one WARN when the
 * limiter falls back to in-process limits, one INFO when Redis is used again. Messages name the Redis host
 * and port only, never the URI (it may hold a password).
 */
final class RedisAvailability {

  private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimiter.class);

  private enum State { STARTING, UP, DOWN }

  private final String endpoint;
  private final double fallbackShare;
  private State state = State.STARTING;

  RedisAvailability(String endpoint, double fallbackShare) {
    this.endpoint = endpoint;
    this.fallbackShare = fallbackShare;
  }

  synchronized void up() {
    if (state == State.DOWN) {
      LOG.info("Redis at {} is reachable again: rate-limit buckets are shared again", endpoint);
    }
    state = State.UP;
  }

  synchronized void down(Throwable cause) {
    while ((cause instanceof java.util.concurrent.CompletionException
        || cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (state != State.DOWN) {
      LOG.warn("Redis at {} is unreachable ({}): falling back to in-process rate limits at {}% of each bucket "
          + "until it returns", endpoint, cause == null ? "connection closed" : cause.getClass().getSimpleName(),
          Math.round(fallbackShare * 1000) / 10.0);
    }
    state = State.DOWN;
  }

  synchronized boolean isDown() {
    return state == State.DOWN;
  }
}
