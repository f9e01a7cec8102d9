package ai.thehog.client;

import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.error.HogOperationTimeoutException;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.client.operation.Progress;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.PersonIdentifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.assertj.core.data.Offset;
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

    client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()).await(Duration.ofMinutes(10));

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

    client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()).await(Duration.ofMinutes(10));

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
    HogOperation<DeepResearchResult> operation = client.deepResearch()
        .start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());
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
  void aResumedOperationsProgressIsNotTakenAsMadeSinceItsFirstPoll() {
    // Resumed at 40%: the first report tells nothing of the rate (the 40% were made before), nor
    // do repeats of it; the policy's backoff goes on until the progress moves.
    pollAnswers("op_1", processing("op_1", 40), processing("op_1", 40), processing("op_1", 40),
        SpecResponses.operation("op_1", "succeeded", 100, "{}", null));

    client.operations().resume("op_1").await(Duration.ofMinutes(1));

    assertThat(waits()).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(2250), Duration.ofMillis(3375));
  }

  @Test
  void withoutProgressThePolicyBackoffIsKept() {
    acceptDeepResearch();
    pollAnswers("op_1", processing("op_1", null), processing("op_1", null), processing("op_1", null),
        SpecResponses.operation("op_1", "succeeded", 100, "{}", null));

    client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()).await(Duration.ofMinutes(10));

    assertThat(waits()).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(1500),
        Duration.ofMillis(2250), Duration.ofMillis(3375));
  }

  /**
   * A job of {@code length} on the fake clock, as its server sees it: each request takes the next
   * of {@code legs} (to the server, then back; the last repeats), the job begins when the submit
   * reaches the server, and each poll is answered with the progress of the moment it arrives
   * (WireMock picks the answer by a header this interceptor sets). Records when each poll was sent
   * and when its answer came.
   */
  private static final class JobOnTheFakeClock implements Interceptor {
    static final String STATE = "X-Test-Job-State";
    private final FakeClock clock;
    private final Duration length;
    private final Duration[][] legs;
    private int requests;
    private long began;
    final List<Long> pollsSent = new ArrayList<>();
    final List<Long> answersReceived = new ArrayList<>();

    JobOnTheFakeClock(FakeClock clock, Duration length, Duration[]... legs) {
      this.clock = clock;
      this.length = length;
      this.legs = legs;
    }

    @Override
    public Response intercept(Chain chain) throws java.io.IOException {
      Duration[] leg = legs[Math.min(requests++, legs.length - 1)];
      long sent = clock.nanoTime();
      clock.advance(leg[0]);
      Request request = chain.request();
      boolean poll = "GET".equals(request.method());
      if (poll) {
        long elapsed = clock.nanoTime() - began;
        String state = elapsed >= length.toNanos() ? "done" : Long.toString(100 * elapsed / length.toNanos());
        request = request.newBuilder().header(STATE, state).build();
      } else {
        began = clock.nanoTime();
      }
      Response response = chain.proceed(request);
      clock.advance(leg[1]);
      if (poll) {
        pollsSent.add(sent);
        answersReceived.add(clock.nanoTime());
      }
      return response;
    }

    /** Seconds from the submit's send to each poll's send. */
    List<Double> pollSeconds(long submitSent) {
      return pollsSent.stream().map(t -> (t - submitSent) / 1e9).toList();
    }
  }

  private static Duration[] leg(long toServerMillis, long backMillis) {
    return new Duration[] {Duration.ofMillis(toServerMillis), Duration.ofMillis(backMillis)};
  }

  /** Answers GET op_1 with the state {@link JobOnTheFakeClock} puts in its header. */
  private void answerByJobState() {
    String path = "/api/operations/op_1";
    for (int percent = 0; percent < 100; percent++) {
      server.stubFor(get(urlEqualTo(path)).withHeader(JobOnTheFakeClock.STATE, equalTo(Integer.toString(percent)))
          .willReturn(SpecResponses.json("GET", path, 200, processing("op_1", percent))));
    }
    server.stubFor(get(urlEqualTo(path)).withHeader(JobOnTheFakeClock.STATE, equalTo("done"))
        .willReturn(SpecResponses.json("GET", path, 200,
            SpecResponses.operation("op_1", "succeeded", 100, "{\"answer\":42}", null))));
  }

  @Test
  void thePollAimedAtTheEndAllowsForTheTimeRequestsAndAnswersTake() {
    acceptDeepResearch();
    answerByJobState();
    // A 4 s job. Every answer takes 50 ms back; the second poll takes 200 ms to reach the server,
    // the others 0 and 10 ms. So the second report (56%) is 0.2 s younger than its send time says.
    JobOnTheFakeClock job = new JobOnTheFakeClock(clock, Duration.ofSeconds(4), leg(0, 50), leg(0, 50),
        leg(200, 50), leg(10, 50));
    long submitSent = clock.nanoTime();
    try (HogClient hog = builder().okHttpClient(new OkHttpClient.Builder().addNetworkInterceptor(job).build())
        .build()) {
      OperationOutcome<DeepResearchResult> outcome = hog.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build())
          .await(Duration.ofMinutes(1));
      assertThat(outcome).isInstanceOf(OperationOutcome.Succeeded.class);
    }

    // 1 s after the 202 (26%); one report reaches no further than the operation's age, so the next
    // is 1 s later (56%, computed by the server at 2.25 s). 26% to 56% puts the end between 3.37 s
    // (31% in the 0.95 s from the first answer's receipt to the second poll's send) and 4.197 s
    // (29% in the 1.25 s from the first poll's send to the second answer's receipt, the 44% left
    // counted from that receipt at 2.30 s): close, so the next poll goes to the latest. Taking the
    // reports at their send times would say 3.567 s, before the end: a poll that misses it, and
    // one more a second later.
    List<Double> polls = job.pollSeconds(submitSent);
    assertThat(polls).hasSize(3);
    assertThat(polls.subList(0, 2)).containsExactly(1.05, 2.05);
    assertThat(polls.get(2)).isCloseTo(2.30 + 44 * 1.25 / 29, Offset.offset(1e-6));
    double seenAfterTheEnd = (job.answersReceived.get(2) - submitSent) / 1e9 - 4.0;
    assertThat(seenAfterTheEnd).isBetween(0.0, 1.0);
  }

  @Test
  void aPollThatLearnsTheRateIsNotSentAfterTheEndWhenAReportWasSlowToReachTheServer() {
    acceptDeepResearch();
    answerByJobState();
    // A 20 s job. The first poll takes 800 ms to reach the server, so its report (9%) is 0.8 s
    // younger than its send time says; the second (10%) reaches it at once.
    JobOnTheFakeClock job = new JobOnTheFakeClock(clock, Duration.ofSeconds(20), leg(0, 50), leg(800, 50),
        leg(0, 50), leg(10, 50));
    long submitSent = clock.nanoTime();
    try (HogClient hog = builder().okHttpClient(new OkHttpClient.Builder().addNetworkInterceptor(job).build())
        .build()) {
      hog.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()).await(Duration.ofMinutes(1));
    }

    // 9% then 10%: at most 2% in the 0.15 s from the first answer's receipt to the second poll's
    // send, so the end may be as early as 2.05 + 89 * 0.15 / 2 = 8.725 s, where the next poll
    // learns the rate (43%); then 19.645 s (98%); the latest end, 20.129 s, is less than a second
    // later, so the last poll waits for the second. Taking the reports at their send times (2% in
    // 1 s) would put the earliest end at 46.55 s, 26 s after the end.
    List<Double> polls = job.pollSeconds(submitSent);
    assertThat(polls).hasSize(5);
    assertThat(polls.subList(0, 2)).containsExactly(1.05, 2.05);
    assertThat(polls.get(2)).isCloseTo(8.725, Offset.offset(1e-6));
    assertThat(polls.get(3)).isCloseTo(8.725 + 56 * 6.825 / 35, Offset.offset(1e-6));
    assertThat(polls.get(4)).isCloseTo(polls.get(3) + 1, Offset.offset(1e-6));
    double seenAfterTheEnd = (job.answersReceived.get(4) - submitSent) / 1e9 - 20.0;
    assertThat(seenAfterTheEnd).isBetween(0.0, 1.0);
  }

  @Test
  void aPollAimedAtTheEndThatMissesItIsFollowedByThePolicysFirstInterval() {
    acceptDeepResearch();
    // 26% at 1 s, 52% at 2 s: the end is due between 3.74 s and 3.92 s; the poll at 3.92 s sees
    // 97% (the job slowed down), and the next poll comes the policy's first interval later, 1 s:
    // the earlier polls went where a report's reach or the learning of the rate sent them, not
    // at an end, and are no misses.
    pollAnswers("op_1", processing("op_1", 26), processing("op_1", 52), processing("op_1", 97),
        SpecResponses.operation("op_1", "succeeded", 100, "{}", null));

    client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()).await(Duration.ofMinutes(1));

    List<Duration> waits = waits();
    assertThat(waits).hasSize(4);
    assertThat(waits.subList(0, 2)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(waits.get(2)).isBetween(Duration.ofMillis(1_919), Duration.ofMillis(1_921));
    assertThat(waits.get(3)).isEqualTo(Duration.ofSeconds(1));
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

  @Test
  void whatTheFirstBatchsProgressForecastsIsEveryLaterBatchsFirstAndOnlyPoll() {
    acceptBatch("\"p0@", "op_b1");
    acceptBatch("\"p100@", "op_b2");
    acceptBatch("\"p200@", "op_b3");
    // Batch 1 reports 25% at 1 s and 50% at 2 s: its end is forecast at 2 s + 50 x 1 s / 24 at the
    // latest. Batches 2 and 3 answer "succeeded" to their first poll, which goes then.
    pollAnswers("op_b1", processing("op_b1", 25), processing("op_b1", 50),
        SpecResponses.operation("op_b1", "succeeded", 100, records(0, 100), null));
    pollAnswers("op_b2", SpecResponses.operation("op_b2", "succeeded", 100, records(100, 200), null));
    pollAnswers("op_b3", SpecResponses.operation("op_b3", "succeeded", 100, records(200, 300), null));

    try (HogClient hog = builder().batchConcurrency(1).build()) {
      BatchEnrichmentResult result = hog.enrichments().enrichAll(people(0, 300), List.of("contact.email"));
      assertThat(result.records()).hasSize(300);
    }

    double latestEnd = 2 + 50 / 24.0;
    List<Duration> waits = waits();
    assertThat(waits).hasSize(5);
    assertThat(waits.subList(0, 2)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(waits.get(2).toNanos() / 1e9).isCloseTo(latestEnd - 2, Offset.offset(1e-6));
    assertThat(waits.get(3).toNanos() / 1e9).isCloseTo(latestEnd, Offset.offset(1e-6));
    assertThat(waits.get(4).toNanos() / 1e9).isCloseTo(latestEnd, Offset.offset(1e-6));
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/api/operations/op_b2")))).hasSize(1);
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/api/operations/op_b3")))).hasSize(1);
  }
}
