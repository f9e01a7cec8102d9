package ai.thehog.client.internal.polling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The threads waiting on one handle, so that {@code stopWaiting()} can wake them: it interrupts
 * each while it is registered (never after it left), and each sees that it was stopped by the
 * count of stops having moved since it entered.
 */
public final class Waiters {

  private final Map<Thread, Integer> threads = new HashMap<>();
  private long stops;

  /** Registers the calling thread as waiting; returns what {@link #stopped(long)} and {@link #leave(long)} take. */
  public synchronized long enter() {
    threads.merge(Thread.currentThread(), 1, Integer::sum);
    return stops;
  }

  /** Whether {@link #stop()} was called since {@code entered}. */
  public synchronized boolean stopped(long entered) {
    return stops != entered;
  }

  /**
   * Unregisters the calling thread; when it was stopped since {@code entered}, clears the interrupt
   * this class gave it, so that it does not leak into the caller's next blocking call.
   */
  public void leave(long entered) {
    boolean stopped;
    synchronized (this) {
      threads.computeIfPresent(Thread.currentThread(), (t, n) -> n == 1 ? null : n - 1);
      stopped = stops != entered;
    }
    if (stopped) {
      Thread.interrupted();
    }
  }

  /** Wakes every thread waiting now; later waits are not affected. */
  public synchronized void stop() {
    stops++;
    threads.keySet().forEach(Thread::interrupt);
  }

  /**
   * Runs the wait {@code work} with the calling thread registered; what it throws after a
   * {@link #stop()} becomes {@code whenStopped} of it.
   */
  public <T> T during(Supplier<T> work, Function<RuntimeException, RuntimeException> whenStopped) {
    return duringAll(List.of(this), work, (i, e) -> whenStopped.apply(e));
  }

  /** {@link #during} on several handles at once; {@code whenStopped} takes the index of the first one stopped. */
  public static <T> T duringAll(List<Waiters> all, Supplier<T> work,
      BiFunction<Integer, RuntimeException, RuntimeException> whenStopped) {
    long[] entered = new long[all.size()];
    for (int i = 0; i < entered.length; i++) {
      entered[i] = all.get(i).enter();
    }
    try {
      return work.get();
    } catch (RuntimeException e) {
      for (int i = 0; i < entered.length; i++) {
        if (all.get(i).stopped(entered[i])) {
          throw whenStopped.apply(i, e);
        }
      }
      throw e;
    } finally {
      for (int i = 0; i < entered.length; i++) {
        all.get(i).leave(entered[i]);
      }
    }
  }
}
