package ai.thehog.client.common;

import java.util.Objects;

/**
 * Page size and starting cursor of a list call, e.g.
 * {@code ListOptions.builder().limit(50).build()}. Immutable.
 */
public final class ListOptions {

  private static final ListOptions DEFAULTS = new Builder().build();

  private final Integer limit;
  private final String cursor;

  private ListOptions(Builder builder) {
    this.limit = builder.limit;
    this.cursor = builder.cursor;
  }

  /**
   * The API's own page size, from the first page.
   *
   * @return options with nothing set
   */
  public static ListOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Items per page (1-200), or null for the API's default.
   *
   * @return the page size, or null
   */
  public Integer limit() {
    return limit;
  }

  /**
   * The {@code next_cursor} of an earlier page to start from, or null for the first page.
   *
   * @return the cursor, or null
   */
  public String cursor() {
    return cursor;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListOptions that && Objects.equals(limit, that.limit) && Objects.equals(cursor, that.cursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, cursor);
  }

  @Override
  public String toString() {
    return "ListOptions[limit=" + limit + ", cursor=" + cursor + "]";
  }

  /** Builds {@link ListOptions}. */
  public static final class Builder {

    private Integer limit;
    private String cursor;

    private Builder() {
    }

    /**
     * Items per page.
     *
     * @param limit 1 to 200, or null for the API's default
     * @return this builder
     * @throws IllegalArgumentException when outside 1-200
     */
    public Builder limit(Integer limit) {
      if (limit != null && (limit < 1 || limit > 200)) {
        throw new IllegalArgumentException("limit must be between 1 and 200, was " + limit);
      }
      this.limit = limit;
      return this;
    }

    /**
     * Starts at the page after the one that answered this {@code next_cursor}.
     *
     * @param cursor a {@code next_cursor}, or null for the first page
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder cursor(String cursor) {
      if (cursor != null && cursor.isBlank()) {
        throw new IllegalArgumentException("cursor must not be blank (use null for the first page)");
      }
      this.cursor = cursor;
      return this;
    }

    /**
     * The options.
     *
     * @return the options
     */
    public ListOptions build() {
      return new ListOptions(this);
    }
  }
}
