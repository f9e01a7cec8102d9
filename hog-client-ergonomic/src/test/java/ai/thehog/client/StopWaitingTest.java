package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.thehog.client.error.HogWaitStoppedException;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.client.operation.SearchJobOperation;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.SearchJob;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.SearchType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 item 4: a public way to stop waiting on an operation, from another thread
 * ({@code stopWaiting()}) or by cancelling {@code awaitAsync}; the API has no cancel, so the
 * operation itself goes on and can be waited on again.
 */
class StopWaitingTest extends WireMockTestBase {

  private static final String RESEARCH = "/api/deep-research";
  private static final String POLL = "/api/operations/op_1";
  private static final String SEARCH_POLL = "/api/v1/search/sj_1";

  private HogClient real() {
    return builder().clock(HogClock.system()).readTimeout(Duration.ofSeconds(20)).build();
  }

  private HogOperation<DeepResearchResult> started(HogClient hog) {
    server.stubFor(post(urlEqualTo(RESEARCH))
        .willReturn(SpecResponses.json("POST", RESEARCH, 202, SpecResponses.accepted("op_1"))));
    pollAnswers("processing", "null");
    return hog.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(Map.of()).build());
  }

  private void pollAnswers(String status, String result) {
    server.stubFor(get(urlEqualTo(POLL)).willReturn(SpecResponses.json("GET", POLL, 200,
        SpecResponses.operation("op_1", status, "succeeded".equals(status) ? 100 : 10, result, null))));
  }

  private int polls(String path) {
    return server.findAll(getRequestedFor(urlEqualTo(path))).size();
  }

  /** Waits until {@code path} was polled at least once (the waiter is really waiting). */
  private void awaitFirstPoll(String path) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (polls(path) == 0 && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(polls(path)).isPositive();
  }

  @Test
  void stopWaitingFromAnotherThreadEndsABlockedAwaitAndItsPolling() throws Exception {
    try (HogClient hog = real()) {
      HogOperation<DeepResearchResult> operation = started(hog);
      AtomicBoolean leftInterrupted = new AtomicBoolean(true);
      CompletableFuture<Throwable> waiter = CompletableFuture.supplyAsync(() -> {
        Throwable thrown = catchThrowable(() -> operation.await(Duration.ofMinutes(5)));
        leftInterrupted.set(Thread.currentThread().isInterrupted());
        return thrown;
      });
      awaitFirstPoll(POLL);

      long start = System.nanoTime();
      operation.stopWaiting();
      Throwable thrown = waiter.get(10, TimeUnit.SECONDS);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      assertThat(thrown).isInstanceOf(HogWaitStoppedException.class).hasMessageContaining("op_1")
          .hasMessageContaining("the API has no cancel");
      assertThat(((HogWaitStoppedException) thrown).operationId()).isEqualTo("op_1");
      assertThat(((HogWaitStoppedException) thrown).requestId()).isNotNull();
      // The stop is not left behind as an interrupt of the waiting thread.
      assertThat(leftInterrupted).isFalse();
      int atStop = polls(POLL);
      Thread.sleep(2_500);
      assertThat(polls(POLL)).isEqualTo(atStop);

      // The operation goes on: a later wait on the same handle is not affected by the earlier stop.
      pollAnswers("succeeded", "{\"answer\":42}");
      OperationOutcome<DeepResearchResult> outcome = operation.await(Duration.ofSeconds(30));
      assertThat(String.valueOf(outcome.result().additionalProperties().get("answer"))).isEqualTo("42");
    }
  }

  @Test
  void cancellingAwaitAsyncStopsThePolling() throws Exception {
    try (HogClient hog = real()) {
      HogOperation<DeepResearchResult> operation = started(hog);
      CompletableFuture<OperationOutcome<DeepResearchResult>> waiting = operation.awaitAsync(Duration.ofMinutes(5));
      awaitFirstPoll(POLL);

      assertCancellingStopsThePolling(waiting);
      assertThat(waiting).isCancelled();
    }
  }

  @Test
  void cancellingAnAsyncMirrorCallStopsItsPolling() throws Exception {
    try (HogClient hog = real()) {
      started(hog);
      CompletableFuture<OperationOutcome<DeepResearchResult>> waiting = hog.async().deepResearch()
          .researchAndAwait(DeepResearchRequest.builder().prompt("Acme Corp").schema(Map.of()).build(),
              Duration.ofMinutes(5));
      awaitFirstPoll(POLL);

      assertCancellingStopsThePolling(waiting);
    }
  }

  @Test
  void stopWaitingCompletesAnAwaitAsyncAndAnAwaitAllExceptionally() throws Exception {
    try (HogClient hog = real()) {
      HogOperation<DeepResearchResult> operation = started(hog);
      CompletableFuture<OperationOutcome<DeepResearchResult>> waiting = operation.awaitAsync(Duration.ofMinutes(5));
      CompletableFuture<Throwable> all = CompletableFuture.supplyAsync(
          () -> catchThrowable(() -> HogOperation.awaitAll(List.of(operation), Duration.ofMinutes(5))));
      awaitFirstPoll(POLL);
      Thread.sleep(200);

      operation.stopWaiting();

      Throwable async = catchThrowable(() -> waiting.get(10, TimeUnit.SECONDS));
      assertThat(async).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(HogWaitStoppedException.class);
      assertThat(all.get(10, TimeUnit.SECONDS)).isInstanceOf(HogWaitStoppedException.class);
    }
  }

  @Test
  void aSearchJobStopsWaitingToo() throws Exception {
    server.stubFor(post(urlEqualTo("/api/v1/search")).willReturn(SpecResponses.json("POST", "/api/v1/search", 202,
        "{\"id\":\"sj_1\",\"status\":\"queued\",\"poll_url\":\"/api/v1/search/sj_1\",\"meta\":{\"request_id\":\"req_sj_1\"}}")));
    server.stubFor(get(urlEqualTo(SEARCH_POLL)).willReturn(SpecResponses.json("GET", SEARCH_POLL, 200,
        "{\"id\":\"sj_1\",\"status\":\"processing\",\"type\":\"web_search\",\"query\":\"fintech\","
            + "\"created_at\":\"2026-11-23T12:00:00Z\"}")));
    try (HogClient hog = real()) {
      SearchJobOperation job = hog.search().start(SearchRequest.builder().type(SearchType.WEB_SEARCH)
          .query("fintech").build());
      CompletableFuture<SearchJob> waiting = job.awaitAsync(Duration.ofMinutes(5));
      awaitFirstPoll(SEARCH_POLL);

      job.stopWaiting();

      Throwable thrown = catchThrowable(() -> waiting.get(10, TimeUnit.SECONDS));
      assertThat(thrown).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(HogWaitStoppedException.class);
      assertThat(((HogWaitStoppedException) thrown.getCause()).operationId()).isEqualTo("sj_1");
      int atStop = polls(SEARCH_POLL);
      Thread.sleep(2_500);
      assertThat(polls(SEARCH_POLL)).isEqualTo(atStop);
    }
  }

  /** Cancels {@code waiting} and checks that no poll follows (one already on the wire may land). */
  private void assertCancellingStopsThePolling(CompletableFuture<?> waiting) throws InterruptedException {
    assertThat(waiting.cancel(true)).isTrue();
    Thread.sleep(300);
    int atCancel = polls(POLL);
    Thread.sleep(2_500);
    assertThat(polls(POLL)).isEqualTo(atCancel);
  }
}
