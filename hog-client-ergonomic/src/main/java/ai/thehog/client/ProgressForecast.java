package ai.thehog.client;

import java.util.OptionalDouble;

/**
 * When to poll an operation next, from the {@code progress} (0-100) its polls reported, so that
 * the poll after the end comes just after it. Percentages are whole numbers, so a report bounds
 * the rate of progress (two reports: between them; one report: since the last poll without
 * progress, or since the 202), and the rate bounds the end.
 *
 * <p>Two uses of those bounds, two readings of time. Whether the end is known closely enough
 * (the earliest and latest possible ends within max(1 s, 5% of the job)), and where a poll that
 * only learns the rate goes (the earliest end), are read on the polls' send times, the schedule
 * the poller keeps. The poll aimed at the end goes to the latest end the observations allow when
 * their timing is taken as it is known: the server computed each percentage at some moment
 * between the poll's send and the receipt of its answer, and the job began before its 202 came,
 * by at most a round trip (the longest round trip of this operation's polls stands for that of
 * its submit, which the handle did not time). So that poll is not sent before the end, however
 * the requests and answers were delayed, and the end is seen by the first poll after it.
 *
 * <p>Not thread-safe: its operation handle calls it under its poll lock. Times are nanoseconds on
 * the client's clock.
 */
final class ProgressForecast {

  /** A poll: sent at {@code sent}, its answer received at {@code received}. */
  private record Poll(long sent, long received) {
  }

  /** When to send the next poll, and whether it is aimed at the end (rather than at learning the rate). */
  private record Aim(double at, boolean end) {
  }

  /** When the 202 came, the latest the job can have begun; -1 for a resumed handle until its first poll. */
  private long accepted;
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
   * resumed (its first poll then stands for the start).
   */
  ProgressForecast(long acceptedNanos) {
    this.accepted = acceptedNanos;
  }

  /**
   * Keeps what a poll of a running operation said: {@code percent} (null or 0 for none), asked at
   * {@code sentNanos} and answered at {@code receivedNanos}.
   */
  void observe(Integer percent, long sentNanos, long receivedNanos) {
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
  int missedEnds() {
    return missedEnds;
  }

  /**
   * When (client clock) the next poll should be sent; empty while no progress was reported: when
   * the earliest and latest possible ends are close, the latest end; otherwise the earliest, where
   * a poll learns the rate better, and from a single report no further ahead than the time that
   * report covers.
   */
  OptionalDouble nextPoll() {
    Aim aim = aim();
    return aim == null ? OptionalDouble.empty() : OptionalDouble.of(aim.at());
  }

  private Aim aim() {
    if (first == null) {
      return null;
    }
    boolean single = lastPercent <= firstPercent;
    // The reference the progress is counted from (its poll, and its time on send times), and the
    // progress made since, at least (as the timing is known, and on send times) and at most.
    Poll from;
    long nominalFrom;
    int least;
    int nominalLeast;
    int most;
    if (!single) {
      from = first;
      nominalFrom = first.sent();
      least = Math.max(0, lastPercent - firstPercent - 1);
      nominalLeast = least;
      most = lastPercent - firstPercent + 1;
    } else if (withoutProgress != null) {
      // Below 1% at that poll: more than p - 1 since; on send times, taken as p.
      from = withoutProgress;
      nominalFrom = withoutProgress.sent();
      least = lastPercent - 1;
      nominalLeast = lastPercent;
      most = lastPercent + 1;
    } else {
      // Exactly 0% when the job began: at most a round trip before its 202 came; on send times, at the 202.
      from = new Poll(accepted - longestRoundTrip, accepted);
      nominalFrom = accepted;
      least = lastPercent;
      nominalLeast = lastPercent;
      most = lastPercent + 1;
    }
    double span = last.sent() - nominalFrom;
    if (span <= 0) {
      return null;
    }
    double earliest = last.sent() + Math.max(0, 99 - lastPercent) * span / most;
    double latest = nominalLeast <= 0 ? Double.MAX_VALUE : last.sent() + (100 - lastPercent) * span / nominalLeast;
    double tolerance = Math.max(PollingPolicy.MIN_INTERVAL.toNanos(), 0.05 * (earliest - accepted));
    Aim aim = latest - earliest <= tolerance ? new Aim(latestEnd(from, least), true) : new Aim(earliest, false);
    if (single && aim.at() > last.sent() + span) {
      // One report may come from progress that began late: do not trust it further than it covers.
      return new Aim(last.sent() + span, false);
    }
    return aim;
  }

  /**
   * The latest the operation can end: at the slowest rate the timing allows (the least progress
   * over the longest time, from the reference's send to the latest answer's receipt), the rest
   * from the latest answer's receipt.
   */
  private double latestEnd(Poll from, int least) {
    if (least <= 0) {
      return Double.MAX_VALUE;
    }
    double longest = last.received() - from.sent();
    return last.received() + (100 - lastPercent) * longest / least;
  }
}
