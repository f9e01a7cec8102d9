package ai.thehog.client.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Runs blocking work on an executor as a future whose cancellation interrupts the work. */
public final class Workers {

  private Workers() {
  }

  public static <T> CompletableFuture<T> submit(ExecutorService executor, Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Future<?> task = executor.submit(() -> {
      try {
        result.complete(work.get());
      } catch (Throwable failure) {
        result.completeExceptionally(failure);
      }
    });
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        task.cancel(true);
      }
    });
    return result;
  }
}
