package ai.thehog.ratelimit.redis;

import io.github.bucket4j.Bucket;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-process buckets used while Redis is unreachable (at a share of each limit), and every pause
 * this process learnt of, kept whether or not Redis holds it too.
 */
final class LocalBuckets {

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> pausedUntilMillis = new ConcurrentHashMap<>();

  LocalBuckets(Map<String, RateLimitBucket> definitions, double factor) {
    definitions.forEach((name, definition) -> {
      buckets.put(name, Bucket.builder().addLimit(BucketPacing.configuration(definition, factor).getBandwidths()[0])
          .withNanosecondPrecision().build());
      pausedUntilMillis.put(name, new AtomicLong());
    });
  }

  /** Nanoseconds until this bucket's slot, or {@link BucketPacing#REFUSED}. */
  long reserve(String bucket, long maxWaitNanos) throws InterruptedException {
    return BucketPacing.reserve(buckets.get(bucket), maxWaitNanos);
  }

  /** Extends (never shortens) the bucket's pause. */
  void pauseUntil(String bucket, Instant until) {
    pausedUntilMillis.get(bucket).accumulateAndGet(until.toEpochMilli(), Math::max);
  }

  /** Milliseconds the bucket is still paused for (0 if it is not). */
  long pauseRemainingMillis(String bucket) {
    return Math.max(0, pausedUntilMillis.get(bucket).get() - System.currentTimeMillis());
  }
}
