package ai.thehog.client.internal;

import java.time.Duration;

/** Durations as nanoseconds without overflow: a server may ask for any wait, the client clamps it. */
final class Durations {

  /** The longest wait the client takes from a server: a year (longer ones are read as a year). */
  static final Duration MAX_SERVER_WAIT = Duration.ofDays(365);

  private Durations() {
  }

  /** {@code duration} in nanoseconds, saturated at {@link Long#MAX_VALUE} / 4 instead of overflowing. */
  static long nanos(Duration duration) {
    long cap = Long.MAX_VALUE / 4;
    if (duration.compareTo(Duration.ofNanos(cap)) >= 0) {
      return cap;
    }
    return duration.isNegative() ? 0 : duration.toNanos();
  }

  /** {@code wait} from a server, clamped to 0 .. {@link #MAX_SERVER_WAIT}. */
  static Duration clampServerWait(Duration wait) {
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(MAX_SERVER_WAIT) > 0 ? MAX_SERVER_WAIT : wait;
  }
}
