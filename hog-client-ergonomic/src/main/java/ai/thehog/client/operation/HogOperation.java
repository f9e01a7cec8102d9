package ai.thehog.client.operation;

import ai.thehog.client.internal.polling.OperationStates;
import ai.thehog.client.Meta;
import ai.thehog.client.PollingPolicy;
import ai.thehog.client.RetryPolicy;
import ai.thehog.client.error.HogException;
import ai.thehog.client.error.HogNetworkException;
import ai.thehog.client.error.HogOperationCancelledException;
import ai.thehog.client.error.HogOperationFailedException;
import ai.thehog.client.error.HogOperationTimeoutException;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.error.HogServerException;
import ai.thehog.client.internal.Deadline;
import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.Messages;
import ai.thehog.client.internal.ReportedCost;
import ai.thehog.client.internal.http.ApiCalls;
import ai.thehog.client.internal.http.RetryAfter;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.internal.polling.OperationPoller;
import ai.thehog.client.internal.polling.ProgressForecast;
import ai.thehog.client.internal.polling.SharedPace;
import ai.thehog.model.Operation;
import ai.thehog.model.OperationStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
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
 *
 * @param <T> the type of the operation's result
 */
public final class HogOperation<T> {

  private static final Logger log = LoggerFactory.getLogger(HogOperation.class);
  /** How often an operation held for its batch run's pace looks whether the pace is known. */
  private static final long HOLD_STEP_NANOS = Duration.ofMillis(250).toNanos();

  private final OperationPoller poller;
  private final String id;
  private final HttpUrl pollUrl;
  private final Meta meta;
  private final ResultType<T> resultType;
  private final List<ProgressListener> listeners = new CopyOnWriteArrayList<>();
  /** Held while one thread waits for its turn to poll and polls; others wait for it with their own deadline. */
  private final ReentrantLock pollLock = new ReentrantLock();

  private volatile Operation latest;
  private volatile String latestRequestId;
  // Guarded by pollLock:
  private long lastPollNanos;
  private boolean polled;
  private Duration serverWait;
  private int polls;
  /** What the operations of one batch run learn of their duration; null for an operation on its own. */
  private SharedPace pace;
  /** The value of {@link #polls} after the poll aimed at the shared pace's end; 0 before it. */
  private int pacePolls;
  private long longestRoundTrip;
  /** Whether a poll saw this operation running, and whether one reported progress above zero. */
  private boolean seenRunning;
  private boolean seenProgress;
  private boolean endReported;
  private final String startedBy;
  private final long startNanos;
  /** When the 202 came (client clock), or the first poll of a resumed handle; -1 while unknown. */
  private long acceptedNanos = -1;
  /** When to poll next from the reported progress. */
  private final ProgressForecast forecast;

  HogOperation(OperationPoller poller, String id, HttpUrl pollUrl, Meta meta, ResultType<T> resultType,
      boolean justAccepted, String startedBy) {
    this.poller = poller;
    this.startedBy = startedBy;
    this.startNanos = poller.clock.nanoTime();
    this.id = Objects.requireNonNull(id, "id");
    this.pollUrl = pollUrl;
    this.meta = meta;
    this.resultType = resultType;
    if (justAccepted) {
      // The 202 counts as the first observation: the first poll comes one interval later.
      this.polled = true;
      this.lastPollNanos = poller.clock.nanoTime();
      this.acceptedNanos = lastPollNanos;
    }
    this.forecast = new ProgressForecast(acceptedNanos);
  }

  /**
   * Makes this operation one of a batch run that shares what it learns of its duration
   * ({@link SharedPace}): used by batch enrichment, so that each batch is polled about once.
   * Ignored for a resumed handle, whose 202 time is unknown.
   */
  void sharePace(SharedPace shared) {
    pollLock.lock();
    try {
      this.pace = acceptedNanos >= 0 ? shared : null;
    } finally {
      pollLock.unlock();
    }
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
    lockInterruptibly();
    try {
      waitBeforePoll(poller.clock.nanoTime() + Duration.ofDays(365).toNanos());
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
   */
  public OperationOutcome<T> await(Duration timeout) {
    Durations.positive(timeout, "timeout");
    long deadline = poller.clock.nanoTime() + Durations.nanos(timeout);
    while (true) {
      Operation seen = latest;
      if (seen != null && OperationStates.isTerminal(seen.status())) {
        return outcome(seen);
      }
      if (!pollOnce(deadline, true)) {
        throw timedOut(timeout);
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
        throw notAllEnded(operations, timeout);
      }
      sleep(clock, Math.max(0, earliest - now), "operations");
    }
  }

  /** When the next poll of this handle may start, on the client's clock. */
  private long nextPollDue() {
    pollLock.lock();
    try {
      return polled ? lastPollNanos + Durations.nanos(nextWait()) : poller.clock.nanoTime();
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
      Thread.currentThread().interrupt();
      throw interrupted(e);
    }
    try {
      Operation seen = latest;
      if (seen != null && OperationStates.isTerminal(seen.status())) {
        return true;
      }
      if (waitForTurn) {
        if (!waitBeforePoll(deadline)) {
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
          serverWait = limited.retryAfter().orElse(null);
        }
      }
      return true;
    } finally {
      pollLock.unlock();
    }
  }

  private Duration nextWait() {
    Duration wait = serverWait;
    if (wait == null) {
      Duration own = predictedFromProgress();
      if (own == null) {
        // Past the shared pace's end, the backoff starts again from its first interval.
        own = poller.policy.interval(polls - pacePolls);
      }
      Duration paced = pacedWait();
      // The operation that learns the pace polls by its own progress too, whichever comes first.
      wait = paced == null || pace.learns(this) && own.compareTo(paced) < 0 ? own : paced;
    }
    return wait.compareTo(Durations.MIN_POLL_INTERVAL) < 0 ? Durations.MIN_POLL_INTERVAL : wait;
  }

  /**
   * The wait, from the last poll, until the end the shared pace of a batch run calls for (capped by
   * the policy's maximum interval); null when there is none, it was tried already, or this
   * operation's own progress forecasts an earlier end. Holds pollLock.
   */
  private Duration pacedWait() {
    long target = paceTarget();
    if (target == Long.MIN_VALUE) {
      return null;
    }
    OptionalDouble own = forecast.forecastEnd();
    if (own.isPresent() && own.getAsDouble() < target) {
      return null;
    }
    long wait = Math.min(target - lastPollNanos, poller.policy.maxInterval().toNanos());
    return Duration.ofNanos(Math.max(0, wait));
  }

  /** When (client clock) the shared pace says this operation has ended; MIN_VALUE when it says nothing (yet). */
  private long paceTarget() {
    if (pace == null || pacePolls > 0) {
      return Long.MIN_VALUE;
    }
    OptionalLong enough = pace.enough();
    return enough.isPresent() ? acceptedNanos + enough.getAsLong() : Long.MIN_VALUE;
  }

  /**
   * Whether this operation holds its polls while another operation of its batch run learns the
   * pace: one poll then serves where each would have needed several. Holds pollLock.
   */
  private boolean heldForPace() {
    return pace != null && pacePolls == 0 && pace.holds(this);
  }

  /**
   * The wait, from the last poll, until the next poll the reported progress calls for
   * ({@link ProgressForecast}); null when no progress was reported. A poll aimed at the end that
   * does not see it is followed by the policy's backoff, from its first interval. Holds pollLock.
   */
  private Duration predictedFromProgress() {
    OptionalDouble next = forecast.nextPoll();
    if (next.isEmpty()) {
      return null;
    }
    double wait = next.getAsDouble() - lastPollNanos;
    if (wait < Durations.MIN_POLL_INTERVAL.toNanos()) {
      return poller.policy.interval(Math.max(0, forecast.missedEnds() - 1));
    }
    // Rounded up: the poll goes at or after the time aimed at, never a nanosecond before.
    return Duration.ofNanos((long) Math.ceil(Math.min(wait, Durations.MAX_SERVER_WAIT.toNanos())));
  }

  /** Keeps what a poll sent at {@code sent} and answered at {@code received} said. Holds pollLock. */
  private void observeProgress(Operation operation, long sent, long received) {
    longestRoundTrip = Math.max(longestRoundTrip, received - sent);
    long target = paceTarget();
    if (target != Long.MIN_VALUE && sent - target >= 0) {
      pacePolls = polls;
      if (!OperationStates.isTerminal(operation.status())) {
        // Still running when the pace said it had ended: the pace was too short.
        pace.tooShort(sent - acceptedNanos);
      }
    }
    if (OperationStates.isTerminal(operation.status())) {
      if (pace != null) {
        OperationStatus.Known status = operation.status().known();
        if (status == OperationStatus.Known.SUCCEEDED || status == OperationStatus.Known.PARTIAL_SUCCESS) {
          // It ended before this answer came, and began at most a round trip before its 202.
          pace.enough(received - acceptedNanos + longestRoundTrip, false);
        }
        pace.leave(this, seenRunning && !seenProgress);
      }
      return;
    }
    if (acceptedNanos < 0) {
      // A resumed handle: its first poll is the earliest time known.
      acceptedNanos = sent;
    }
    forecast.observe(operation.progress(), sent, received);
    seenRunning = true;
    seenProgress |= operation.progress() != null && operation.progress() > 0;
    if (pace != null) {
      OptionalDouble end = forecast.forecastEnd();
      if (end.isPresent()) {
        pace.enough((long) Math.ceil(end.getAsDouble()) - acceptedNanos + longestRoundTrip, true);
      }
    }
  }

  /** Tells the shared pace, if any, that this operation no longer polls. */
  void leavePace() {
    pollLock.lock();
    try {
      if (pace != null) {
        pace.leave(this, seenRunning && !seenProgress);
      }
    } finally {
      pollLock.unlock();
    }
  }

  /** Waits for the next allowed poll; false when that would be past the deadline. Holds pollLock. */
  private boolean waitBeforePoll(long deadline) {
    if (!polled) {
      return poller.clock.nanoTime() - deadline < 0;
    }
    // Held while another operation of the batch run learns the pace, at most the policy's longest
    // interval since this operation's last poll (or 202), in short steps so the news is used soon.
    long holdUntil = lastPollNanos + poller.policy.maxInterval().toNanos();
    while (heldForPace()) {
      long now = poller.clock.nanoTime();
      if (now - holdUntil >= 0) {
        break;
      }
      long step = Math.min(HOLD_STEP_NANOS, holdUntil - now);
      if (now + step - deadline > 0) {
        sleep(poller.clock, deadline - now, id);
        return false;
      }
      sleep(poller.clock, step, id);
    }
    long due = lastPollNanos + Durations.nanos(nextWait());
    long now = poller.clock.nanoTime();
    if (due - deadline > 0) {
      sleep(poller.clock, deadline - now, id);
      return false;
    }
    sleep(poller.clock, due - now, id);
    return true;
  }

  private static void sleep(HogClock clock, long nanos, String what) {
    if (nanos <= 0) {
      return;
    }
    try {
      clock.sleep(Duration.ofNanos(nanos));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HogNetworkException("Waiting for " + what + " was interrupted; resume later with the operation id.", e);
    }
  }

  private void lockInterruptibly() {
    try {
      pollLock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(e);
    }
  }

  private HogNetworkException interrupted(InterruptedException e) {
    return new HogNetworkException("Waiting for operation " + id + " was interrupted; resume it later with its id.", e);
  }

  /** Polls now. Holds pollLock. */
  private Operation pollNow(Deadline deadline) {
    lastPollNanos = poller.clock.nanoTime();
    polled = true;
    polls++;
    serverWait = null;
    Response<Operation> response = poller.poll(pollUrl, deadline);
    long receivedNanos = poller.clock.nanoTime();
    Operation operation = response.body();
    if (operation == null || operation.status() == null) {
      throw new HogException("Polling operation " + id + " returned no status. Retry later; resume with its id.",
          ApiCalls.requestId(response), null);
    }
    latestRequestId = ApiCalls.requestId(response);
    observeProgress(operation, lastPollNanos, receivedNanos);
    latest = operation;
    serverWait = RetryAfter.parse(response.headers().get("Retry-After"), poller.clock.instant());
    log.debug("Operation {} is {} ({}%)", id, operation.status().value(), operation.progress());
    if (!endReported && OperationStates.isTerminal(operation.status())) {
      endReported = true;
      poller.listener.onOperationEnded(startedBy, operation.status(), polls,
          Duration.ofNanos(poller.clock.nanoTime() - startNanos));
      // What the result says was charged (an estimate was told with the 202, if it stated one).
      poller.listener.onCredits(startedBy, null, ReportedCost.actual(operation.result()));
    }
    Progress progress = new Progress(id, operation.status(), operation.progress(), 0, 0);
    for (ProgressListener listener : listeners) {
      try {
        listener.onProgress(progress);
      } catch (RuntimeException e) {
        log.warn("A progress listener of operation {} threw {}; polling goes on", id, e.getClass().getName());
      }
    }
    return operation;
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
        throw new HogOperationFailedException(poller.secrets.redact("Operation " + id + " failed: "
            + (operation.error() == null || operation.error().message() == null ? "the API gave no reason"
                : Messages.sentence(operation.error().message()))
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

  private String lastStatus() {
    Operation seen = latest;
    return seen == null ? "not polled" : seen.status().value();
  }

  private HogOperationTimeoutException timedOut(Duration timeout) {
    String requestId = latestRequestId != null ? latestRequestId : meta.requestId();
    return new HogOperationTimeoutException("Operation " + id + " did not end within " + human(timeout)
        + " (last status: " + lastStatus() + "). It goes on on the server: wait again, or resume it later with"
        + " client.operations().resume(\"" + id + "\")." + (requestId == null ? "" : " Request id: " + requestId + "."),
        id, requestId, latest);
  }

  private static <R> HogOperationTimeoutException notAllEnded(List<HogOperation<R>> operations, Duration timeout) {
    List<String> pending = new ArrayList<>();
    List<String> pendingIds = new ArrayList<>();
    List<String> ended = new ArrayList<>();
    HogOperation<R> firstPending = null;
    for (HogOperation<R> operation : operations) {
      Operation seen = operation.latest;
      if (seen != null && OperationStates.isTerminal(seen.status())) {
        ended.add(operation.id + " (" + seen.status().value() + ")");
      } else {
        pending.add(operation.id + " (" + operation.lastStatus() + ")");
        pendingIds.add(operation.id);
        firstPending = firstPending == null ? operation : firstPending;
      }
    }
    return new HogOperationTimeoutException(pending.size() + " of " + operations.size() + " operations did not end"
        + " within " + human(timeout) + ": " + String.join(", ", pending) + "."
        + (ended.isEmpty() ? "" : " Ended: " + String.join(", ", ended) + ".")
        + " They go on on the server: wait again, or resume them later with client.operations().resume(id).",
        firstPending.id, firstPending.meta.requestId(), firstPending.latest, pendingIds);
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
