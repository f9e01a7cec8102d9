package ai.thehog.client.common;

/**
 * What one {@link ai.thehog.client.HogClient} has done so far, counted by the client itself (a snapshot from
 * {@link ai.thehog.client.HogClient#stats()}; immutable). Counts start at zero when the client is built and cover
 * every thread that uses it. Credits are those the API stated in the answers this client read: a
 * figure the API did not state is not counted, so a total is a lower bound when some answers were
 * silent; {@link #callsWithActualCredits()} says how many did state what they charged.
 *
 * @param requests HTTP attempts sent, retries and polls included (an attempt the rate limiter did
 *     not let go before its deadline was not sent and is not counted)
 * @param retries of those, attempts that repeated an earlier failed one (after a 429, a 5xx, a
 *     timeout or a lost connection)
 * @param rateLimited answers with HTTP 429 (Too Many Requests)
 * @param creditsEstimated credits the API estimated before running the calls it stated them for
 *     ({@code meta.estimatedCost} of a 202, {@code meta.cost.estimated} of a 200)
 * @param creditsActual credits the API said it charged ({@code meta.cost.actual} of a 200, or the
 *     cost an operation's result reports, counted by each operation handle of this client that saw
 *     it end)
 * @param callsWithActualCredits answers (200s, and operations seen to end) that stated what they charged
 */
public record HogClientStats(long requests, long retries, long rateLimited, long creditsEstimated,
    long creditsActual, long callsWithActualCredits) {

  /** Nothing done yet. */
  static final HogClientStats NONE = new HogClientStats(0, 0, 0, 0, 0, 0);

  /**
   * Checks that no count is negative.
   *
   * @param requests HTTP attempts sent
   * @param retries of those, retries
   * @param rateLimited answers with HTTP 429
   * @param creditsEstimated credits the API estimated
   * @param creditsActual credits the API said it charged
   * @param callsWithActualCredits answers that stated what they charged
   * @throws IllegalArgumentException when a count is negative
   */
  public HogClientStats {
    if (requests < 0 || retries < 0 || rateLimited < 0 || creditsEstimated < 0 || creditsActual < 0
        || callsWithActualCredits < 0) {
      throw new IllegalArgumentException("client statistics cannot be negative");
    }
  }

  /**
   * What was done between {@code earlier} (a snapshot of the same client) and this snapshot, e.g.
   * the requests and credits of one job of a long-lived client.
   *
   * @param earlier an earlier snapshot of the same client
   * @return the difference, count by count
   * @throws IllegalArgumentException when {@code earlier} is not earlier (a count would be negative)
   */
  public HogClientStats since(HogClientStats earlier) {
    java.util.Objects.requireNonNull(earlier, "earlier");
    return new HogClientStats(requests - earlier.requests, retries - earlier.retries,
        rateLimited - earlier.rateLimited, creditsEstimated - earlier.creditsEstimated,
        creditsActual - earlier.creditsActual, callsWithActualCredits - earlier.callsWithActualCredits);
  }
}
