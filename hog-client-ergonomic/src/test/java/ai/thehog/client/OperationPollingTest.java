package ai.thehog.client;

import ai.thehog.model.json.FreeForm;
import ai.thehog.client.error.HogOperationCancelledException;
import ai.thehog.client.error.HogOperationFailedException;
import ai.thehog.client.error.HogOperationTimeoutException;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.client.operation.Progress;
import ai.thehog.client.operation.Submission;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.OperationStatus;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.SearchResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Polling: spacing, backoff, Retry-After, the total deadline, progress, every terminal status, resuming. */
class OperationPollingTest extends WireMockTestBase {

  private static final String POLL = "/api/operations/op_1";

  /** Stubs the poll to answer {@code states} in turn (the last one repeats). */
  private void pollAnswers(String... states) {
    for (int i = 0; i < states.length; i++) {
      String state = i == 0 ? STARTED : "poll" + i;
      var stub = get(urlEqualTo(POLL)).inScenario("poll").whenScenarioStateIs(state)
          .willReturn(SpecResponses.json("GET", POLL, 200, states[i], "X-Request-Id", "req_poll_" + (i + 1)));
      if (i + 1 < states.length) {
        stub = stub.willSetStateTo("poll" + (i + 1));
      }
      server.stubFor(stub);
    }
  }

  private static String state(String status, Integer progress) {
    return SpecResponses.operation("op_1", status, progress, "null", null);
  }

  private void acceptDeepResearch() {
    server.stubFor(post(urlEqualTo("/api/deep-research"))
        .willReturn(SpecResponses.json("POST", "/api/deep-research", 202, SpecResponses.accepted("op_1"))));
  }

  @Test
  void withoutProgressPollsBackOffFromOneSecondTowardsThirtyAndReportEachState() {
    acceptDeepResearch();
    List<String> states = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      // No progress reported (0 is "none yet"): the policy's backoff alone decides.
      states.add(state("processing", i == 1 ? Integer.valueOf(0) : null));
    }
    states.add(SpecResponses.operation("op_1", "succeeded", 100, "{\"answer\":42}", null));
    pollAnswers(states.toArray(String[]::new));
    List<Progress> seen = new ArrayList<>();

    OperationOutcome<DeepResearchResult> outcome = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build())
        .onProgress(seen::add).await(Duration.ofMinutes(10));

    assertThat(outcome.result().additionalProperties()).containsEntry("answer", 42L);
    assertThat(seen).hasSize(13);
    assertThat(seen).extracting(Progress::percent).startsWith(null, 0, null).endsWith(100);
    List<Duration> waits = clock.longSleeps();
    assertThat(waits).hasSize(13);
    assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(waits.get(1)).isEqualTo(Duration.ofMillis(1500));
    for (int i = 1; i < waits.size(); i++) {
      assertThat(waits.get(i)).isGreaterThanOrEqualTo(waits.get(i - 1)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }
    assertThat(waits.get(waits.size() - 1)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void retryAfterOnAPollIsHonouredBeyondTheBackoffCap() {
    acceptDeepResearch();
    server.stubFor(get(urlEqualTo(POLL)).inScenario("p").whenScenarioStateIs(STARTED)
        .willReturn(SpecResponses.json("GET", POLL, 200, state("processing", null), "Retry-After", "45"))
        .willSetStateTo("done"));
    server.stubFor(get(urlEqualTo(POLL)).inScenario("p").whenScenarioStateIs("done")
        .willReturn(SpecResponses.json("GET", POLL, 200, SpecResponses.operation("op_1", "succeeded", 100, "{}", null))));

    client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()).await(Duration.ofMinutes(5));

    assertThat(clock.longSleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(45));
  }

  @Test
  void theDeadlineIsTotalNotPerPoll() {
    acceptDeepResearch();
    pollAnswers(state("processing", null));
    long start = clock.nanoTime();
    HogOperation<DeepResearchResult> operation = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());

    assertThatThrownBy(() -> operation.await(Duration.ofSeconds(60)))
        .isInstanceOfSatisfying(HogOperationTimeoutException.class, e -> {
          assertThat(e.operationId()).isEqualTo("op_1");
          assertThat(e.requestId()).isEqualTo("req_poll_1");
          assertThat(e.operation().status()).isEqualTo(OperationStatus.PROCESSING);
          assertThat(e.getMessage()).contains("op_1", "60", "processing", "resume");
        });
    assertThat(clock.elapsedSince(start)).isEqualTo(Duration.ofSeconds(60));
    // 1 + 1.5 + 2.25 + ... : polls at 1, 2.5, 4.75, 8.1, 13.2, 20.8, 32.2, 49.3 s
    assertThat(server.findAll(getRequestedFor(urlEqualTo(POLL)))).hasSize(8);
  }

  @Test
  void anUnknownStatusKeepsPollingUntilATerminalOne() {
    acceptDeepResearch();
    server.stubFor(get(urlEqualTo(POLL)).inScenario("u").whenScenarioStateIs(STARTED)
        .willReturn(SpecResponses.jsonFromTheFuture("GET", POLL, 200, state("paused", null), "paused", "processing"))
        .willSetStateTo("second"));
    server.stubFor(get(urlEqualTo(POLL)).inScenario("u").whenScenarioStateIs("second")
        .willReturn(SpecResponses.jsonFromTheFuture("GET", POLL, 200, state("warming_up", 5), "warming_up", "queued"))
        .willSetStateTo("third"));
    server.stubFor(get(urlEqualTo(POLL)).inScenario("u").whenScenarioStateIs("third")
        .willReturn(SpecResponses.json("GET", POLL, 200, SpecResponses.operation("op_1", "succeeded", 100, "{\"ok\":true}", null))));
    List<String> statuses = new ArrayList<>();

    OperationOutcome<DeepResearchResult> outcome = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build())
        .onProgress(p -> statuses.add(p.status().value() + "/" + p.percent())).await(Duration.ofMinutes(1));

    assertThat(outcome.result().additionalProperties()).containsEntry("ok", true);
    assertThat(statuses).containsExactly("paused/null", "warming_up/5", "succeeded/100");
  }

  @Test
  void partialSuccessIsADistinctOutcomeWithResultAndError() {
    acceptDeepResearch();
    pollAnswers(SpecResponses.operation("op_1", "partial_success", 100, "{\"found\":3}",
        "{\"message\":\"2 sources timed out\"}"));

    OperationOutcome<DeepResearchResult> outcome =
        client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()).await(Duration.ofMinutes(1));

    assertThat(outcome).isInstanceOfSatisfying(OperationOutcome.PartialSuccess.class, partial -> {
      assertThat(((DeepResearchResult) partial.result()).additionalProperties()).isEqualTo(Map.of("found", 3L));
      assertThat(partial.error().message()).isEqualTo("2 sources timed out");
    });
    assertThat(outcome.isPartial()).isTrue();
    assertThat(outcome.meta().requestId()).isEqualTo("req_accept_op_1");
  }

  @Test
  void failedRaisesWithMessageOperationIdAndRequestId() {
    acceptDeepResearch();
    pollAnswers(SpecResponses.operation("op_1", "failed", null, "null",
        "{\"message\":\"No results were found for the given input.\"}"));

    assertThatThrownBy(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()).await(Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(HogOperationFailedException.class, e -> {
          assertThat(e.operationId()).isEqualTo("op_1");
          assertThat(e.requestId()).isEqualTo("req_poll_1");
          assertThat(e.error().message()).isEqualTo("No results were found for the given input.");
          assertThat(e.getMessage()).contains("op_1", "No results were found", "req_poll_1", "submit again");
        });
  }

  @Test
  void cancelledRaises() {
    acceptDeepResearch();
    pollAnswers(state("cancelled", null));

    assertThatThrownBy(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()).await(Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(HogOperationCancelledException.class, e -> {
          assertThat(e.operationId()).isEqualTo("op_1");
          assertThat(e.getMessage()).contains("cancelled", "Submit it again");
        });
  }

  @Test
  void pollOnceNeverRunsMoreThanOncePerSecond() {
    pollAnswers(state("processing", 1), state("processing", 2), state("processing", 3));
    HogOperation<Map<String, Object>> operation = client.operations().resume("op_1");

    assertThat(operation.poll().progress()).isEqualTo(1);
    assertThat(operation.poll().progress()).isEqualTo(2);
    assertThat(operation.poll().progress()).isEqualTo(3);

    assertThat(clock.longSleeps()).allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    assertThat(clock.longSleeps()).hasSize(2);
    assertThat(operation.latest()).get().extracting(o -> o.progress()).isEqualTo(3);
  }

  @Test
  void olderAcceptedShapeWithOperationIdOnlyAndAbsolutePollUrlOnTheSameHost() {
    String path = "/api/people/enrich";
    server.stubFor(post(urlEqualTo(path)).willReturn(SpecResponses.json("POST", path, 202,
        "{\"operationId\":\"op_1\",\"status\":\"queued\",\"pollUrl\":\"" + server.baseUrl() + POLL + "\","
            + "\"meta\":{\"requestId\":\"req_old\",\"estimatedCost\":20}}")));
    pollAnswers(SpecResponses.operation("op_1", "succeeded", 100, "{\"people\":[]}", null));

    Submission<FreeForm, Map<String, Object>> submission = client.people()
        .submitEnrichment(ai.thehog.model.PeopleEnrichRequest.builder().asyncPreferred(true).build());

    assertThat(submission.isCompleted()).isFalse();
    assertThat(submission.meta().estimatedCost()).isEqualTo(20L);
    assertThat(submission.meta().requestId()).isEqualTo("req_old");
    HogOperation<Map<String, Object>> operation = ((Submission.Accepted<FreeForm, Map<String, Object>>) submission).operation();
    assertThat(operation.id()).isEqualTo("op_1");
    assertThat(operation.pollUrl()).isEqualTo(server.baseUrl() + POLL);
    assertThat(submission.await(Duration.ofMinutes(1)).asObject()).isEqualTo(Map.of("people", List.of()));
  }

  @Test
  void aForeignPollUrlInAnAnswerIsNotFollowedTheIdIsPolledOnOurHost() {
    server.stubFor(post(urlEqualTo("/api/deep-research")).willReturn(SpecResponses.json("POST", "/api/deep-research", 202,
        "{\"id\":\"op_1\",\"operationId\":\"op_1\",\"status\":\"queued\",\"pollUrl\":\"https://evil.example.com/api/operations/op_1\"}")));
    pollAnswers(SpecResponses.operation("op_1", "succeeded", 100, "{}", null));

    HogOperation<DeepResearchResult> operation = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());

    assertThat(operation.pollUrl()).isEqualTo(server.baseUrl() + POLL);
    assertThat(operation.await(Duration.ofMinutes(1))).isInstanceOf(OperationOutcome.Succeeded.class);
  }

  @Test
  void resumeFromIdRelativeAndAbsolutePollUrlAndRefuseAnotherHost() {
    pollAnswers(SpecResponses.operation("op_1", "succeeded", 100,
        "{\"data\":[{\"name\":\"Jane\"}],\"meta\":{\"providerOutcome\":\"hit\"}}", null));

    SearchResult byId = client.operations().resume("op_1", SearchResult.class).await(Duration.ofSeconds(5)).result();
    SearchResult relative = client.operations().resumeFromPollUrl(POLL, SearchResult.class).await(Duration.ofSeconds(5)).result();
    SearchResult absolute = client.operations().resumeFromPollUrl(server.baseUrl() + POLL, SearchResult.class)
        .await(Duration.ofSeconds(5)).result();

    assertThat(byId.data()).containsExactly(Map.of("name", "Jane"));
    assertThat(byId.meta().providerOutcome().value()).isEqualTo("hit");
    assertThat(relative).isEqualTo(byId);
    assertThat(absolute).isEqualTo(byId);
    assertThatThrownBy(() -> client.operations().resumeFromPollUrl("https://elsewhere.example.com/api/operations/op_1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusing to send credentials");
    assertThatThrownBy(() -> client.operations().resumeFromPollUrl("http://127.0.0.1:1" + POLL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void transientPollFailuresKeepPollingUntilTheDeadline() {
    acceptDeepResearch();
    server.stubFor(get(urlEqualTo(POLL)).willReturn(SpecResponses.json("GET", POLL, 503,
        SpecResponses.error(503, "Service Unavailable", "busy"))));
    HogOperation<DeepResearchResult> operation = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());

    assertThatThrownBy(() -> operation.await(Duration.ofSeconds(30))).isInstanceOf(HogOperationTimeoutException.class)
        .hasMessageContaining("not polled");
    assertThat(server.findAll(getRequestedFor(urlEqualTo(POLL))).size()).isBetween(5, 40);
  }

  @Test
  void retriesOfAPollNeverOutlastTheDeadline() {
    acceptDeepResearch();
    server.stubFor(get(urlEqualTo(POLL)).willReturn(SpecResponses.json("GET", POLL, 429,
        SpecResponses.error(429, "Too Many Requests", "slow down"), "Retry-After", "60")));
    long start = clock.nanoTime();
    HogOperation<DeepResearchResult> operation = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());

    assertThatThrownBy(() -> operation.await(Duration.ofSeconds(10))).isInstanceOf(HogOperationTimeoutException.class);

    assertThat(clock.elapsedSince(start)).isEqualTo(Duration.ofSeconds(10));
    assertThat(server.findAll(getRequestedFor(urlEqualTo(POLL)))).hasSize(1);
  }

  @Test
  void awaitAsyncCompletes() throws Exception {
    server.stubFor(post(urlEqualTo("/api/deep-research"))
        .willReturn(SpecResponses.json("POST", "/api/deep-research", 202, SpecResponses.accepted("op_1"))));
    pollAnswers(SpecResponses.operation("op_1", "succeeded", 100, "{\"data\":[]}", null));

    OperationOutcome<DeepResearchResult> outcome = client.async()
        .deepResearch().researchAndAwait(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build(), Duration.ofMinutes(1))
        .get(10, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(outcome.result().data()).isEqualTo(List.of());
  }
}
