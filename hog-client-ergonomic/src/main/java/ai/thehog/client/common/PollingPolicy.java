package ai.thehog.client.common;

import ai.thehog.client.internal.Durations;
import java.time.Duration;

/**
 * How an operation is polled: first after {@code initialInterval} (never less than one second),
 * then each wait {@code multiplier} times longer up to {@code maxInterval}; a Retry-After from the
 * API replaces the computed wait. {@code defaultTimeout} is the total deadline of the
 * {@code ...AndWait} calls that take none.
 */
public final class PollingPolicy {

  private static final PollingPolicy DEFAULTS = builder().build();

  private final Duration initialInterval;
  private final Duration maxInterval;
  private final double multiplier;
  private final Duration defaultTimeout;

  private PollingPolicy(Builder builder) {
    this.initialInterval = builder.initialInterval;
    this.maxInterval = builder.maxInterval;
    this.multiplier = builder.multiplier;
    this.defaultTimeout = builder.defaultTimeout;
  }

  /**
   * 1 s growing by 1.5 up to 30 s; 10 minutes for the ...AndWait calls.
   *
   * @return the defaults
   */
  public static PollingPolicy defaults() {
    return DEFAULTS;
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
   * Wait before the second poll.
   *
   * @return the initial interval
   */
  public Duration initialInterval() {
    return initialInterval;
  }

  /**
   * Longest computed wait between two polls.
   *
   * @return the max interval
   */
  public Duration maxInterval() {
    return maxInterval;
  }

  /**
   * Growth of the wait from one poll to the next.
   *
   * @return the multiplier
   */
  public double multiplier() {
    return multiplier;
  }

  /**
   * Total deadline of the ...AndWait calls that take none.
   *
   * @return the default timeout
   */
  public Duration defaultTimeout() {
    return defaultTimeout;
  }

  /**
   * The wait after {@code polls} polls when the operation says nothing of its progress.
   *
   * @param polls the polls made so far (0: after the 202, before the first poll)
   * @return the wait, between the initial and the maximum interval
   */
  public Duration interval(int polls) {
    double nanos = initialInterval.toNanos() * Math.pow(multiplier, Math.max(0, polls));
    return nanos >= maxInterval.toNanos() ? maxInterval : Duration.ofNanos((long) nanos);
  }

  @Override
  public String toString() {
    return "PollingPolicy{initialInterval=" + initialInterval + ", maxInterval=" + maxInterval + ", multiplier="
        + multiplier + ", defaultTimeout=" + defaultTimeout + "}";
  }

  /** Builds a {@link PollingPolicy}. */
  public static final class Builder {
    private Duration initialInterval = Durations.MIN_POLL_INTERVAL;
    private Duration maxInterval = Duration.ofSeconds(30);
    private double multiplier = 1.5;
    private Duration defaultTimeout = Duration.ofMinutes(10);

    private Builder() {
    }

    /**
     * Wait before the second poll; at least one second.
     *
     * @param initialInterval the initial interval
     * @return this builder
     */
    public Builder initialInterval(Duration initialInterval) {
      Durations.positive(initialInterval, "initialInterval");
      if (initialInterval.compareTo(Durations.MIN_POLL_INTERVAL) < 0) {
        throw new IllegalArgumentException("initialInterval must be at least 1 s (the API asks not to poll more"
            + " than once per second), was " + initialInterval);
      }
      this.initialInterval = initialInterval;
      return this;
    }

    /**
     * Longest computed wait.
     *
     * @param maxInterval the max interval
     * @return this builder
     */
    public Builder maxInterval(Duration maxInterval) {
      this.maxInterval = Durations.positive(maxInterval, "maxInterval");
      return this;
    }

    /**
     * Growth factor, at least 1.
     *
     * @param multiplier the multiplier
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * Deadline of the ...AndWait calls that take none.
     *
     * @param defaultTimeout the default timeout
     * @return this builder
     */
    public Builder defaultTimeout(Duration defaultTimeout) {
      this.defaultTimeout = Durations.positive(defaultTimeout, "defaultTimeout");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public PollingPolicy build() {
      if (maxInterval.compareTo(initialInterval) < 0) {
        throw new IllegalArgumentException("maxInterval (" + maxInterval + ") must not be less than initialInterval ("
            + initialInterval + ")");
      }
      return new PollingPolicy(this);
    }
  }
}
