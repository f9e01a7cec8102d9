package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.PersonIdentifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Single operations poll just after the end their reported progress predicts; batch operations
 * learn their first poll from an earlier batch's own time (202 to end), capped by the policy.
 * Fake clock: every wait is recorded, none slept.
 */
class ProgressAndLearnedPollingTest extends WireMockTestBase {

  /** Stubs GET {@code path} to answer {@code states} in turn (the last one repeats). */
  private void pollAnswers(String id, String... states) {
    String path = "/api/operations/" + id;
    for (int i = 0; i < states.length; i++) {
      String state = i == 0 ? STARTED : id + "-" + i;
      var stub = get(urlEqualTo(path)).inScenario(id).whenScenarioStateIs(state)
          .willReturn(SpecResponses.json("GET", path, 200, states[i]));
      if (i + 1 < states.length) {
        stub = stub.willSetStateTo(id + "-" + (i + 1));
      }
      server.stubFor(stub);
    }
  }

  /** Waits of at least a second: polls and Retry-After, not the rate limiter's spacing nor a retry's backoff. */
  private List<Duration> waits() {
    return clock.sleeps().stream().filter(d -> d.toMillis() >= 1000).toList();
  }

  private static String processing(String id, Integer progress) {
    return SpecResponses.operation(id, "processing", progress, "null", null);
  }

  private void acceptDeepResearch() {
    server.stubFor(post(urlEqualTo("/api/deep-research"))
        .willReturn(SpecResponses.json("POST", "/api/deep-research", 202, SpecResponses.accepted("op_1"))));
  }

  @Test
  void aThirtySecondJobReportingProgressIsPolledFourTimesAndSeenJustAfterItsEnd() {
    acceptDeepResearch();
    // A 30 s job, its progress linear from the 202: 3% at 1 s, 6% at 2 s, 84% at 25.25 s, done at 30 s.
    pollAnswers("op_1", processing("op_1", 3), processing("op_1", 6), processing("op_1", 84),
        SpecResponses.operation("op_1", "succeeded", 100, "{\"answer\":42}", null));

    client.deepResearch().start(DeepResearchRequest.builder().build()).await(Duration.ofMinutes(10));

    List<Duration> waits = waits();
    assertThat(waits).hasSize(4);
    // 1 s after the 202 (the policy's first poll); one report covers 1 s, so the next looks no
    // further ahead; 3% in 1 s, give or take the rounding, says the end is 25.25 s to 49 s away:
    // poll at the earliest; 3% to 84% in 24.25 s puts it between 29.69 s and 30.1 s, close enough:
    // poll at the latest, just after the end.
    assertThat(waits.subList(0, 3)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1),
        Duration.ofMillis(23_250));
    assertThat(waits.get(3)).isBetween(Duration.ofMillis(4_849), Duration.ofMillis(4_851));
    server.verify(4, getRequestedFor(urlEqualTo("/api/operations/op_1")));
  }

  @Test
  void pollsAreNeverCloserThanOneSecondWhenTheEndIsPredictedAtOnce() {
    acceptDeepResearch();
    // 99% after one second: the end is due at once, yet the next poll waits one second.
    pollAnswers("op_1", processing("op_1", 99), processing("op_1", 99), processing("op_1", 99),
        SpecResponses.operation("op_1", "succeeded", 100, "{}", null));

    client.deepResearch().start(DeepResearchRequest.builder().build()).await(Duration.ofMinutes(10));

    List<Duration> waits = waits();
    assertThat(waits).hasSize(4).allSatisfy(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    // Progress stuck past its predicted end: the policy's backoff takes over, from its first interval.
    assertThat(waits.subList(1, 4)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1),
        Duration.ofMillis(1500));
  }

  @Test
  void aStalledProgressLooksAheadNoFurtherThanItCoversAndNeverPastTheDeadline() {
    acceptDeepResearch();
    pollAnswers("op_1", processing("op_1", 1));
    HogOperation<java.util.Map<String, Object>> operation = client.deepResearch()
        .start(DeepResearchRequest.builder().build());
    long start = clock.nanoTime();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> operation.await(Duration.ofSeconds(20)))
        .isInstanceOf(HogOperationTimeoutException.class);

    // 1% for ever: each poll looks as far ahead as the report covers (1, 2, 4, 8, 16 s after the
    // 202); the next (32 s) would be after the 20 s deadline, so the wait ends there.
    assertThat(waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(4));
    assertThat(clock.elapsedSince(start)).isEqualTo(Duration.ofSeconds(20));
    server.verify(5, getRequestedFor(urlEqualTo("/api/operations/op_1")));
  }

  @Test
  void withoutProgressThePolicyBackoffIsKept() {
    acceptDeepResearch();
    pollAnswers("op_1", processing("op_1", null), processing("op_1", null), processing("op_1", null),
        SpecResponses.operation("op_1", "succeeded", 100, "{}", null));

    client.deepResearch().start(DeepResearchRequest.builder().build()).await(Duration.ofMinutes(10));

    assertThat(waits()).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(1500),
        Duration.ofMillis(2250), Duration.ofMillis(3375));
  }

  private static List<PersonIdentifier> people(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> PersonIdentifier.builder().email("p" + i + "@acme.example").build())
        .toList();
  }

  private void acceptBatch(String firstEmail, String id) {
    server.stubFor(post(urlEqualTo("/api/enrichments")).withRequestBody(containing(firstEmail))
        .willReturn(SpecResponses.json("POST", "/api/enrichments", 202, SpecResponses.accepted(id))));
  }

  private static String records(int from, int to) {
    List<String> records = new ArrayList<>();
    for (int i = from; i < to; i++) {
      records.add("{\"identifier\":{\"email\":\"p" + i + "@acme.example\"},\"status\":\"succeeded\",\"data\":{}}");
    }
    return "{\"records\":[" + String.join(",", records) + "]}";
  }

  @Test
  void aLaterBatchIsFirstPolledAtMostTheOperationsOwnTimeNotTheWaitBeforeItsSubmit() {
    // Batch 1's submit is held back 20 s by a 429; its operation then takes 2.5 s from its 202.
    server.stubFor(post(urlEqualTo("/api/enrichments")).withRequestBody(containing("\"p0@")).inScenario("submit")
        .whenScenarioStateIs(STARTED).willSetStateTo("accepted")
        .willReturn(SpecResponses.json("POST", "/api/enrichments", 429, SpecResponses.error(429, "Too Many Requests",
            "Slow down"), "Retry-After", "20")));
    server.stubFor(post(urlEqualTo("/api/enrichments")).withRequestBody(containing("\"p0@")).inScenario("submit")
        .whenScenarioStateIs("accepted")
        .willReturn(SpecResponses.json("POST", "/api/enrichments", 202, SpecResponses.accepted("op_b1"))));
    acceptBatch("\"p100@", "op_b2");
    pollAnswers("op_b1", processing("op_b1", null),
        SpecResponses.operation("op_b1", "succeeded", 100, records(0, 100), null));
    pollAnswers("op_b2", SpecResponses.operation("op_b2", "succeeded", 100, records(100, 200), null));

    try (HogClient hog = builder().batchConcurrency(1).build()) {
      BatchEnrichmentResult result = hog.enrichments().enrichAll(people(0, 200), List.of("contact.email"));
      assertThat(result.records()).hasSize(200);
    }

    List<Duration> waits = waits();
    // The 20 s Retry-After, batch 1's polls at 1 s and 2.5 s, then batch 2's first poll at batch
    // 1's own 2.5 s: not at 22.5 s, which would count the wait before the submit.
    assertThat(waits).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(1), Duration.ofMillis(1500),
        Duration.ofMillis(2500));
  }

  @Test
  void theLearnedFirstPollIsCappedByThePolicysMaximumInterval() {
    acceptBatch("\"p0@", "op_b1");
    acceptBatch("\"p100@", "op_b2");
    List<String> slow = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      slow.add(processing("op_b1", null));
    }
    slow.add(SpecResponses.operation("op_b1", "succeeded", 100, records(0, 100), null));
    pollAnswers("op_b1", slow.toArray(String[]::new));
    pollAnswers("op_b2", SpecResponses.operation("op_b2", "succeeded", 100, records(100, 200), null));

    PollingPolicy policy = PollingPolicy.builder().initialInterval(Duration.ofSeconds(10)).multiplier(2)
        .maxInterval(Duration.ofSeconds(12)).build();
    try (HogClient hog = builder().batchConcurrency(1).pollingPolicy(policy).build()) {
      hog.enrichments().enrichAll(people(0, 200), List.of("contact.email"));
    }

    // Batch 1: 10 s, then 12 s three times (46 s in all); batch 2 first polled at the 12 s cap, not at 46 s.
    assertThat(waits()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(12),
        Duration.ofSeconds(12), Duration.ofSeconds(12), Duration.ofSeconds(12));
  }
}
