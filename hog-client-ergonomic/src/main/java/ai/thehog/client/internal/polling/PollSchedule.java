package ai.thehog.client.internal.polling;

import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.error.HogNetworkException;
import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.HogClock;
import ai.thehog.model.Operation;
import ai.thehog.model.OperationStatus;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * When one operation handle polls next: after the 202 or the last poll, by the server's Retry-After,
 * else by the end its reported progress forecasts ({@link ProgressForecast}) or the policy's
 * backoff, or by the shared pace of its batch run ({@link SharedPace}); never less than a second.
 * Not thread-safe: the handle calls it under its poll lock.
 */
public final class PollSchedule {

  /** How often an operation held for its batch run's pace looks whether the pace is known. */
  private static final long HOLD_STEP_NANOS = Duration.ofMillis(250).toNanos();

  private final PollingPolicy policy;
  private final HogClock clock;
  private long lastPollNanos;
  private boolean polled;
  private Duration serverWait;
  private int polls;
  /** What the operations of one batch run learn of their duration; null for an operation on its own. */
  private SharedPace pace;
  /** The value of {@link #polls} after the poll aimed at the shared pace's end; 0 before it. */
  private int pacePolls;
  private long longestRoundTrip;
  /** Whether a poll saw this operation running, and whether one reported progress above zero. */
  private boolean seenRunning;
  private boolean seenProgress;
  /** When the 202 came (client clock), or the first poll of a resumed handle; -1 while unknown. */
  private long acceptedNanos = -1;
  private final ProgressForecast forecast;

  /** A schedule; {@code justAccepted}: the 202 came now and counts as the first observation. */
  public PollSchedule(PollingPolicy policy, HogClock clock, boolean justAccepted) {
    this.policy = policy;
    this.clock = clock;
    if (justAccepted) {
      // The first poll comes one interval after the 202.
      this.polled = true;
      this.lastPollNanos = clock.nanoTime();
      this.acceptedNanos = lastPollNanos;
    }
    this.forecast = new ProgressForecast(acceptedNanos);
  }

  /** Joins a batch run's shared pace; ignored for a resumed handle, whose 202 time is unknown. */
  public void sharePace(SharedPace shared) {
    this.pace = acceptedNanos >= 0 ? shared : null;
  }

  /** Tells the shared pace, if any, that this operation no longer polls. */
  public void leavePace() {
    if (pace != null) {
      pace.leave(this, seenRunning && !seenProgress);
    }
  }

  /** Whether a poll (or the 202) was seen. */
  public boolean polled() {
    return polled;
  }

  /** The polls sent so far. */
  public int polls() {
    return polls;
  }

  /** When the last poll (or the 202) was, client clock. */
  public long lastPollNanos() {
    return lastPollNanos;
  }

  /** When the next poll is due, client clock: now before any poll. */
  public long nextDue() {
    return polled ? lastPollNanos + Durations.nanos(nextWait()) : clock.nanoTime();
  }

  /** The wait the server asked for (Retry-After), or null. */
  public void serverWait(Duration wait) {
    this.serverWait = wait;
  }

  /** A poll is sent now; returns its time, client clock. */
  public long pollStarts() {
    lastPollNanos = clock.nanoTime();
    polled = true;
    polls++;
    serverWait = null;
    return lastPollNanos;
  }

  /** The wait from the last poll to the next one: Retry-After, else progress or the policy, or the shared pace. */
  public Duration nextWait() {
    Duration wait = serverWait;
    if (wait == null) {
      Duration own = predictedFromProgress();
      if (own == null) {
        // Past the shared pace's end, the backoff starts again from its first interval.
        own = policy.interval(polls - pacePolls);
      }
      Duration paced = pacedWait();
      // The operation that learns the pace polls by its own progress too, whichever comes first.
      wait = paced == null || pace.learns(this) && own.compareTo(paced) < 0 ? own : paced;
    }
    return wait.compareTo(Durations.MIN_POLL_INTERVAL) < 0 ? Durations.MIN_POLL_INTERVAL : wait;
  }

  /**
   * The wait, from the last poll, until the end the shared pace of a batch run calls for (capped by
   * the policy's maximum interval); null when there is none, it was tried already, or this
   * operation's own progress forecasts an earlier end. Holds pollLock.
   */
  private Duration pacedWait() {
    long target = paceTarget();
    if (target == Long.MIN_VALUE) {
      return null;
    }
    OptionalDouble own = forecast.forecastEnd();
    if (own.isPresent() && own.getAsDouble() < target) {
      return null;
    }
    long wait = Math.min(target - lastPollNanos, policy.maxInterval().toNanos());
    return Duration.ofNanos(Math.max(0, wait));
  }

  /** When (client clock) the shared pace says this operation has ended; MIN_VALUE when it says nothing (yet). */
  private long paceTarget() {
    if (pace == null || pacePolls > 0) {
      return Long.MIN_VALUE;
    }
    OptionalLong enough = pace.enough();
    return enough.isPresent() ? acceptedNanos + enough.getAsLong() : Long.MIN_VALUE;
  }

  /**
   * Whether this operation holds its polls while another operation of its batch run learns the
   * pace: one poll then serves where each would have needed several. Holds pollLock.
   */
  public boolean heldForPace() {
    return pace != null && pacePolls == 0 && pace.holds(this);
  }

  /**
   * The wait, from the last poll, until the next poll the reported progress calls for
   * ({@link ProgressForecast}); null when no progress was reported. A poll aimed at the end that
   * does not see it is followed by the policy's backoff, from its first interval. Holds pollLock.
   */
  private Duration predictedFromProgress() {
    OptionalDouble next = forecast.nextPoll();
    if (next.isEmpty()) {
      return null;
    }
    double wait = next.getAsDouble() - lastPollNanos;
    if (wait < Durations.MIN_POLL_INTERVAL.toNanos()) {
      return policy.interval(Math.max(0, forecast.missedEnds() - 1));
    }
    // Rounded up: the poll goes at or after the time aimed at, never a nanosecond before.
    return Duration.ofNanos((long) Math.ceil(Math.min(wait, Durations.MAX_SERVER_WAIT.toNanos())));
  }

  /** Keeps what a poll sent at {@code sent} and answered at {@code received} said. Holds pollLock. */
  public void observe(Operation operation, long sent, long received) {
    longestRoundTrip = Math.max(longestRoundTrip, received - sent);
    long target = paceTarget();
    if (target != Long.MIN_VALUE && sent - target >= 0) {
      pacePolls = polls;
      if (!OperationStates.isTerminal(operation.status())) {
        // Still running when the pace said it had ended: the pace was too short.
        pace.tooShort(sent - acceptedNanos);
      }
    }
    if (OperationStates.isTerminal(operation.status())) {
      if (pace != null) {
        OperationStatus.Known status = operation.status().known();
        if (status == OperationStatus.Known.SUCCEEDED || status == OperationStatus.Known.PARTIAL_SUCCESS) {
          // It ended before this answer came, and began at most a round trip before its 202.
          pace.enough(received - acceptedNanos + longestRoundTrip, false);
        }
        pace.leave(this, seenRunning && !seenProgress);
      }
      return;
    }
    if (acceptedNanos < 0) {
      // A resumed handle: its first poll is the earliest time known.
      acceptedNanos = sent;
    }
    forecast.observe(operation.progress(), sent, received);
    seenRunning = true;
    seenProgress |= operation.progress() != null && operation.progress() > 0;
    if (pace != null) {
      OptionalDouble end = forecast.forecastEnd();
      if (end.isPresent()) {
        pace.enough((long) Math.ceil(end.getAsDouble()) - acceptedNanos + longestRoundTrip, true);
      }
    }
  }

  /** Waits for the next allowed poll of operation {@code id}; false when that would be past the deadline. */
  public boolean waitForTurn(long deadline, String id) {
    if (!polled) {
      return clock.nanoTime() - deadline < 0;
    }
    // Held while another operation of the batch run learns the pace, at most the policy's longest
    // interval since this operation's last poll (or 202), in short steps so the news is used soon.
    long holdUntil = lastPollNanos + policy.maxInterval().toNanos();
    while (heldForPace()) {
      long now = clock.nanoTime();
      if (now - holdUntil >= 0) {
        break;
      }
      long step = Math.min(HOLD_STEP_NANOS, holdUntil - now);
      if (now + step - deadline > 0) {
        sleep(clock, deadline - now, id);
        return false;
      }
      sleep(clock, step, id);
    }
    long due = nextDue();
    long now = clock.nanoTime();
    if (due - deadline > 0) {
      sleep(clock, deadline - now, id);
      return false;
    }
    sleep(clock, due - now, id);
    return true;
  }

  /** Sleeps {@code nanos} of the client's time; an interrupt ends the wait for {@code what}. */
  public static void sleep(HogClock clock, long nanos, String what) {
    if (nanos <= 0) {
      return;
    }
    try {
      clock.sleep(Duration.ofNanos(nanos));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HogNetworkException("Waiting for " + what + " was interrupted; resume later with the operation id.", e);
    }
  }
}
