package ai.thehog.client.operation;

import ai.thehog.client.common.Meta;
import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.error.HogException;
import ai.thehog.client.error.HogNetworkException;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.error.HogOperationTimeoutException;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.error.HogSearchJobFailedException;
import ai.thehog.client.error.HogServerException;
import ai.thehog.client.error.HogWaitStoppedException;
import ai.thehog.client.internal.Workers;
import ai.thehog.client.internal.polling.OperationEnds;
import ai.thehog.client.internal.polling.Waiters;
import ai.thehog.client.internal.Deadline;
import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.http.ApiCalls;
import ai.thehog.client.internal.http.RetryAfter;
import ai.thehog.client.internal.http.SearchJobPollingApi;
import ai.thehog.model.SearchJob;
import ai.thehog.model.SearchJobError;
import ai.thehog.model.SearchJobStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;

/**
 * A search job ({@code POST /api/v1/search}): a long-running operation of its own kind, read at
 * {@code GET /api/v1/search/{id}} as a {@link SearchJob} with four statuses ({@code queued},
 * {@code processing}, {@code succeeded}, {@code failed} with {@code error{message, retryable}}).
 * Polled like a {@link HogOperation}: first one interval after the 202, then growing by the
 * client's {@link PollingPolicy}, never less than a second apart; a {@code Retry-After} replaces
 * the wait. Thread-safe. Keep {@link #id()} to resume with {@code hog.search().resume(id)}.
 */
public final class SearchJobOperation {

  private static final Logger log = LoggerFactory.getLogger(SearchJobOperation.class);

  private final HogClock clock;
  private final PollingPolicy pollingPolicy;
  private final ApiCalls calls;
  private final SearchJobPollingApi searchJobs;
  private final ExecutorService executor;
  private final String id;
  private final Meta meta;
  private final AcceptedAnswer accepted;
  private final ReentrantLock pollLock = new ReentrantLock();
  private final Waiters waiters = new Waiters();
  private volatile SearchJob latest;
  private volatile String latestRequestId;
  // Guarded by pollLock:
  private int polls;
  private long lastPollNanos;
  private boolean polled;
  private Duration serverWait;

  /** A job the API answered already finished (POST /api/v1/search?sync=true, 200). */
  SearchJobOperation(HogClock clock, PollingPolicy pollingPolicy, ApiCalls calls, SearchJobPollingApi searchJobs,
      ExecutorService executor, SearchJob finished, Meta meta) {
    this(clock, pollingPolicy, calls, searchJobs, executor, finished.id(), meta, null, true);
    this.latest = finished;
  }

  SearchJobOperation(HogClock clock, PollingPolicy pollingPolicy, ApiCalls calls, SearchJobPollingApi searchJobs,
      ExecutorService executor, String id, Meta meta, AcceptedAnswer accepted, boolean justAccepted) {
    this.executor = executor;
    this.clock = clock;
    this.pollingPolicy = pollingPolicy;
    this.calls = calls;
    this.searchJobs = searchJobs;
    this.id = Objects.requireNonNull(id, "id");
    this.meta = meta;
    this.accepted = accepted;
    if (justAccepted) {
      this.polled = true;
      this.lastPollNanos = clock.nanoTime();
    }
  }

  /**
   * The job's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Meta of the request that submitted the job (request id), or empty when resumed.
   *
   * @return the meta; never null
   */
  public Meta meta() {
    return meta;
  }

  /**
   * The 202 that submitted the job, as the spec's {@code SearchAccepted} whatever shape the API sent
   * ({@link AcceptedAnswer.Search}, or {@link AcceptedAnswer.Generic} when the answer was the flat
   * shape of the doc pages).
   *
   * @return the answer, or empty when the job was resumed or the API answered 200 with it finished
   */
  public Optional<AcceptedAnswer> accepted() {
    return Optional.ofNullable(accepted);
  }

  /**
   * The job as last read, if it was read.
   *
   * @return the job, or empty before the first poll
   */
  public Optional<SearchJob> latest() {
    return Optional.ofNullable(latest);
  }

  /**
   * Reads the job once (waiting first if the previous read of this handle was less than the
   * polling interval ago). Does not throw for {@code failed}: inspect the status.
   *
   * @return the job just read
   * @throws HogException when the read fails (e.g. {@link HogNotFoundException})
   */
  public SearchJob poll() {
    lock(Long.MAX_VALUE);
    try {
      waitForTurn(clock.nanoTime() + Duration.ofDays(365).toNanos());
      return pollNow(null);
    } finally {
      pollLock.unlock();
    }
  }

  /**
   * Waits until the job ends or {@code timeout} passes, in total, however many polls that takes.
   *
   * @param timeout the total time to wait
   * @return the job, {@code succeeded}, with its {@code results}
   * @throws HogSearchJobFailedException status {@code failed} (with the error and whether it is retryable)
   * @throws HogOperationTimeoutException the deadline passed first; the job goes on
   * @throws HogWaitStoppedException {@link #stopWaiting()} was called; the job goes on
   */
  public SearchJob await(Duration timeout) {
    Durations.positive(timeout, "timeout");
    return waiters.during(() -> awaitUntil(timeout), e -> OperationEnds.waitStopped("search job", id,
        latestRequestId != null ? latestRequestId : meta.requestId(), null, e));
  }

  /**
   * {@link #await(Duration)} on the client's executor; cancelling the future stops this wait and its
   * polling (the API has no cancel: the job goes on on the server).
   *
   * @param timeout the total time to wait
   * @return the job, {@code succeeded}, when it comes; it completes exceptionally as {@link #await(Duration)} throws
   */
  public CompletableFuture<SearchJob> awaitAsync(Duration timeout) {
    Durations.positive(timeout, "timeout");
    return Workers.submit(executor, () -> await(timeout));
  }

  /**
   * Stops waiting; the API has no cancel. Every {@code await} and {@code awaitAsync} waiting on this
   * handle now stops polling and throws (or completes with) {@link HogWaitStoppedException}; the job
   * goes on on the server (wait again, or resume it by {@link #id()}). Later waits are not affected.
   * Callable from any thread.
   */
  public void stopWaiting() {
    waiters.stop();
  }

  private SearchJob awaitUntil(Duration timeout) {
    long deadline = clock.nanoTime() + Durations.nanos(timeout);
    while (true) {
      SearchJob seen = latest;
      if (seen != null && isTerminal(seen.status())) {
        return outcome(seen);
      }
      if (!lock(deadline - clock.nanoTime())) {
        throw timedOut(timeout);
      }
      try {
        seen = latest;
        if (seen != null && isTerminal(seen.status())) {
          continue;
        }
        if (!waitForTurn(deadline)) {
          throw timedOut(timeout);
        }
        try {
          pollNow(new Deadline(deadline));
        } catch (HogServerException | HogRateLimitException | HogNetworkException transientFailure) {
          if (Thread.currentThread().isInterrupted()) {
            throw transientFailure;
          }
          log.warn("Reading search job {} failed ({}); polling again until the deadline", id,
              transientFailure.getClass().getSimpleName());
          if (transientFailure instanceof HogRateLimitException limited) {
            serverWait = limited.retryAfter().orElse(null);
          }
        }
      } finally {
        pollLock.unlock();
      }
    }
  }

  /**
   * {@link #await(Duration)} with the client's default timeout ({@link PollingPolicy#defaultTimeout()}).
   *
   * @return the job, {@code succeeded}
   */
  public SearchJob await() {
    return await(pollingPolicy.defaultTimeout());
  }

  private SearchJob pollNow(Deadline deadline) {
    Response<SearchJob> response;
    try {
      response = calls.execute(searchJobs.poll(id, deadline), "GET /api/v1/search/" + id);
    } finally {
      // A failed read counts as a poll: the next one waits its interval, never a hot loop.
      polls++;
      polled = true;
      lastPollNanos = clock.nanoTime();
      serverWait = null;
    }
    serverWait = RetryAfter.parse(response.headers().get("Retry-After"), clock.instant());
    SearchJob job = response.body();
    if (job == null) {
      throw new HogException("GET /api/v1/search/" + id + " answered without a body. Retry later.",
          ApiCalls.requestId(response), null);
    }
    latestRequestId = ApiCalls.requestId(response);
    latest = job;
    return job;
  }

  /** Waits for this handle's next allowed poll; false when that would be past the deadline. Holds pollLock. */
  private boolean waitForTurn(long deadline) {
    long now = clock.nanoTime();
    if (!polled) {
      return now - deadline < 0;
    }
    Duration wait = serverWait != null ? serverWait : pollingPolicy.interval(polls);
    if (wait.compareTo(Durations.MIN_POLL_INTERVAL) < 0) {
      wait = Durations.MIN_POLL_INTERVAL;
    }
    long due = lastPollNanos + Durations.nanos(wait);
    if (due - deadline > 0) {
      return false;
    }
    if (due - now > 0) {
      try {
        clock.sleep(Duration.ofNanos(due - now));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HogNetworkException("Waiting for search job " + id + " was interrupted; resume it later with"
            + " hog.search().resume(\"" + id + "\").", e);
      }
    }
    return true;
  }

  private boolean lock(long remainingNanos) {
    if (remainingNanos <= 0) {
      return false;
    }
    try {
      return pollLock.tryLock(remainingNanos == Long.MAX_VALUE ? Long.MAX_VALUE
          : clock.toRealNanos(remainingNanos), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HogNetworkException("Waiting for search job " + id + " was interrupted.", e);
    }
  }

  private static boolean isTerminal(SearchJobStatus status) {
    return status != null && (status.known() == SearchJobStatus.Known.SUCCEEDED
        || status.known() == SearchJobStatus.Known.FAILED);
  }

  private SearchJob outcome(SearchJob job) {
    if (job.status().known() == SearchJobStatus.Known.SUCCEEDED) {
      return job;
    }
    SearchJobError error = job.error();
    String reason = error == null || error.message() == null ? "the API gave no reason" : error.message();
    boolean retryable = error != null && Boolean.TRUE.equals(error.retryable());
    throw new HogSearchJobFailedException("Search job " + id + " failed: " + reason + ". "
        + (retryable ? "The API says it may succeed if submitted again." : "Submitting it again will not help;"
        + " change the search.") + requestIdSuffix(), latestRequestId, job);
  }

  private HogOperationTimeoutException timedOut(Duration timeout) {
    SearchJob seen = latest;
    String status = seen == null || seen.status() == null ? "not read yet" : seen.status().value();
    return new HogOperationTimeoutException("Search job " + id + " did not end within " + timeout + " (last status: "
        + status + "). It goes on: wait again with hog.search().resume(\"" + id + "\").await(...)."
        + requestIdSuffix(), id, latestRequestId, null);
  }

  private String requestIdSuffix() {
    String requestId = latestRequestId != null ? latestRequestId : meta.requestId();
    return requestId == null ? "" : " Request id: " + requestId + ".";
  }

  @Override
  public String toString() {
    SearchJob seen = latest;
    return "SearchJobOperation[id=" + id + ", status=" + (seen == null ? "unknown" : seen.status()) + "]";
  }
}
