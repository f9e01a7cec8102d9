package ai.thehog.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The sandbox's clock: real (or injected) time, with durations run {@code scale} times faster. */
final class ScaledTime {

  private final Clock clock;
  private final double scale;

  ScaledTime(Clock clock, double scale) {
    this.clock = clock;
    this.scale = scale;
  }

  Instant now() {
    return clock.instant();
  }

  /** Sandbox time elapsed since {@code since}: clock time multiplied by the scale. */
  long scaledMillisSince(Instant since) {
    long real = Duration.between(since, now()).toMillis();
    return (long) Math.floor(Math.max(0, real) * scale);
  }

  /** The sandbox time {@code realMillis} of clock time make. */
  long sandboxMillis(long realMillis) {
    return (long) Math.ceil(Math.max(0, realMillis) * scale);
  }

  /** The clock time a sandbox duration takes. */
  long realMillis(Duration sandboxDuration) {
    return Math.max(1, (long) Math.ceil(sandboxDuration.toMillis() / scale));
  }
}
