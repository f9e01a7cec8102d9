package ai.thehog.client;

import java.time.Duration;

/**
 * Spaces requests evenly so that no more than {@code perMinute} start in any minute: each caller
 * reserves the next free slot and waits for it. Shared by all threads; fair in arrival order of
 * reservations. It paces at {@value #HEADROOM} of the limit, so that requests bunched up by the
 * network on their way still arrive within the server's window.
 */
final class RateLimiter {

  static final double HEADROOM = 0.97;

  private final HogClock clock;
  private final long spacingNanos;
  private long nextFreeNanos;
  private boolean started;
  private long pausedUntilNanos;
  private boolean paused;

  RateLimiter(HogClock clock, int perMinute) {
    this.clock = clock;
    this.spacingNanos = (long) (Duration.ofMinutes(1).toNanos() / (perMinute * HEADROOM));
  }

  /** Waits for this caller's slot. */
  void acquire() throws InterruptedException {
    long wait = reserve();
    if (wait > 0) {
      clock.sleep(Duration.ofNanos(wait));
    }
  }

  /**
   * Holds every caller back for {@code pause} from now (the API answered 429 with Retry-After):
   * the other threads wait too, instead of collecting 429s of their own.
   */
  synchronized void pause(Duration pause) {
    long until = clock.nanoTime() + Durations.nanos(pause);
    if (!paused || until - pausedUntilNanos > 0) {
      paused = true;
      pausedUntilNanos = until;
    }
    if (!started || until - nextFreeNanos > 0) {
      started = true;
      nextFreeNanos = until;
    }
  }

  /**
   * Reserves the next slot if it starts within {@code maxWaitNanos} and says how long to wait for
   * it; -1 (nothing reserved) when it would start later.
   */
  synchronized long tryReserve(long maxWaitNanos) {
    long now = clock.nanoTime();
    long slot = !started || nextFreeNanos - now < 0 ? now : nextFreeNanos;
    if (slot - now > maxWaitNanos) {
      return -1;
    }
    return reserve();
  }

  /** How long the bucket stays paused by a Retry-After; zero when it is not. */
  synchronized Duration pausedFor() {
    long left = paused ? pausedUntilNanos - clock.nanoTime() : 0;
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  /** Reserves the next slot and says how long to wait for it. */
  synchronized long reserve() {
    long now = clock.nanoTime();
    if (!started || nextFreeNanos - now < 0) {
      started = true;
      nextFreeNanos = now;
    }
    long slot = nextFreeNanos;
    nextFreeNanos = slot + spacingNanos;
    return slot - now;
  }
}
