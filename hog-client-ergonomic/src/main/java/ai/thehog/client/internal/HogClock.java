package ai.thehog.client.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The client's source of time: every wait (rate limiter, retry backoff, polling) goes through it,
 * so that tests can use a fake clock and a sandbox can run time-scaled.
 */
public interface HogClock {

  /** Monotonic time in nanoseconds, in the client's (possibly scaled) time. */
  long nanoTime();

  /** Wall-clock time, used to read Retry-After given as an HTTP date. */
  Instant instant();

  /** Real nanoseconds that {@code clientNanos} of the client's time take (for timed waits on locks). */
  default long toRealNanos(long clientNanos) {
    return clientNanos;
  }

  /** Waits {@code duration} of the client's time. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real clock. */
  static HogClock system() {
    return SystemClock.INSTANCE;
  }

  /** A clock on which {@code scale} seconds pass for each real second (scale 10: ten times faster). */
  static HogClock scaled(HogClock real, double scale) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("timeScale must be a positive number, was " + scale);
    }
    return scale == 1.0 ? real : new ScaledClock(real, scale);
  }

  /** {@link System#nanoTime()} and {@link Thread#sleep}. */
  enum SystemClock implements HogClock {
    INSTANCE;

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public Instant instant() {
      return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      long nanos = duration.toNanos();
      if (nanos > 0) {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
      }
    }
  }

  /** Runs {@code scale} times faster than the real clock it wraps. */
  final class ScaledClock implements HogClock {
    private final HogClock real;
    private final double scale;
    private final long origin;

    ScaledClock(HogClock real, double scale) {
      this.real = real;
      this.scale = scale;
      this.origin = real.nanoTime();
    }

    @Override
    public long nanoTime() {
      return origin + (long) ((real.nanoTime() - origin) * scale);
    }

    @Override
    public Instant instant() {
      return real.instant();
    }

    @Override
    public long toRealNanos(long clientNanos) {
      return (long) (clientNanos / scale);
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      real.sleep(Duration.ofNanos((long) (duration.toNanos() / scale)));
    }
  }
}
