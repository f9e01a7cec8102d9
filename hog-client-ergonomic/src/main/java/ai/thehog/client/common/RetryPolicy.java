package ai.thehog.client.common;

import ai.thehog.client.internal.Durations;
import java.time.Duration;

/**
 * When a failed request is tried again: connection failures, timeouts, unreadable answers, 408,
 * 429 and 5xx, with exponential backoff and full jitter (a random wait between zero and
 * {@code initialBackoff * 2^retry}, at most {@code maxBackoff}); a Retry-After from the API replaces
 * the computed wait. Retries stop after {@code maxAttempts} attempts or when the next wait would
 * end after {@code maxElapsed} from the first attempt. A POST is only ever retried with its
 * Idempotency-Key, so the API never does paid work twice.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration maxElapsed;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.maxElapsed = builder.maxElapsed;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
  }

  /**
   * 5 attempts within 2 minutes, backoff from 500 ms up to 30 s.
   *
   * @return the defaults
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * No retry at all: every failure is thrown at once.
   *
   * @return the none
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Attempts in all, the first included.
   *
   * @return the max attempts
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Time from the first attempt after which no retry starts.
   *
   * @return the max elapsed
   */
  public Duration maxElapsed() {
    return maxElapsed;
  }

  /**
   * Upper bound of the first retry's random wait.
   *
   * @return the initial backoff
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * Upper bound of any computed wait (a Retry-After may ask for longer, within maxElapsed).
   *
   * @return the max backoff
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", maxElapsed=" + maxElapsed + ", initialBackoff="
        + initialBackoff + ", maxBackoff=" + maxBackoff + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration maxElapsed = Duration.ofMinutes(2);
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);

    private Builder() {
    }

    /**
     * Attempts in all, at least 1 (1 means no retry).
     *
     * @param maxAttempts the max attempts
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Time budget for all attempts of one call.
     *
     * @param maxElapsed the max elapsed
     * @return this builder
     */
    public Builder maxElapsed(Duration maxElapsed) {
      this.maxElapsed = Durations.positive(maxElapsed, "maxElapsed");
      return this;
    }

    /**
     * Upper bound of the first retry's random wait.
     *
     * @param initialBackoff the initial backoff
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Durations.positive(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Upper bound of any computed wait.
     *
     * @param maxBackoff the max backoff
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Durations.positive(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") must not be less than initialBackoff ("
            + initialBackoff + ")");
      }
      return new RetryPolicy(this);
    }
  }
}
