package ai.thehog.client.internal.ratelimit;

import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.HogClock;
import java.time.Duration;

/**
 * Keeps the requests that start in any window of one minute at or below {@code perMinute}, the
 * way a server's per-minute window counts them: up to the limit may start at once (a burst), and
 * the next waits until the oldest of the last {@code perMinute} is more than a window old. A
 * request's time is that of its slot until it is {@link #answered()}, then that of its answer: the
 * server counts it at some moment in between, so a request that is slow to arrive (a cold start, a
 * busy server) cannot make the server see more than the limit in one of its windows, whether fixed
 * or sliding. A request not yet answered when its slot is the oldest counts as answered now. Each
 * caller reserves the next free slot and waits for it; shared by all threads, fair in arrival
 * order of reservations. The window it keeps is 0.5% longer than a minute, so
 * that requests bunched up by the network on their way still arrive within the server's limit.
 * Limits above {@value #MAX_TRACKED} per minute are paced evenly instead (no burst), which needs
 * no memory per request.
 */
public final class RateLimiter {

  /** The window kept: a minute and 0.5%. */
  public static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos() * 1005 / 1000;
  public static final int MAX_TRACKED = 4096;

  private final HogClock clock;
  private final long windowNanos;
  /** Times of the last {@code perMinute} slots (their start, or their answer once answered), oldest at {@code oldest}; null when paced evenly. */
  private final long[] slots;
  /** Whether each slot still waits for its answer. */
  private final boolean[] pending;
  private final long spacingNanos;
  private int oldest;
  private int reserved;
  private long nextFreeNanos;
  private boolean started;
  private long pausedUntilNanos;
  private boolean paused;

  public RateLimiter(HogClock clock, int perMinute) {
    this.clock = clock;
    this.windowNanos = WINDOW_NANOS;
    this.slots = perMinute <= MAX_TRACKED ? new long[perMinute] : null;
    this.pending = slots == null ? null : new boolean[perMinute];
    this.spacingNanos = windowNanos / perMinute;
  }

  /** Waits for this caller's slot. */
  public void acquire() throws InterruptedException {
    long wait = reserve();
    if (wait > 0) {
      clock.sleep(Duration.ofNanos(wait));
    }
  }

  /**
   * Holds every caller back for {@code pause} from now (the API answered 429 with Retry-After):
   * the other threads wait too, instead of collecting 429s of their own.
   */
  public synchronized void pause(Duration pause) {
    long until = clock.nanoTime() + Durations.nanos(pause);
    if (!paused || until - pausedUntilNanos > 0) {
      paused = true;
      pausedUntilNanos = until;
    }
  }

  /**
   * Reserves the next slot if it starts within {@code maxWaitNanos} and says how long to wait for
   * it; -1 (nothing reserved) when it would start later.
   */
  public synchronized long tryReserve(long maxWaitNanos) {
    long now = clock.nanoTime();
    if (nextSlot(now) - now > maxWaitNanos) {
      return -1;
    }
    return reserve();
  }

  /** How long the bucket stays paused by a Retry-After; zero when it is not. */
  public synchronized Duration pausedFor() {
    long left = paused ? pausedUntilNanos - clock.nanoTime() : 0;
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  /** Reserves the next slot and says how long to wait for it. */
  public synchronized long reserve() {
    long now = clock.nanoTime();
    long slot = nextSlot(now);
    if (slots == null) {
      started = true;
      nextFreeNanos = slot + spacingNanos;
    } else if (reserved < slots.length) {
      int index = (oldest + reserved++) % slots.length;
      slots[index] = slot;
      pending[index] = true;
    } else {
      slots[oldest] = slot;
      pending[oldest] = true;
      oldest = (oldest + 1) % slots.length;
    }
    return slot - now;
  }

  /**
   * A request sent in a slot was answered (or failed) now: the oldest slot that started and waits
   * for its answer takes the answer's time. Which request it was does not matter: the times kept
   * are then those of the answers received, and each slot reserved still follows one of them by a
   * window.
   */
  public synchronized void answered() {
    if (slots == null) {
      return;
    }
    long now = clock.nanoTime();
    for (int i = 0; i < reserved; i++) {
      int index = (oldest + i) % slots.length;
      if (pending[index] && slots[index] - now <= 0) {
        slots[index] = now;
        pending[index] = false;
        return;
      }
    }
  }

  /** When the next slot may start: now, after a pause, and after the window of the oldest kept slot. */
  private long nextSlot(long now) {
    long slot = now;
    if (paused && pausedUntilNanos - slot > 0) {
      slot = pausedUntilNanos;
    }
    if (slots == null) {
      if (started && nextFreeNanos - slot > 0) {
        slot = nextFreeNanos;
      }
    } else if (reserved == slots.length) {
      long counted = pending[oldest] && now - slots[oldest] > 0 ? now : slots[oldest];
      long free = counted + windowNanos;
      if (free - slot > 0) {
        slot = free;
      }
      // Slots are reserved in order, so the newest is never later than this one.
    }
    if (reserved > 0 && slots != null) {
      long newest = slots[(oldest + reserved - 1) % slots.length];
      if (newest - slot > 0) {
        slot = newest;
      }
    }
    return slot;
  }
}
