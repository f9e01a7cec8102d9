package ai.thehog.client;

import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.BatchProgressListener;
import ai.thehog.client.error.HogCostGuardException;
import ai.thehog.client.error.HogInvalidRequestException;
import ai.thehog.client.error.HogOperationTimeoutException;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.internal.Durations;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.http.RetryAfter;
import ai.thehog.client.internal.http.Secrets;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.PersonIdentifier;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 10, client part: long and absurd Retry-After, several waiters, cancelled waits, repeated fields. */
class ClientUnderAbuseTest extends WireMockTestBase {

  private static final String RESEARCH = "/api/deep-research";
  private static final String POLL = "/api/operations/op_1";

  private void acceptResearch() {
    server.stubFor(post(urlEqualTo(RESEARCH))
        .willReturn(SpecResponses.json("POST", RESEARCH, 202, SpecResponses.accepted("op_1"))));
  }

  private void pollForever() {
    server.stubFor(get(urlEqualTo(POLL)).willReturn(SpecResponses.json("GET", POLL, 200,
        SpecResponses.operation("op_1", "processing", 10, "null", null))));
  }

  @Test
  void aLongRetryAfterFailsLaterCallsFastInsteadOfBlockingThem() {
    server.stubFor(post(urlEqualTo(RESEARCH)).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "application/json").withHeader("Retry-After", "3600")
        .withBody(SpecResponses.error(429, "Too Many Requests", "Slow down"))));

    Throwable first = catchThrowable(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()));
    Throwable second = catchThrowable(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()));

    assertThat(first).isInstanceOf(HogRateLimitException.class);
    assertThat(second).isInstanceOf(HogRateLimitException.class).hasMessageContaining("was not sent")
        .hasMessageContaining("Retry in 3600 s");
    assertThat(((HogRateLimitException) second).retryAfter()).contains(Duration.ofHours(1));
    // One request reached the server; nobody slept through the hour.
    assertThat(server.findAll(postRequestedFor(urlEqualTo(RESEARCH)))).hasSize(1);
    assertThat(clock.sleeps()).allMatch(d -> d.compareTo(Duration.ofMinutes(2)) <= 0);
  }

  @Test
  void anAbsurdRetryAfterIsClampedNotAnArithmeticException() {
    server.stubFor(post(urlEqualTo(RESEARCH)).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "application/json").withHeader("Retry-After", "99999999999")
        .withBody(SpecResponses.error(429, "Too Many Requests", "Slow down"))));

    Throwable thrown = catchThrowable(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()));

    assertThat(thrown).isInstanceOf(HogRateLimitException.class);
    assertThat(((HogRateLimitException) thrown).retryAfter()).contains(Durations.MAX_SERVER_WAIT);
    assertThat(RetryAfter.parse("999999999999999999999999", java.time.Instant.EPOCH))
        .isEqualTo(Durations.MAX_SERVER_WAIT);
  }

  @Test
  void anAbsurdRetryAfterOnAPollEndsInTheCallersTimeout() {
    acceptResearch();
    server.stubFor(get(urlEqualTo(POLL)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("Retry-After", "99999999999")
        .withBody(SpecResponses.operation("op_1", "processing", 10, "null", null))));
    HogOperation<DeepResearchResult> operation = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());

    assertThatThrownBy(() -> operation.await(Duration.ofMinutes(1))).isInstanceOf(HogOperationTimeoutException.class);
  }

  @Test
  void twoThreadsAwaitOneOperationEachWithItsOwnDeadline() throws Exception {
    acceptResearch();
    pollForever();
    try (HogClient real = builder().clock(HogClock.system()).build()) {
      HogOperation<DeepResearchResult> operation = real.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());
      CompletableFuture<OperationOutcome<DeepResearchResult>> longWait =
          real.async().await(operation, Duration.ofSeconds(30));
      Thread.sleep(300);

      long start = System.nanoTime();
      assertThatThrownBy(() -> operation.await(Duration.ofSeconds(1))).isInstanceOf(HogOperationTimeoutException.class);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(took).isLessThan(Duration.ofSeconds(3));
      assertThat(longWait).isNotDone();
      longWait.cancel(true);
    }
  }

  @Test
  void cancellingAnAsyncWaitStopsThePolling() throws Exception {
    acceptResearch();
    pollForever();
    try (HogClient real = builder().clock(HogClock.system()).build()) {
      HogOperation<DeepResearchResult> operation = real.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());
      CompletableFuture<OperationOutcome<DeepResearchResult>> waiting =
          real.async().await(operation, Duration.ofMinutes(5));
      Thread.sleep(1_500);
      assertThat(server.findAll(getRequestedFor(urlEqualTo(POLL)))).isNotEmpty();

      waiting.cancel(true);
      Thread.sleep(300);
      int atCancel = server.findAll(getRequestedFor(urlEqualTo(POLL))).size();
      Thread.sleep(2_500);

      assertThat(server.findAll(getRequestedFor(urlEqualTo(POLL)))).hasSize(atCancel);
    }
  }

  @Test
  void repeatedFieldsAreSentOnce() throws Exception {
    server.stubFor(post(urlEqualTo("/api/enrichments")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"contact\":{\"email\":\"j@acme.example\"}},\"meta\":{\"requestId\":\"req_1\"}}")));

    client.enrichments().enrich(PersonIdentifier.builder().email("j@acme.example").build(),
        List.of("contact.email", "profile", "contact.email", "profile"));

    String body = server.findAll(postRequestedFor(urlEqualTo("/api/enrichments"))).get(0).getBodyAsString();
    assertThat(body).contains("\"fields\":[\"contact.email\",\"profile\"]");
  }

  @Test
  void secretsAreRedactedInEveryEncoding() {
    String secret = "sk_<li\"ve>/42";
    Secrets secrets = new Secrets(secret);
    List<String> forms = List.of(secret,
        "sk_\\u003cli\\\"ve\\u003e\\/42",
        "sk_\\u003Cli\\u0022ve\\u003E/42",
        "\\u0073\\u006b_<li\\\"ve>\\/42",
        "sk_%3Cli%22ve%3E%2F42",
        "sk_%3cli%22ve%3e%2f42",
        "sk_%3Cli\"ve>/42");
    for (String form : forms) {
      String redacted = secrets.redact("{\"echo\":\"" + form + "\"} and ?key=" + form);
      assertThat(redacted).as(form).doesNotContain(form).contains(Secrets.REDACTED);
    }
    assertThat(secrets.redact("nothing secret here 100%")).isEqualTo("nothing secret here 100%");
  }

  @Test
  void theWireLogShowsNoEscapedSecretThatTheServerEchoes() {
    ch.qos.logback.classic.LoggerContext context =
        (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
    ch.qos.logback.classic.Logger wire = context.getLogger("ai.thehog.client.wire");
    ch.qos.logback.classic.Level previous = wire.getLevel();
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> captured =
        new ch.qos.logback.core.read.ListAppender<>();
    captured.setContext(context);
    captured.start();
    wire.addAppender(captured);
    wire.setLevel(ch.qos.logback.classic.Level.TRACE);
    try {
      String escaped = SECRET.replace("_", "\\u005f");
      String encoded = SECRET.replace("_", "%5F");
      server.stubFor(post(urlEqualTo(RESEARCH)).willReturn(aResponse().withStatus(400)
          .withHeader("Content-Type", "application/json")
          .withBody("{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":\"key " + escaped + " / " + encoded
              + " is wrong\"}")));
      Throwable thrown = catchThrowable(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()));

      assertThat(thrown).isInstanceOf(HogInvalidRequestException.class);
      assertThat(thrown.getMessage()).doesNotContain(SECRET).doesNotContain(encoded).contains(Secrets.REDACTED);
      assertThat(captured.list).isNotEmpty();
      assertThat(captured.list).map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
          .noneMatch(text -> text.contains(SECRET) || text.contains(escaped) || text.contains(encoded));
    } finally {
      wire.detachAppender(captured);
      wire.setLevel(previous);
    }
  }

  @Test
  void awaitAllReportsWhichOperationsDidNotEnd() {
    server.stubFor(post(urlEqualTo(RESEARCH)).inScenario("two").whenScenarioStateIs(
        com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED).willSetStateTo("second")
        .willReturn(SpecResponses.json("POST", RESEARCH, 202, SpecResponses.accepted("op_done"))));
    server.stubFor(post(urlEqualTo(RESEARCH)).inScenario("two").whenScenarioStateIs("second")
        .willReturn(SpecResponses.json("POST", RESEARCH, 202, SpecResponses.accepted("op_stuck"))));
    server.stubFor(get(urlEqualTo("/api/operations/op_done")).willReturn(SpecResponses.json("GET",
        "/api/operations/op_done", 200, SpecResponses.operation("op_done", "succeeded", 100, "{\"n\":1}", null))));
    server.stubFor(get(urlEqualTo("/api/operations/op_stuck")).willReturn(SpecResponses.json("GET",
        "/api/operations/op_stuck", 200, SpecResponses.operation("op_stuck", "processing", 50, "null", null))));
    HogOperation<DeepResearchResult> done = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());
    HogOperation<DeepResearchResult> stuck = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());
    long start = clock.nanoTime();

    Throwable thrown = catchThrowable(() -> HogOperation.awaitAll(List.of(done, stuck), Duration.ofMinutes(2)));

    assertThat(thrown).isInstanceOf(HogOperationTimeoutException.class)
        .hasMessageContaining("1 of 2 operations did not end within 120 s: op_stuck (processing)")
        .hasMessageContaining("Ended: op_done (succeeded)");
    assertThat(((HogOperationTimeoutException) thrown).unfinishedOperationIds()).containsExactly("op_stuck");
    assertThat(clock.elapsedSince(start)).isLessThanOrEqualTo(Duration.ofMinutes(2));
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/api/operations/op_done")))).hasSize(1);
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/api/operations/op_stuck"))).size()).isGreaterThan(3);
  }

  @Test
  void awaitAllGivesTheOutcomesInOrder() {
    server.stubFor(post(urlEqualTo(RESEARCH)).inScenario("two").whenScenarioStateIs(
        com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED).willSetStateTo("second")
        .willReturn(SpecResponses.json("POST", RESEARCH, 202, SpecResponses.accepted("op_a"))));
    server.stubFor(post(urlEqualTo(RESEARCH)).inScenario("two").whenScenarioStateIs("second")
        .willReturn(SpecResponses.json("POST", RESEARCH, 202, SpecResponses.accepted("op_b"))));
    for (String id : List.of("op_a", "op_b")) {
      server.stubFor(get(urlEqualTo("/api/operations/" + id)).willReturn(SpecResponses.json("GET",
          "/api/operations/" + id, 200, SpecResponses.operation(id, "succeeded", 100, "{\"id\":\"" + id + "\"}", null))));
    }
    HogOperation<DeepResearchResult> a = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());
    HogOperation<DeepResearchResult> b = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());

    List<OperationOutcome<DeepResearchResult>> outcomes = HogOperation.awaitAll(List.of(b, a), Duration.ofMinutes(1));

    assertThat(outcomes).extracting(o -> o.result().additionalProperties().get("id")).containsExactly("op_b", "op_a");
  }

  @Test
  void aDuplicateKnownPropertyCannotBeSmuggledInAsAnAdditionalOne() {
    assertThatThrownBy(() -> ai.thehog.model.SignalsConfig.builder().putAdditionalProperty("since_days", "ten"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("since_days");
  }

  @Test
  void aRateLimiterOfYourOwnIsAskedForEverySlotAndToldOf429s() {
    List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    HogRateLimiter recording = new HogRateLimiter() {
      @Override
      public boolean tryAcquire(String bucket, Duration maxWait) {
        seen.add("acquire " + bucket);
        return true;
      }

      @Override
      public void pause(String bucket, Duration pause) {
        seen.add("pause " + bucket + " " + pause.toSeconds());
      }

      @Override
      public Duration pausedFor(String bucket) {
        return Duration.ZERO;
      }
    };
    acceptResearch();
    server.stubFor(get(urlEqualTo(POLL)).inScenario("p").whenScenarioStateIs(
        com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED).willSetStateTo("ok")
        .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
            .withHeader("Retry-After", "7").withBody(SpecResponses.error(429, "Too Many Requests", "Slow down"))));
    server.stubFor(get(urlEqualTo(POLL)).inScenario("p").whenScenarioStateIs("ok").willReturn(SpecResponses.json("GET",
        POLL, 200, SpecResponses.operation("op_1", "succeeded", 100, "{\"n\":1}", null))));
    try (HogClient own = builder().rateLimiter(recording).build()) {
      own.deepResearch().researchAndAwait(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build(), Duration.ofMinutes(1));
    }

    // A poll takes a slot of the polls bucket only (the operations endpoint has its own limit).
    assertThat(seen).containsExactly("acquire requests", "acquire polls", "pause polls 7", "acquire polls");
  }

  @Test
  void estimateAccessorsNeverThrowOnAMissingValue() {
    ai.thehog.model.Estimate empty = ai.thehog.model.Estimate.builder().build();
    assertThat(empty.knownCredits()).isEmpty();
    assertThat(empty.isWithinPlanLimits()).isFalse();
    ai.thehog.model.Estimate full = empty.toBuilder().estimatedCredits(12L).withinPlanLimits(true).build();
    assertThat(full.knownCredits()).contains(12L);
    assertThat(full.isWithinPlanLimits()).isTrue();
  }

  @Test
  void enrichAllIsGuardedByTheEstimateOfTheWholeList() {
    server.stubFor(post(urlEqualTo("/api/people/enrich/estimate")).willReturn(SpecResponses.json("POST",
        "/api/people/enrich/estimate", 200, "{\"data\":{\"estimatedCredits\":250,\"likelySyncOrAsync\":\"async\","
            + "\"expectedLatencyRange\":\"10-30s\",\"withinPlanLimits\":true},\"meta\":{\"requestId\":\"req_est\"}}")));
    List<PersonIdentifier> people = java.util.stream.IntStream.range(0, 250)
        .mapToObj(i -> PersonIdentifier.builder().email("p" + i + "@acme.example").build()).toList();

    Throwable thrown = catchThrowable(() -> client.enrichments().enrichAll(people, List.of("profile"),
        BatchProgressListener.none(), RequestOptions.builder().maxCredits(100).build()));
    Throwable each = catchThrowable(() -> client.enrichments().enrichEach(people, List.of("profile"), null,
        BatchProgressListener.none(), RequestOptions.builder().maxCredits(100).build()));

    assertThat(thrown).isInstanceOf(HogCostGuardException.class).hasMessageContaining("250 credits exceed the budget of 100");
    assertThat(each).isInstanceOf(HogCostGuardException.class);
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/enrichments")))).isEmpty();
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/people/enrich/estimate")))).hasSize(2);
  }

  @Test
  void theAsyncFutureOfAWaitCompletesOnTime() throws Exception {
    acceptResearch();
    server.stubFor(get(urlEqualTo(POLL)).willReturn(SpecResponses.json("GET", POLL, 200,
        SpecResponses.operation("op_1", "succeeded", 100, "{\"n\":2}", null))));
    HogOperation<DeepResearchResult> operation = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());

    assertThat(client.async().await(operation, Duration.ofMinutes(1)).get(10, TimeUnit.SECONDS).result()
        .additionalProperties()).containsEntry("n", 2L);
  }
}
