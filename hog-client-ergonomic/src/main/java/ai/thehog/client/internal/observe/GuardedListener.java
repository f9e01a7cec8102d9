package ai.thehog.client.internal.observe;

import ai.thehog.client.common.HogClientListener;
import ai.thehog.model.OperationStatus;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls the application's {@link HogClientListener} so that an exception it throws never fails a call. */
public final class GuardedListener implements HogClientListener {

  public static final GuardedListener NONE = new GuardedListener(new HogClientListener() { });

  private static final Logger LOG = LoggerFactory.getLogger(HogClientListener.class);

  private final HogClientListener listener;

  private GuardedListener(HogClientListener listener) {
    this.listener = listener;
  }

  public static GuardedListener of(HogClientListener listener) {
    return listener == null ? NONE : new GuardedListener(listener);
  }

  @Override
  public void onAttempt(String operation, int statusCode, Duration duration) {
    guard(() -> listener.onAttempt(operation, statusCode, duration), "onAttempt");
  }

  @Override
  public void onRetry(String operation, int attempt, Duration wait) {
    guard(() -> listener.onRetry(operation, attempt, wait), "onRetry");
  }

  @Override
  public void onRateLimitWait(String bucket, Duration waited, boolean acquired) {
    guard(() -> listener.onRateLimitWait(bucket, waited, acquired), "onRateLimitWait");
  }

  @Override
  public void onCredits(String operation, Long estimated, Long actual) {
    if (estimated != null || actual != null) {
      guard(() -> listener.onCredits(operation, estimated, actual), "onCredits");
    }
  }

  @Override
  public void onOperationEnded(String operation, OperationStatus status, int polls, Duration duration) {
    guard(() -> listener.onOperationEnded(operation, status, polls, duration), "onOperationEnded");
  }

  private static void guard(Runnable call, String method) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("The client's listener threw {} in {}; the call goes on", e.getClass().getName(), method);
    }
  }
}
