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
    long until = clock.nanoTime() + pause.toNanos();
    if (!started || until - nextFreeNanos > 0) {
      started = true;
      nextFreeNanos = until;
    }
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
