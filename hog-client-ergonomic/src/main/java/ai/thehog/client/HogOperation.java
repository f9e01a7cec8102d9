package ai.thehog.client;

import ai.thehog.model.Operation;
import ai.thehog.model.OperationStatus;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;

/**
 * A long-running operation on the server: poll it once, wait for it with a total deadline, follow
 * its progress, or keep its {@link #id()} and resume it later with
 * {@code client.operations().resume(id, type)}. Thread-safe; polls of one handle are never less
 * than one second apart, whoever calls.
 *
 * @param <T> the type of the operation's result
 */
public final class HogOperation<T> {

  private static final Logger log = LoggerFactory.getLogger(HogOperation.class);

  private final ClientCore core;
  private final String id;
  private final HttpUrl pollUrl;
  private final Meta meta;
  private final ResultType<T> resultType;
  private final List<ProgressListener> listeners = new CopyOnWriteArrayList<>();

  private volatile Operation latest;
  private String latestRequestId;
  private long lastPollNanos;
  private boolean polled;
  private Duration serverWait;
  private int polls;
  private Duration expectedDuration;

  HogOperation(ClientCore core, String id, HttpUrl pollUrl, Meta meta, ResultType<T> resultType, boolean justAccepted) {
    this.core = core;
    this.id = Objects.requireNonNull(id, "id");
    this.pollUrl = pollUrl;
    this.meta = meta;
    this.resultType = resultType;
    if (justAccepted) {
      // The 202 counts as the first observation: the first poll comes one interval later.
      this.polled = true;
      this.lastPollNanos = core.clock.nanoTime();
    }
  }

  /**
   * Makes the first poll wait at least {@code duration} after the 202: used by batch enrichment,
   * which learns how long its batches take, so that each later batch is polled about once.
   */
  void expectDuration(Duration duration) {
    this.expectedDuration = duration;
  }

  /** The operation id; enough to resume it from another process. */
  public String id() {
    return id;
  }

  /** The absolute URL polled for this operation. */
  public String pollUrl() {
    return pollUrl.toString();
  }

  /** Meta of the request that started the operation (request id, estimated cost), or empty when resumed. */
  public Meta meta() {
    return meta;
  }

  /** The last state polled, if any. */
  public Optional<Operation> latest() {
    return Optional.ofNullable(latest);
  }

  /** Adds a listener told after every poll; returns this handle. */
  public HogOperation<T> onProgress(ProgressListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Polls once (waiting first if the previous poll of this handle was less than a second ago, or
   * the API asked to wait) and returns the state. Does not throw for {@code failed}: inspect the
   * status.
   */
  public synchronized Operation poll() {
    waitBeforePoll(core.clock.nanoTime() + Duration.ofDays(365).toNanos());
    return pollNow(null);
  }

  /**
   * Waits until the operation ends or {@code timeout} passes, in total, however many polls that
   * takes.
   *
   * @return {@link OperationOutcome.Succeeded} or {@link OperationOutcome.PartialSuccess}
   * @throws HogOperationFailedException status {@code failed}
   * @throws HogOperationCancelledException status {@code cancelled}
   * @throws HogOperationTimeoutException the deadline passed first; the operation goes on
   */
  public synchronized OperationOutcome<T> await(Duration timeout) {
    RetryPolicy.positive(timeout, "timeout");
    long deadline = core.clock.nanoTime() + timeout.toNanos();
    while (true) {
      if (latest != null && isTerminal(latest.status())) {
        return outcome(latest);
      }
      if (!waitBeforePoll(deadline)) {
        throw timedOut(timeout);
      }
      try {
        pollNow(new Deadline(deadline));
      } catch (HogServerException | HogRateLimitException | HogNetworkException transientFailure) {
        log.warn("Polling operation {} failed ({}); polling again until the deadline", id,
            transientFailure.getClass().getSimpleName());
        if (transientFailure instanceof HogRateLimitException limited) {
          serverWait = limited.retryAfter().orElse(null);
        }
      }
    }
  }

  /** {@link #await(Duration)} with the client's default timeout ({@link PollingPolicy#defaultTimeout()}). */
  public OperationOutcome<T> await() {
    return await(core.pollingPolicy.defaultTimeout());
  }

  /** {@link #await(Duration)} on the client's executor. */
  public CompletableFuture<OperationOutcome<T>> awaitAsync(Duration timeout) {
    return core.async(() -> await(timeout));
  }

  /** Waits for the next allowed poll; false when that would be past the deadline. */
  private boolean waitBeforePoll(long deadline) {
    if (!polled) {
      return core.clock.nanoTime() - deadline < 0;
    }
    Duration wait = serverWait != null ? serverWait : core.pollingPolicy.interval(polls);
    if (polls == 0 && expectedDuration != null && expectedDuration.compareTo(wait) > 0) {
      wait = expectedDuration;
    }
    if (wait.compareTo(PollingPolicy.MIN_INTERVAL) < 0) {
      wait = PollingPolicy.MIN_INTERVAL;
    }
    long due = lastPollNanos + wait.toNanos();
    long now = core.clock.nanoTime();
    if (due - deadline > 0) {
      sleepNanos(deadline - now);
      return false;
    }
    sleepNanos(due - now);
    return true;
  }

  private void sleepNanos(long nanos) {
    if (nanos <= 0) {
      return;
    }
    try {
      core.clock.sleep(Duration.ofNanos(nanos));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HogNetworkException("Waiting for operation " + id + " was interrupted; resume it later with its id.", e);
    }
  }

  private Operation pollNow(Deadline deadline) {
    lastPollNanos = core.clock.nanoTime();
    polled = true;
    polls++;
    serverWait = null;
    Response<Operation> response = core.calls.execute(core.pollingApi.poll(pollUrl, deadline), "GET " + pollUrl.encodedPath());
    Operation operation = response.body();
    if (operation == null || operation.status() == null) {
      throw new HogException("Polling operation " + id + " returned no status. Retry later; resume with its id.",
          ApiCalls.requestId(response), null);
    }
    latest = operation;
    latestRequestId = ApiCalls.requestId(response);
    serverWait = RetryAfter.parse(response.headers().get("Retry-After"), core.clock.instant());
    log.debug("Operation {} is {} ({}%)", id, operation.status().value(), operation.progress());
    Progress progress = new Progress(id, operation.status(), operation.progress());
    for (ProgressListener listener : listeners) {
      try {
        listener.onProgress(progress);
      } catch (RuntimeException e) {
        log.warn("A progress listener of operation {} threw {}; polling goes on", id, e.getClass().getName());
      }
    }
    return operation;
  }

  static boolean isTerminal(OperationStatus status) {
    switch (status.known()) {
      case SUCCEEDED:
      case PARTIAL_SUCCESS:
      case FAILED:
      case CANCELLED:
        return true;
      default:
        return false;
    }
  }

  private OperationOutcome<T> outcome(Operation operation) {
    String requestId = latestRequestId != null ? latestRequestId : meta.requestId();
    switch (operation.status().known()) {
      case SUCCEEDED:
        return new OperationOutcome.Succeeded<>(resultType.decode(operation.result(), id), operation, meta);
      case PARTIAL_SUCCESS:
        return new OperationOutcome.PartialSuccess<>(resultType.decode(operation.result(), id), operation.error(),
            operation, meta);
      case FAILED:
        throw new HogOperationFailedException(core.secrets.redact("Operation " + id + " failed: "
            + (operation.error() == null || operation.error().message() == null ? "the API gave no reason"
                : operation.error().message().replaceAll("[.\\s]+$", ""))
            + ". Check the request that started it, then submit again (with a new Idempotency-Key)."
            + (requestId == null ? "" : " Request id: " + requestId + ".")), id, requestId, operation);
      case CANCELLED:
        throw new HogOperationCancelledException("Operation " + id + " was cancelled before it completed. Submit"
            + " it again if the work is still needed." + (requestId == null ? "" : " Request id: " + requestId + "."),
            id, requestId, operation);
      default:
        throw new IllegalStateException("not terminal: " + operation.status());
    }
  }

  private HogOperationTimeoutException timedOut(Duration timeout) {
    String requestId = latestRequestId != null ? latestRequestId : meta.requestId();
    return new HogOperationTimeoutException("Operation " + id + " did not end within " + human(timeout) + " (last status: "
        + (latest == null ? "not polled" : latest.status().value()) + "). It goes on on the server: wait again,"
        + " or resume later with client.operations().resume(\"" + id + "\", ...)."
        + (requestId == null ? "" : " Request id: " + requestId + "."), id, requestId, latest);
  }

  static String human(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  @Override
  public String toString() {
    return "HogOperation{id=" + id + ", pollUrl=" + pollUrl + "}";
  }
}
