package ai.thehog.client.internal;

import java.time.Duration;

/** Durations as nanoseconds without overflow: a server may ask for any wait, the client clamps it. */
public final class Durations {

  /** The longest wait the client takes from a server: a year (longer ones are read as a year). */
  public static final Duration MAX_SERVER_WAIT = Duration.ofDays(365);

  /** The shortest time between two polls of one operation (the API's docs: at most once per second). */
  public static final Duration MIN_POLL_INTERVAL = Duration.ofSeconds(1);

  private Durations() {
  }

  /** {@code duration}, checked to be positive; {@code name} is the setting named in the error. */
  public static Duration positive(Duration duration, String name) {
    java.util.Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }

  /** {@code duration} in nanoseconds, saturated at {@link Long#MAX_VALUE} / 4 instead of overflowing. */
  public static long nanos(Duration duration) {
    long cap = Long.MAX_VALUE / 4;
    if (duration.compareTo(Duration.ofNanos(cap)) >= 0) {
      return cap;
    }
    return duration.isNegative() ? 0 : duration.toNanos();
  }

  /** {@code wait} from a server, clamped to 0 .. {@link #MAX_SERVER_WAIT}. */
  public static Duration clampServerWait(Duration wait) {
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(MAX_SERVER_WAIT) > 0 ? MAX_SERVER_WAIT : wait;
  }
}
