package ai.thehog.ratelimit.redis;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Turns a {@link RateLimitBucket} into a Bucket4j configuration that never grants more than the
 * permits in any window of the period, and reserves one permit in a Bucket4j bucket.
 *
 * <p>A permit costs {@value #TOKENS_PER_PERMIT} tokens; the bucket holds one permit and refills
 * {@code TOKENS_PER_PERMIT * permits * factor - 1} tokens per period, so any window of one period sees at
 * most {@code floor(permits * factor)} grants (the one held plus those refilled), spaced evenly rather than
 * in a burst. Reservations may run the bucket negative: each caller is told when its slot comes.
 */
final class BucketPacing {

  static final long TOKENS_PER_PERMIT = 1000;

  /** What {@link #reserve} returns when the slot would come after the longest allowed wait. */
  static final long REFUSED = -1;

  private BucketPacing() {
  }

  static BucketConfiguration configuration(RateLimitBucket bucket, double factor) {
    long refill = Math.max(1, (long) Math.floor(TOKENS_PER_PERMIT * bucket.permits() * factor) - 1);
    Bandwidth bandwidth = Bandwidth.builder().capacity(TOKENS_PER_PERMIT).refillGreedy(refill, bucket.period())
        .id(bucket.name()).build();
    return BucketConfiguration.builder().addLimit(bandwidth).build();
  }

  /**
   * Reserves one permit if its slot comes within {@code maxWaitNanos}, without waiting for it.
   *
   * @return nanoseconds until the slot, or {@link #REFUSED} (nothing reserved)
   */
  static long reserve(Bucket bucket, long maxWaitNanos) throws InterruptedException {
    long[] slot = {0};
    BlockingStrategy recordOnly = nanos -> slot[0] = nanos;
    boolean reserved = bucket.asBlocking().tryConsume(TOKENS_PER_PERMIT, Math.max(1, maxWaitNanos), recordOnly);
    return reserved ? slot[0] : REFUSED;
  }
}
