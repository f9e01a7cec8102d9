package ai.thehog.client.internal;

/**
 * A request tag: the client-clock time ({@link HogClock#nanoTime()}) after which no retry of the
 * request may start, so that retries of a poll never outlast the caller's total deadline; and
 * whether the call may wait out a server's Retry-After before it is sent (a call without retries
 * may not: it is told of the 429 at once).
 *
 * @param nanos the deadline on the client's clock
 * @param mayWaitForServer whether the call may wait for a rate-limit bucket the API paused
 */
public record Deadline(long nanos, boolean mayWaitForServer) {

  /** A deadline within which a call may wait for anything, the server's pause included (an await's). */
  public Deadline(long nanos) {
    this(nanos, true);
  }
}
