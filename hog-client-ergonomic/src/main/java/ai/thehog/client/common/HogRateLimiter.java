package ai.thehog.client.common;

import java.time.Duration;

/**
 * Client-side rate limiting: every request reserves a slot in the bucket {@value #REQUESTS}, and
 * every poll of an operation also one in {@value #POLLS}, before it is sent. A 429 with Retry-After
 * pauses the bucket for every caller. The default is an in-process limiter per client set by
 * {@link ai.thehog.client.HogClientBuilder#rateLimits(RateLimits)}; give your own (e.g. one shared by several
 * processes) with {@link ai.thehog.client.HogClientBuilder#rateLimiter(HogRateLimiter)}. Implementations must be
 * thread-safe. Times are the client's time (real time against the real API).
 */
public interface HogRateLimiter {

  /** The bucket of every request. */
  String REQUESTS = "requests";
  /** The bucket of operation polls ({@code GET /api/operations/{id}}). */
  String POLLS = "polls";

  /**
   * Reserves the next free slot of {@code bucket} and waits for it, unless it would start more
   * than {@code maxWait} from now: then nothing is reserved and no time is spent.
   *
   * @param bucket {@link #REQUESTS} or {@link #POLLS}
   * @param maxWait the longest the caller may wait (what is left of its deadline)
   * @return true when the caller may send now; false when no slot comes within {@code maxWait}
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  boolean tryAcquire(String bucket, Duration maxWait) throws InterruptedException;

  /**
   * Holds back every caller of {@code bucket} for {@code pause} from now (the API answered 429 with
   * Retry-After); a shorter pause than one already in force has no effect.
   *
   * @param bucket {@link #REQUESTS} or {@link #POLLS}
   * @param pause how long
   */
  void pause(String bucket, Duration pause);

  /**
   * How long {@code bucket} stays paused, to tell a caller when to retry.
   *
   * @param bucket {@link #REQUESTS} or {@link #POLLS}
   * @return the time left, zero when not paused
   */
  Duration pausedFor(String bucket);

  /**
   * Tells that a request sent in a slot of {@code bucket} was answered (or failed) now. The API
   * counts a request at some moment between its send and its answer, so a limiter that counts each
   * request's minute from its answer keeps every minute of the API's at or below the limit, however
   * long requests take to arrive. The default does nothing.
   *
   * @param bucket {@link #REQUESTS} or {@link #POLLS}
   */
  default void answered(String bucket) {
  }
}
