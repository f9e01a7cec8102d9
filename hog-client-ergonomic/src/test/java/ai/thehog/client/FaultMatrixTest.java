package ai.thehog.client;

import ai.thehog.client.common.RateLimits;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.client.error.HogInvalidRequestException;
import ai.thehog.client.error.HogNetworkException;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.error.HogServerException;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transport fault, once, on the submit and on the poll of a long-running operation: the
 * call still succeeds, with exactly one extra request, the same Idempotency-Key on the retried
 * POST, and the wait the policy (or the server's Retry-After) asks for.
 */
class FaultMatrixTest extends WireMockTestBase {

  private static final String SUBMIT = "/api/deep-research";
  private static final String POLL = "/api/operations/op_dr1";
  private static final String RESULT = "{\"summary\":\"done\"}";
  private static final Duration BACKOFF = Duration.ofMillis(500);
  private static final Duration FIRST_POLL = Duration.ofSeconds(1);

  enum Phase { SUBMIT, POLL }

  enum FaultCase { CONNECTION_RESET, EMPTY_RESPONSE, MALFORMED_CHUNK, HTTP_500, HTTP_502, HTTP_503, HTTP_429_RETRY_AFTER, SLOW }

  static Stream<Arguments> matrix() {
    return Stream.of(FaultCase.values()).flatMap(f -> Stream.of(Phase.values()).map(p -> Arguments.of(f, p)));
  }

  @Override
  HogClientBuilder builder() {
    return super.builder().rateLimits(new RateLimits(60_000, 60_000));
  }

  private static ResponseDefinitionBuilder fault(FaultCase fault, String method, String path, int okStatus, String okBody) {
    switch (fault) {
      case CONNECTION_RESET:
        return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
      case EMPTY_RESPONSE:
        return aResponse().withFault(Fault.EMPTY_RESPONSE);
      case MALFORMED_CHUNK:
        return aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK);
      case HTTP_500:
        return SpecResponses.json(method, path, 500, SpecResponses.error(500, "Internal Server Error", "boom"));
      case HTTP_502:
        return SpecResponses.json(method, path, 502, SpecResponses.error(502, "Bad Gateway", "upstream"));
      case HTTP_503:
        return SpecResponses.json(method, path, 503, SpecResponses.error(503, "Service Unavailable", "busy"));
      case HTTP_429_RETRY_AFTER:
        return SpecResponses.json(method, path, 429, SpecResponses.error(429, "Too Many Requests", "slow down"),
            "Retry-After", "7");
      case SLOW:
        return SpecResponses.json(method, path, okStatus, okBody).withFixedDelay(2_000);
      default:
        throw new AssertionError(fault);
    }
  }

  private static Duration expectedWait(FaultCase fault) {
    return fault == FaultCase.HTTP_429_RETRY_AFTER ? Duration.ofSeconds(7) : BACKOFF;
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("matrix")
  void oneFaultIsRetriedWithTheSameKeyAndTheRightWait(FaultCase fault, Phase phase) {
    String acceptedBody = SpecResponses.accepted("op_dr1");
    String doneBody = SpecResponses.operation("op_dr1", "succeeded", 100, RESULT, "null");
    if (phase == Phase.SUBMIT) {
      server.stubFor(post(urlEqualTo(SUBMIT)).inScenario("s").whenScenarioStateIs(STARTED)
          .willReturn(fault(fault, "POST", SUBMIT, 202, acceptedBody)).willSetStateTo("recovered"));
      server.stubFor(post(urlEqualTo(SUBMIT)).inScenario("s").whenScenarioStateIs("recovered")
          .willReturn(SpecResponses.json("POST", SUBMIT, 202, acceptedBody)));
      server.stubFor(get(urlEqualTo(POLL)).willReturn(SpecResponses.json("GET", POLL, 200, doneBody)));
    } else {
      server.stubFor(post(urlEqualTo(SUBMIT)).willReturn(SpecResponses.json("POST", SUBMIT, 202, acceptedBody)));
      server.stubFor(get(urlEqualTo(POLL)).inScenario("p").whenScenarioStateIs(STARTED)
          .willReturn(fault(fault, "GET", POLL, 200, doneBody)).willSetStateTo("recovered"));
      server.stubFor(get(urlEqualTo(POLL)).inScenario("p").whenScenarioStateIs("recovered")
          .willReturn(SpecResponses.json("GET", POLL, 200, doneBody)));
    }

    OperationOutcome<DeepResearchResult> outcome = client.deepResearch()
        .researchAndAwait(DeepResearchRequest.builder().prompt("Acme").schema(Map.of("type", "object")).build(), Duration.ofMinutes(5));

    assertThat(outcome).isInstanceOf(OperationOutcome.Succeeded.class);
    assertThat(outcome.result().additionalProperties()).isEqualTo(Map.of("summary", "done"));
    List<LoggedRequest> posts = server.findAll(postRequestedFor(urlEqualTo(SUBMIT)));
    List<LoggedRequest> polls = server.findAll(getRequestedFor(urlEqualTo(POLL)));
    assertThat(posts).hasSize(phase == Phase.SUBMIT ? 2 : 1);
    assertThat(polls).hasSize(phase == Phase.POLL ? 2 : 1);
    assertThat(posts).extracting(r -> r.getHeader("Idempotency-Key")).doesNotContainNull()
        .containsOnly(posts.get(0).getHeader("Idempotency-Key"));
    List<Duration> expected = new java.util.ArrayList<>(phase == Phase.SUBMIT
        ? List.of(expectedWait(fault), FIRST_POLL)
        : List.of(FIRST_POLL, expectedWait(fault)));
    Duration rest = Duration.ofSeconds(1).minus(expectedWait(fault));
    if (phase == Phase.POLL && rest.toMillis() >= 50) {
      // Two polls of one operation are a second apart at least: the retry waits out the rest of it.
      expected.add(rest);
    }
    assertThat(clock.longSleeps()).isEqualTo(expected);
  }

  @Test
  void persistent503OnSubmitStopsAfterMaxAttemptsWithOneKeyAndExponentialWaits() {
    server.stubFor(post(urlEqualTo(SUBMIT)).willReturn(
        SpecResponses.json("POST", SUBMIT, 503, SpecResponses.error(503, "Service Unavailable", "busy"),
            "X-Request-Id", "req_503")));

    assertThatThrownBy(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()))
        .isInstanceOfSatisfying(HogServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(503);
          assertThat(e.requestId()).isEqualTo("req_503");
          assertThat(e.getMessage()).contains("HTTP 503", "busy", "try again later", "req_503");
        });
    List<LoggedRequest> posts = server.findAll(postRequestedFor(urlEqualTo(SUBMIT)));
    assertThat(posts).hasSize(RetryPolicy.defaults().maxAttempts());
    assertThat(posts).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(posts.get(0).getHeader("Idempotency-Key"));
    assertThat(clock.longSleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4));
  }

  @Test
  void retryAfterLongerThanTheRetryBudgetIsNotWaitedButReported() {
    server.stubFor(post(urlEqualTo(SUBMIT)).willReturn(
        SpecResponses.json("POST", SUBMIT, 429, SpecResponses.error(429, "Too Many Requests", "slow down"),
            "Retry-After", "600")));

    assertThatThrownBy(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()))
        .isInstanceOfSatisfying(HogRateLimitException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(600));
          assertThat(e.getMessage()).contains("wait 600 s", "rateLimits");
        });
    assertThat(server.findAll(postRequestedFor(urlEqualTo(SUBMIT)))).hasSize(1);
    assertThat(clock.longSleeps()).isEmpty();
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    String date = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
        .format(clock.instant().plusSeconds(12).atZone(java.time.ZoneOffset.UTC));
    server.stubFor(post(urlEqualTo(SUBMIT)).inScenario("d").whenScenarioStateIs(STARTED)
        .willReturn(SpecResponses.json("POST", SUBMIT, 503, SpecResponses.error(503, "Service Unavailable", "busy"),
            "Retry-After", date)).willSetStateTo("ok"));
    server.stubFor(post(urlEqualTo(SUBMIT)).inScenario("d").whenScenarioStateIs("ok")
        .willReturn(SpecResponses.json("POST", SUBMIT, 202, SpecResponses.accepted("op_dr1"))));

    HogOperation<DeepResearchResult> operation = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());

    assertThat(operation.id()).isEqualTo("op_dr1");
    assertThat(clock.longSleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void unreachableServerIsANetworkExceptionAfterTheRetries() {
    server.stop();
    assertThatThrownBy(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()))
        .isInstanceOf(HogNetworkException.class)
        .hasMessageContaining("could not be reached")
        .hasMessageNotContaining(SECRET);
    assertThat(clock.longSleeps()).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
  }

  @Test
  void a400IsNotRetried() {
    server.stubFor(post(urlEqualTo(SUBMIT)).willReturn(SpecResponses.json("POST", SUBMIT, 400,
        "{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":\"Validation failed\",\"errors\":[{\"property\":"
            + "\"query\",\"message\":\"query must be a string\"}]}", "X-Request-Id", "req_400")));

    assertThatThrownBy(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()))
        .isInstanceOfSatisfying(HogInvalidRequestException.class, e -> {
          assertThat(e.validationErrors()).extracting(v -> v.property()).containsExactly("query");
          assertThat(e.getMessage()).contains("query: query must be a string", "Fix the request", "req_400");
        });
    assertThat(server.findAll(postRequestedFor(urlEqualTo(SUBMIT)))).hasSize(1);
  }
}
