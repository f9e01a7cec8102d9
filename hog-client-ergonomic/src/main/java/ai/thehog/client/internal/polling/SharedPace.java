package ai.thehog.client.internal.polling;

import ai.thehog.client.internal.Durations;
import java.util.OptionalLong;

/**
 * What the operations of one batch run learn about how long their work takes, shared so that each
 * batch is polled about once. Batches of one run are alike, so one operation at a time learns the
 * pace for all (it polls by its progress, or by the policy without progress) while the others hold
 * their polls; as soon as it forecasts its end or ends, every operation aims its next poll at its
 * own 202 plus the shortest duration known to be enough: the latest end the learner's progress
 * allows, or the receipt of the poll that saw an operation end, counted from its 202 and with its
 * longest round trip added (the job began before the 202 came, by at most a round trip).
 *
 * <p>A duration learned from an end alone may be loose (the end was seen late, or a slow answer
 * widened the margin), so until a forecast from progress is known the next operation to ask learns
 * again, by its progress, unless a learner already saw its operation run without reporting progress
 * (then these operations report none, and the policy's schedule would only cost polls). If the
 * learner stops (ended, failed or gave up waiting), the next operation to ask takes its place.
 *
 * <p>Thread-safe. Durations are nanoseconds of the client's clock.
 */
public final class SharedPace {

  private long enoughNanos = Long.MAX_VALUE;
  /** The longest an operation of this run is known to have run (a poll aimed at the pace's end saw it running). */
  private long tooShortNanos;
  private boolean forecast;
  private boolean progressAbsent;
  private Object learner;

  /** The duration known to be enough for an operation of this run, from its 202; empty while none. */
  public synchronized OptionalLong enough() {
    return enoughNanos == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(enoughNanos);
  }

  /**
   * Whether {@code operation} learns the pace, polling by its own progress (or the policy) as well
   * as by the pace known; the first to ask becomes the learner while learning is still worth it.
   */
  public synchronized boolean learns(Object operation) {
    if (learner == null && (enoughNanos == Long.MAX_VALUE || !forecast && !progressAbsent)) {
      learner = operation;
    }
    return learner == operation;
  }

  /** Whether {@code operation} holds its polls: another learns and the pace is not known yet. */
  public synchronized boolean holds(Object operation) {
    return !learns(operation) && enoughNanos == Long.MAX_VALUE;
  }

  /**
   * Tells that an operation of this run is known to take at most {@code nanos} from its 202:
   * {@code fromProgress} when a forecast from its progress says so, rather than its end. Ignored
   * when not longer than an operation was seen to run.
   */
  public synchronized void enough(long nanos, boolean fromProgress) {
    if (nanos > tooShortNanos && nanos < enoughNanos) {
      enoughNanos = nanos;
      forecast |= fromProgress;
    }
  }

  /**
   * Tells that a poll aimed at the pace's end saw an operation still running {@code nanos} after
   * its 202: a duration known to be enough must be longer (one was not, when its 202 was slower
   * than the round trips that stood for it), so a pace up to that is forgotten and learned again.
   */
  public synchronized void tooShort(long nanos) {
    tooShortNanos = Math.max(tooShortNanos, nanos);
    if (enoughNanos <= tooShortNanos) {
      enoughNanos = Long.MAX_VALUE;
      forecast = false;
    }
  }

  /**
   * {@code operation} no longer polls (ended, failed or gave up); {@code ranWithoutProgress} when
   * it was seen running and never reported progress.
   */
  public synchronized void leave(Object operation, boolean ranWithoutProgress) {
    if (learner == operation) {
      learner = null;
      progressAbsent |= ranWithoutProgress;
    }
  }
}
