package ai.thehog.client.common;

import ai.thehog.client.error.HogCostGuardException;

/**
 * Per-call options: the Idempotency-Key and a cost guard.
 *
 * <p>Without options every POST gets a fresh random Idempotency-Key, reused by all retries of that
 * call. {@link Builder#idempotencyKey(String)} sets your own (e.g. a record id);
 * {@link Builder#deterministicIdempotencyKey()} derives it from the canonical request body, so a
 * restarted process that repeats the same request gets the original answer instead of paying twice.
 *
 * <p>A cost guard ({@link Builder#maxCredits(long)}, {@link Builder#requireWithinPlanLimits()}) asks
 * the estimate endpoint first and refuses with {@link HogCostGuardException}, before anything is
 * spent, when the plan would not allow the call or it would cost more than the budget. Guards
 * exist for the calls that have an estimate endpoint: {@code enrichments().enrichAll} and {@code enrichEach} (with
 * {@code enrichments().estimate()}), {@code people().submitEnrichment},
 * {@code people().research} and {@code generate().submit}.
 */
public final class RequestOptions {

  private static final RequestOptions DEFAULTS = builder().build();

  private final String idempotencyKey;
  private final boolean deterministicIdempotencyKey;
  private final Long maxCredits;
  private final boolean requireWithinPlanLimits;
  private final Long creditsPerIdentifierAndField;

  private RequestOptions(Builder builder) {
    this.creditsPerIdentifierAndField = builder.creditsPerIdentifierAndField;
    this.idempotencyKey = builder.idempotencyKey;
    this.deterministicIdempotencyKey = builder.deterministicIdempotencyKey;
    this.maxCredits = builder.maxCredits;
    this.requireWithinPlanLimits = builder.requireWithinPlanLimits;
  }

  /**
   * No key of your own, no guard.
   *
   * @return the defaults
   */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The caller's key, or null.
   *
   * @return the caller's key, or null
   */
  public String idempotencyKey() {
    return idempotencyKey;
  }

  /**
   * Whether the key is derived from the request body.
   *
   * @return whether the key is derived from the request body
   */
  public boolean deterministicIdempotencyKey() {
    return deterministicIdempotencyKey;
  }

  /**
   * The credit budget, or null for none.
   *
   * @return the credit budget, or null for none
   */
  public Long maxCredits() {
    return maxCredits;
  }

  /**
   * Whether the call is refused when the estimate says it is outside the plan limits.
   *
   * @return whether the call is refused when the estimate says it is outside the plan limits
   */
  public boolean requireWithinPlanLimits() {
    return requireWithinPlanLimits;
  }

  /**
   * The price a batch enrichment assumes for one field of one identifier, to keep a
   * {@link #maxCredits()} budget when the API gives no estimate; null when not set (the price is
   * then learned from what the API says each batch costs).
   *
   * @return credits per identifier and field, or null
   */
  public Long creditsPerIdentifierAndField() {
    return creditsPerIdentifierAndField;
  }

  /**
   * Whether a cost guard is set ({@link Builder#maxCredits} or the plan-limits check): the call is
   * then estimated before it is sent.
   *
   * @return true when the call is estimated first
   */
  public boolean guarded() {
    return maxCredits != null || requireWithinPlanLimits;
  }

  @Override
  public String toString() {
    return "RequestOptions{idempotencyKey=" + idempotencyKey + ", deterministic=" + deterministicIdempotencyKey
        + ", maxCredits=" + maxCredits + ", requireWithinPlanLimits=" + requireWithinPlanLimits
        + ", creditsPerIdentifierAndField=" + creditsPerIdentifierAndField + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private String idempotencyKey;
    private boolean deterministicIdempotencyKey;
    private Long maxCredits;
    private boolean requireWithinPlanLimits;
    private Long creditsPerIdentifierAndField;

    private Builder() {
    }

    /**
     * The price of one field of one identifier, in credits, for a batch enrichment's
     * {@link #maxCredits(long)} budget when the API gives no estimate: every batch is checked
     * against it before it is sent. A higher price the API reports for a batch wins.
     *
     * @param credits credits per identifier and field, at least 0
     * @return this builder
     */
    public Builder creditsPerIdentifierAndField(long credits) {
      if (credits < 0) {
        throw new IllegalArgumentException("creditsPerIdentifierAndField must not be negative, was " + credits);
      }
      this.creditsPerIdentifierAndField = credits;
      return this;
    }

    /**
     * Your own Idempotency-Key (1 to 255 visible ASCII characters); batches add "-1", "-2", ... per batch.
     *
     * @param key the key
     * @return this builder
     */
    public Builder idempotencyKey(String key) {
      if (key == null || key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
        throw new IllegalArgumentException("idempotencyKey must be 1 to 255 visible ASCII characters without spaces,"
            + " was " + (key == null ? "null" : "\"" + key + "\""));
      }
      this.idempotencyKey = key;
      return this;
    }

    /**
     * Derive the Idempotency-Key from the canonical request body (same body, same key).
     *
     * @return this builder
     */
    public Builder deterministicIdempotencyKey() {
      this.deterministicIdempotencyKey = true;
      return this;
    }

    /**
     * Refuse the call, before spending, when its estimate exceeds {@code credits}.
     *
     * @param credits the credits
     * @return this builder
     */
    public Builder maxCredits(long credits) {
      if (credits < 0) {
        throw new IllegalArgumentException("maxCredits must not be negative, was " + credits);
      }
      this.maxCredits = credits;
      return this;
    }

    /**
     * Refuse the call, before spending, when its estimate says it is outside the plan limits.
     *
     * @return this builder
     */
    public Builder requireWithinPlanLimits() {
      this.requireWithinPlanLimits = true;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      if (idempotencyKey != null && deterministicIdempotencyKey) {
        throw new IllegalArgumentException("Choose either idempotencyKey(...) or deterministicIdempotencyKey(), not both");
      }
      return new RequestOptions(this);
    }
  }
}
