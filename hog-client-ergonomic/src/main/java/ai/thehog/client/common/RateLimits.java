package ai.thehog.client.common;

/**
 * The client-side rate limits, shared by every thread using one {@link ai.thehog.client.HogClient}: requests wait
 * for their turn instead of being answered 429. The defaults are the documented limits per access
 * key: 600 requests per minute overall and 300 per minute for polling GET /api/operations/{id}
 * (a poll counts against both).
 *
 * @param requestsPerMinute all requests
 * @param pollsPerMinute operation polls
 */
public record RateLimits(int requestsPerMinute, int pollsPerMinute) {

  /**
   * Checks both limits are positive.
   *
   * @param requestsPerMinute all requests per minute, at least 1
   * @param pollsPerMinute operation polls per minute, at least 1
   * @throws IllegalArgumentException when either limit is below 1
   */
  public RateLimits {
    if (requestsPerMinute < 1 || pollsPerMinute < 1) {
      throw new IllegalArgumentException("rate limits must be at least 1 per minute, were " + requestsPerMinute
          + " requests and " + pollsPerMinute + " polls");
    }
  }

  /**
   * 600 requests and 300 polls per minute.
   *
   * @return the documented limits
   */
  public static RateLimits documented() {
    return new RateLimits(600, 300);
  }
}
