package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.operation.HogOperation;
import ai.thehog.model.DeepResearchRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The documented floor: one operation is never polled twice within a second, whoever asks (the
 * forecast, a shared pace, a 429's Retry-After, the retry backoff, a second awaiter or handle).
 * Every attempt that reaches the network is timed on the client's clock.
 */
class PollSpacingTest extends WireMockTestBase {

  private static final String PATH = "/api/operations/op_1";
  private final List<Long> polls = new ArrayList<>();

  private HogClient recordingClient() {
    OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      if (chain.request().url().encodedPath().equals(PATH)) {
        synchronized (polls) {
          polls.add(clock.nanoTime());
        }
      }
      return chain.proceed(chain.request());
    }).build();
    return builder().okHttpClient(recording).build();
  }

  /** GET answers in turn; the last repeats. */
  private void pollAnswers(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      String state = i == 0 ? STARTED : "s" + i;
      var stub = get(urlEqualTo(PATH)).inScenario("op").whenScenarioStateIs(state).willReturn(answers[i]);
      if (i + 1 < answers.length) {
        stub = stub.willSetStateTo("s" + (i + 1));
      }
      server.stubFor(stub);
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder limited(String retryAfter) {
    return aResponse().withStatus(429).withHeader("Retry-After", retryAfter)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\"}}");
  }

  private void assertSpaced() {
    List<Long> times;
    synchronized (polls) {
      times = List.copyOf(polls);
    }
    assertThat(times).hasSizeGreaterThanOrEqualTo(3);
    for (int i = 1; i < times.size(); i++) {
      assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1)))
          .as("gap before poll %d of %s (client clock)", i + 1, times)
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void aPollAnsweredWith429AndRetryAfterZeroIsNotRetriedWithinASecond() {
    server.stubFor(post(urlEqualTo("/api/deep-research"))
        .willReturn(SpecResponses.json("POST", "/api/deep-research", 202, SpecResponses.accepted("op_1"))));
    pollAnswers(limited("0"), limited("0"),
        SpecResponses.json("GET", PATH, 200, SpecResponses.operation("op_1", "processing", 50, "null", null)),
        SpecResponses.json("GET", PATH, 200, SpecResponses.operation("op_1", "succeeded", 100, "{\"a\":1}", null)));
    try (HogClient hog = recordingClient()) {
      hog.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build()).await(Duration.ofMinutes(5));
    }
    assertSpaced();
  }

  @Test
  void twoHandlesOfOneOperationAwaitedTogetherDoNotPollItTwiceWithinASecond() {
    pollAnswers(SpecResponses.json("GET", PATH, 200, SpecResponses.operation("op_1", "processing", 10, "null", null)),
        SpecResponses.json("GET", PATH, 200, SpecResponses.operation("op_1", "processing", 20, "null", null)),
        SpecResponses.json("GET", PATH, 200, SpecResponses.operation("op_1", "succeeded", 100, "{\"a\":1}", null)));
    try (HogClient hog = recordingClient()) {
      // Resumed twice (two processes' worth of handles in one): each handle's own schedule says "poll now".
      HogOperation<Map<String, Object>> first = hog.operations().resume("op_1");
      HogOperation<Map<String, Object>> second = hog.operations().resume("op_1");
      HogOperation.awaitAll(List.of(first, second), Duration.ofMinutes(5));
    }
    assertSpaced();
  }
}
