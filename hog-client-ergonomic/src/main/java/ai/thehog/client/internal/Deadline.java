package ai.thehog.client.internal;

/**
 * A request tag: the client-clock time ({@link HogClock#nanoTime()}) after which no retry of the
 * request may start, so that retries of a poll never outlast the caller's total deadline.
 *
 * @param nanos the deadline on the client's clock
 */
public record Deadline(long nanos) {
}
