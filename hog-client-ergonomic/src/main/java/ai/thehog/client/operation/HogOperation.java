package ai.thehog.client.operation;

import ai.thehog.client.internal.polling.OperationStates;
import ai.thehog.client.common.Meta;
import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.error.HogException;
import ai.thehog.client.error.HogNetworkException;
import ai.thehog.client.error.HogOperationCancelledException;
import ai.thehog.client.error.HogOperationFailedException;
import ai.thehog.client.error.HogOperationTimeoutException;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.error.HogServerException;
import ai.thehog.client.error.HogWaitStoppedException;
import ai.thehog.client.internal.Deadline;
import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.http.ApiCalls;
import ai.thehog.client.internal.http.RetryAfter;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.internal.polling.OperationPoller;
import ai.thehog.client.internal.polling.OperationEnds;
import ai.thehog.client.internal.polling.PollSchedule;
import ai.thehog.client.internal.polling.SharedPace;
import ai.thehog.client.internal.polling.Waiters;
import ai.thehog.model.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;

/**
 * A long-running operation on the server: poll it once, wait for it with a total deadline, follow
 * its progress, or keep its {@link #id()} and resume it later with
 * {@code client.operations().resume(id, type)}. Thread-safe: several threads may wait on one handle,
 * each with its own deadline; polls of one handle are never less than one second apart, whoever calls.
 * {@link #stopWaiting()} (or cancelling the future of {@link #awaitAsync(Duration)}) stops waiting;
 * the API has no cancel, so the operation itself goes on.
 *
 * @param <T> the type of the operation's result
 */
public final class HogOperation<T> {

  private static final Logger log = LoggerFactory.getLogger(HogOperation.class);

  private final OperationPoller poller;
  private final String id;
  private final HttpUrl pollUrl;
  private final Meta meta;
  private final AcceptedAnswer accepted;
  private final ResultType<T> resultType;
  private final List<ProgressListener> listeners = new CopyOnWriteArrayList<>();
  /** Held while one thread waits for its turn to poll and polls; others wait for it with their own deadline. */
  private final ReentrantLock pollLock = new ReentrantLock();
  private final Waiters waiters = new Waiters();
  private volatile Operation latest;
  private volatile String latestRequestId;
  // Guarded by pollLock:
  /** When to poll next: the policy, the reported progress, a batch run's shared pace, Retry-After. */
  private final PollSchedule schedule;
  private boolean endReported;
  private final String startedBy;
  private final long startNanos;

  HogOperation(OperationPoller poller, String id, HttpUrl pollUrl, Meta meta, AcceptedAnswer accepted,
      ResultType<T> resultType, boolean justAccepted, String startedBy) {
    this.poller = poller;
    this.startedBy = startedBy;
    this.startNanos = poller.clock.nanoTime();
    this.id = Objects.requireNonNull(id, "id");
    this.pollUrl = pollUrl;
    this.meta = meta;
    this.accepted = accepted;
    this.resultType = resultType;
    this.schedule = new PollSchedule(poller.policy, poller.clock, justAccepted);
  }

  /** Makes this one of a batch run sharing what it learns of its duration (ignored when resumed: no 202 time). */
  void sharePace(SharedPace shared) {
    locked(() -> schedule.sharePace(shared));
  }

  /**
   * The operation id; enough to resume it from another process.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The absolute URL polled for this operation.
   *
   * @return the URL
   */
  public String pollUrl() {
    return pollUrl.toString();
  }

  /**
   * Meta of the request that started the operation (request id, estimated cost), or empty when resumed.
   *
   * @return the meta; never null
   */
  public Meta meta() {
    return meta;
  }

  /**
   * The 202 that started the operation, as the record the spec names for this operation's 202,
   * whatever shape the API sent; switch on it for the typed body.
   *
   * @return the answer, or empty when the handle was resumed (no 202 seen by this process)
   */
  public Optional<AcceptedAnswer> accepted() {
    return Optional.ofNullable(accepted);
  }

  /**
   * The last state polled, if any.
   *
   * @return the state, or empty before the first poll
   */
  public Optional<Operation> latest() {
    return Optional.ofNullable(latest);
  }

  /**
   * Adds a listener told after every poll.
   *
   * @param listener the listener
   * @return this handle
   */
  public HogOperation<T> onProgress(ProgressListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Polls once (waiting first if the previous poll of this handle was less than a second ago, or
   * the API asked to wait) and returns the state. Does not throw for {@code failed}: inspect the
   * status.
   *
   * @return the state just polled
   * @throws HogException when the poll fails
   */
  public Operation poll() {
    OperationEnds.lockInterruptibly(pollLock, id);
    try {
      schedule.waitForTurn(poller.clock.nanoTime() + Duration.ofDays(365).toNanos(), id);
      return pollNow(null);
    } finally {
      pollLock.unlock();
    }
  }

  /**
   * Waits until the operation ends or {@code timeout} passes, in total, however many polls that
   * takes. Other threads may wait on the same handle at the same time, each with its own timeout.
   *
   * @param timeout the total time to wait
   * @return {@link OperationOutcome.Succeeded} or {@link OperationOutcome.PartialSuccess}
   * @throws HogOperationFailedException status {@code failed}
   * @throws HogOperationCancelledException status {@code cancelled}
   * @throws HogOperationTimeoutException the deadline passed first; the operation goes on
   * @throws HogWaitStoppedException {@link #stopWaiting()} was called; the operation goes on
   */
  public OperationOutcome<T> await(Duration timeout) {
    Durations.positive(timeout, "timeout");
    return waiters.during(() -> awaitUntil(timeout), this::stopped);
  }

  private OperationOutcome<T> awaitUntil(Duration timeout) {
    long deadline = poller.clock.nanoTime() + Durations.nanos(timeout);
    while (true) {
      Operation seen = latest;
      if (seen != null && OperationStates.isTerminal(seen.status())) {
        return outcome(seen);
      }
      if (!pollOnce(deadline, true)) {
        throw OperationEnds.timedOut(id, requestId(), latest, timeout);
      }
    }
  }

  /**
   * {@link #await(Duration)} with the client's default timeout ({@link PollingPolicy#defaultTimeout()}).
   *
   * @return the outcome
   */
  public OperationOutcome<T> await() {
    return await(poller.policy.defaultTimeout());
  }

  /**
   * {@link #await(Duration)} on the client's executor; cancelling the future stops this wait and its
   * polling (the API has no cancel: the operation goes on on the server).
   *
   * @param timeout the total time to wait
   * @return the outcome, when it comes; it completes exceptionally as {@link #await(Duration)} throws
   */
  public CompletableFuture<OperationOutcome<T>> awaitAsync(Duration timeout) {
    Durations.positive(timeout, "timeout");
    return poller.async(() -> await(timeout));
  }

  /**
   * Stops waiting; the API has no cancel. Every {@code await}, {@code awaitAsync} and {@code awaitAll}
   * waiting on this handle now stops polling and throws (or completes with) {@link HogWaitStoppedException};
   * the operation goes on on the server (wait again, or resume it by {@link #id()}). Later waits are
   * not affected. Callable from any thread.
   */
  public void stopWaiting() {
    waiters.stop();
  }

  private HogWaitStoppedException stopped(RuntimeException cause) {
    return OperationEnds.waitStopped("operation", id, requestId(), latest, cause);
  }

  /**
   * Waits for every operation under one total deadline, polling them side by side.
   *
   * @param operations the operations, e.g. from several {@code start...} calls
   * @param timeout the total time to wait for all of them
   * @param <R> the result type
   * @return the outcomes, in the order of {@code operations}
   * @throws HogOperationTimeoutException when some did not end in time: its message names each of
   *     them with its last status, and those that did end; they all go on on the server
   * @throws HogOperationFailedException when one failed (the first in order)
   * @throws HogOperationCancelledException when one was cancelled (the first in order)
   */
  public static <R> List<OperationOutcome<R>> awaitAll(List<HogOperation<R>> operations, Duration timeout) {
    Objects.requireNonNull(operations, "operations");
    Durations.positive(timeout, "timeout");
    if (operations.isEmpty()) {
      return List.of();
    }
    return Waiters.duringAll(operations.stream().map(o -> o.waiters).toList(),
        () -> awaitAllUntil(operations, timeout), (i, e) -> operations.get(i).stopped(e));
  }

  private static <R> List<OperationOutcome<R>> awaitAllUntil(List<HogOperation<R>> operations, Duration timeout) {
    HogClock clock = operations.get(0).poller.clock;
    long deadline = clock.nanoTime() + Durations.nanos(timeout);
    while (true) {
      long earliest = Long.MAX_VALUE;
      boolean allEnded = true;
      for (HogOperation<R> operation : operations) {
        Operation seen = operation.latest;
        if (seen != null && OperationStates.isTerminal(seen.status())) {
          continue;
        }
        allEnded = false;
        long due = operation.nextPollDue();
        if (due - clock.nanoTime() <= 0) {
          operation.pollOnce(deadline, false);
          due = operation.nextPollDue();
        }
        earliest = Math.min(earliest, due);
      }
      if (allEnded) {
        List<OperationOutcome<R>> outcomes = new ArrayList<>(operations.size());
        for (HogOperation<R> operation : operations) {
          outcomes.add(operation.outcome(operation.latest));
        }
        return outcomes;
      }
      long now = clock.nanoTime();
      if (earliest - deadline > 0 || now - deadline >= 0) {
        throw OperationEnds.notAllEnded(operations.stream().map(o -> o.id).toList(),
            operations.stream().map(o -> o.latest).toList(), operations.stream().map(o -> o.meta.requestId()).toList(),
            timeout);
      }
      PollSchedule.sleep(clock, Math.max(0, earliest - now), "operations");
    }
  }

  /** When the next poll of this handle may start, on the client's clock. */
  private long nextPollDue() {
    pollLock.lock();
    try {
      return schedule.nextDue();
    } finally {
      pollLock.unlock();
    }
  }

  /**
   * Takes this handle's turn to poll, waiting for it and for other threads' polls at most until
   * {@code deadline}; a transient failure is logged and counts as a poll.
   *
   * @return false when the deadline came first
   */
  private boolean pollOnce(long deadline, boolean waitForTurn) {
    long remaining = deadline - poller.clock.nanoTime();
    if (remaining <= 0) {
      return false;
    }
    try {
      if (!pollLock.tryLock(poller.clock.toRealNanos(remaining), TimeUnit.NANOSECONDS)) {
        return false;
      }
    } catch (InterruptedException e) {
      throw OperationEnds.interrupted(id, e);
    }
    try {
      Operation seen = latest;
      if (seen != null && OperationStates.isTerminal(seen.status())) {
        return true;
      }
      if (waitForTurn) {
        if (!schedule.waitForTurn(deadline, id)) {
          return false;
        }
      } else if (poller.clock.nanoTime() - deadline >= 0) {
        return false;
      }
      try {
        pollNow(new Deadline(deadline));
      } catch (HogServerException | HogRateLimitException | HogNetworkException transientFailure) {
        if (Thread.currentThread().isInterrupted()) {
          throw transientFailure;
        }
        log.warn("Polling operation {} failed ({}); polling again until the deadline", id,
            transientFailure.getClass().getSimpleName());
        if (transientFailure instanceof HogRateLimitException limited) {
          schedule.serverWait(limited.retryAfter().orElse(null));
        }
      }
      return true;
    } finally {
      pollLock.unlock();
    }
  }

  /** Tells the shared pace, if any, that this operation no longer polls. */
  void leavePace() {
    locked(schedule::leavePace);
  }

  private void locked(Runnable action) {
    pollLock.lock();
    try {
      action.run();
    } finally {
      pollLock.unlock();
    }
  }

  /** Polls now. Holds pollLock. */
  private Operation pollNow(Deadline deadline) {
    long sentNanos = schedule.pollStarts();
    Response<Operation> response = poller.poll(pollUrl, deadline);
    long receivedNanos = poller.clock.nanoTime();
    Operation operation = response.body();
    if (operation == null || operation.status() == null) {
      throw new HogException("Polling operation " + id + " returned no status. Retry later; resume with its id.",
          ApiCalls.requestId(response), null);
    }
    latestRequestId = ApiCalls.requestId(response);
    schedule.observe(operation, sentNanos, receivedNanos);
    latest = operation;
    schedule.serverWait(RetryAfter.parse(response.headers().get("Retry-After"), poller.clock.instant()));
    log.debug("Operation {} is {} ({}%)", id, operation.status().value(), operation.progress());
    if (!endReported && OperationStates.isTerminal(operation.status())) {
      endReported = true;
      poller.ended(startedBy, operation, schedule.polls(), startNanos);
    }
    ProgressListeners.tell(listeners, new Progress(id, operation.status(), operation.progress(), 0, 0));
    return operation;
  }

  private OperationOutcome<T> outcome(Operation operation) {
    boolean partly = OperationEnds.partly(id, operation, requestId(), poller.secrets);
    T result = resultType.decode(operation.result(), id);
    return partly ? new OperationOutcome.PartialSuccess<>(result, operation.error(), operation, meta)
        : new OperationOutcome.Succeeded<>(result, operation, meta);
  }

  private String requestId() {
    return latestRequestId != null ? latestRequestId : meta.requestId();
  }

  @Override
  public String toString() {
    return "HogOperation{id=" + id + ", pollUrl=" + pollUrl + "}";
  }
}
