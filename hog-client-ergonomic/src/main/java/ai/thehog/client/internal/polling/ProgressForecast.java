package ai.thehog.client.internal.polling;

import ai.thehog.client.internal.Durations;
import java.util.OptionalDouble;

/**
 * When to poll an operation next, from the {@code progress} (0-100) its polls reported, so that
 * the poll after the end comes just after it. Percentages are whole numbers, so reports bound the
 * rate of progress (two reports: between them; one report: since the last poll without progress,
 * or since the 202), and the rate bounds the end. The bounds also allow for the timing of what was
 * seen: the server computed each percentage at some moment between the poll's send and the
 * receipt of its answer, and the job began before its 202 came, by at most a round trip (the
 * longest round trip of this operation's polls stands for that of its submit, which the handle did
 * not time). So the earliest end takes the shortest time the progress can have taken, and the
 * latest end the longest, counted on from the answer's receipt: a poll sent at the latest end is
 * not early, however requests and answers were delayed, and one sent at the earliest is not late.
 *
 * <p>Not thread-safe: its operation handle calls it under its poll lock. Times are nanoseconds on
 * the client's clock.
 */
public final class ProgressForecast {

  /** A poll: sent at {@code sent}, its answer received at {@code received}. */
  private record Poll(long sent, long received) {
  }

  /** When to send the next poll, and whether it is aimed at the end (rather than at learning the rate). */
  private record Aim(double at, boolean end) {
  }

  /** When the 202 came, the latest the job can have begun; for a resumed handle, its first poll (-1 before). */
  private long accepted;
  /** Whether the 202 was seen: only then is the job known to have been at 0% at {@link #accepted}. */
  private final boolean started;
  private long longestRoundTrip;
  /** Latest poll without progress above zero, before progress was first reported; null if none. */
  private Poll withoutProgress;
  /** First and latest report of progress above zero; first null while none. */
  private Poll first;
  private int firstPercent;
  private Poll last;
  private int lastPercent;
  private int missedEnds;

  /**
   * A forecast for an operation whose 202 came at {@code acceptedNanos}, or -1 when the handle was
   * resumed (its first poll then stands for the start, though not for 0% progress).
   */
  public ProgressForecast(long acceptedNanos) {
    this.accepted = acceptedNanos;
    this.started = acceptedNanos >= 0;
  }

  /**
   * Keeps what a poll of a running operation said: {@code percent} (null or 0 for none), asked at
   * {@code sentNanos} and answered at {@code receivedNanos}.
   */
  public void observe(Integer percent, long sentNanos, long receivedNanos) {
    longestRoundTrip = Math.max(longestRoundTrip, receivedNanos - sentNanos);
    if (accepted < 0) {
      accepted = sentNanos;
    }
    Poll poll = new Poll(sentNanos, receivedNanos);
    if (percent == null || percent <= 0) {
      if (first == null) {
        withoutProgress = poll;
      }
      return;
    }
    Aim due = aim();
    missedEnds = due != null && due.end() && sentNanos >= due.at() ? missedEnds + 1 : 0;
    if (first == null || percent < lastPercent) {
      // First report, or progress went back (a new phase): start learning the rate again.
      first = poll;
      firstPercent = percent;
    }
    last = poll;
    lastPercent = percent;
  }

  /**
   * Polls in a row that were aimed at the latest possible end and did not see it (the operation
   * runs slower than its progress said).
   */
  public int missedEnds() {
    return missedEnds;
  }

  /**
   * When (client clock) the next poll should be sent; empty while no progress was reported: when
   * the earliest and latest possible ends are close (within max(1 s, 5% of the shortest the job
   * can be)), the latest end; otherwise the earliest, where a poll learns the rate better. From a
   * single report, no further ahead than the operation's age when the report was asked for, so
   * that progress which began late, whose rate one report cannot tell, costs a lag of at most that.
   */
  public OptionalDouble nextPoll() {
    Aim aim = aim();
    return aim == null ? OptionalDouble.empty() : OptionalDouble.of(aim.at());
  }

  /**
   * The latest the operation can end, when the progress pins its end closely enough that the next
   * poll is aimed at it; empty otherwise.
   */
  public OptionalDouble forecastEnd() {
    Aim aim = aim();
    return aim != null && aim.end() ? OptionalDouble.of(aim.at()) : OptionalDouble.empty();
  }

  private Aim aim() {
    if (first == null) {
      return null;
    }
    boolean single = lastPercent <= firstPercent;
    // The reference progress is counted from, and the progress made since: at least and at most.
    Poll from;
    int least;
    int most;
    if (!single) {
      from = first;
      least = Math.max(0, lastPercent - firstPercent - 1);
      most = lastPercent - firstPercent + 1;
    } else if (withoutProgress != null) {
      // Below 1% at that poll: more than p - 1 since, less than p + 1.
      from = withoutProgress;
      least = lastPercent - 1;
      most = lastPercent + 1;
    } else if (started) {
      // Exactly 0% when the job began: at most a round trip before its 202 came.
      from = new Poll(accepted - longestRoundTrip, accepted);
      least = lastPercent;
      most = lastPercent + 1;
    } else {
      // A resumed handle's first report says nothing of the rate.
      return null;
    }
    double shortest = last.sent() - from.received();
    if (shortest <= 0) {
      return null;
    }
    double longest = last.received() - from.sent();
    double earliest = last.sent() + Math.max(0, 99 - lastPercent) * shortest / most;
    double latest = least <= 0 ? Double.MAX_VALUE : last.received() + (100 - lastPercent) * longest / least;
    double tolerance = Math.max(Durations.MIN_POLL_INTERVAL.toNanos(), 0.05 * (earliest - accepted));
    Aim aim = latest - earliest <= tolerance ? new Aim(latest, true) : new Aim(earliest, false);
    double reach = last.sent() + (last.sent() - accepted);
    if (single && aim.at() > reach) {
      return new Aim(reach, false);
    }
    return aim;
  }
}
