package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.common.RateLimits;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.internal.ratelimit.LocalRateLimiter;
import ai.thehog.model.DeepResearchRequest;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 23 item 3: a rate limit never holds a call past its own deadline, a caller without retries
 * hears of a 429 at once (typed, with the server's wait and the request id), and a wait the limiter
 * imposes is told to the listener and the log. (Before the fix, the second call of
 * {@link #withoutRetriesTheNextCallFailsAtOnceInsteadOfSleepingThroughTheRetryAfter} slept 60 s and
 * was then sent.)
 */
class RateLimitRespectsTheCallerTest extends WireMockTestBase {

  private static final String RESEARCH = "/api/deep-research";

  private static DeepResearchRequest research() {
    return DeepResearchRequest.builder().prompt("Who leads Acme Corp?").schema(Map.of("type", "object")).build();
  }

  /** The base builder with a read timeout a loaded machine's WireMock keeps. */
  @Override
  HogClientBuilder builder() {
    return super.builder().readTimeout(Duration.ofSeconds(20));
  }

  /** The first POST answers 429 with Retry-After 60 and request id req_429, the next ones 202. */
  private void firstTooManyThenAccepted() {
    server.stubFor(post(urlEqualTo(RESEARCH)).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("open").willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
            .withHeader("Retry-After", "60").withHeader("X-Request-Id", "req_429")
            .withBody(SpecResponses.error(429, "Too Many Requests", "Slow down"))));
    server.stubFor(post(urlEqualTo(RESEARCH)).inScenario("limit").whenScenarioStateIs("open")
        .willReturn(SpecResponses.json("POST", RESEARCH, 202, SpecResponses.accepted("op_1"))));
  }

  @Test
  void withoutRetriesTheNextCallFailsAtOnceInsteadOfSleepingThroughTheRetryAfter() {
    firstTooManyThenAccepted();
    try (HogClient hog = builder().retryPolicy(RetryPolicy.none()).build()) {
      Throwable first = catchThrowable(() -> hog.deepResearch().start(research()));
      long afterFirst = clock.nanoTime();
      Throwable second = catchThrowable(() -> hog.deepResearch().start(research()));

      assertThat(first).isInstanceOf(HogRateLimitException.class);
      assertThat(((HogRateLimitException) first).retryAfter()).contains(Duration.ofSeconds(60));
      assertThat(((HogRateLimitException) first).requestId()).isEqualTo("req_429");
      // The next call is not held back silently: it fails at once, typed, with what is left of the
      // server's wait and the request id of the 429 that asked for it.
      assertThat(second).isInstanceOf(HogRateLimitException.class).hasMessageContaining("was not sent")
          .hasMessageContaining("Retry in 60 s").hasMessageContaining("req_429");
      HogRateLimitException limited = (HogRateLimitException) second;
      assertThat(limited.retryAfter()).contains(Duration.ofSeconds(60));
      assertThat(limited.requestId()).isEqualTo("req_429");
      assertThat(clock.elapsedSince(afterFirst)).isLessThan(Duration.ofSeconds(1));
      assertThat(server.findAll(postRequestedFor(urlEqualTo(RESEARCH)))).hasSize(1);

      // Once the wait is over, the same client sends again.
      clock.advance(Duration.ofSeconds(61));
      assertThat(hog.deepResearch().start(research()).id()).isEqualTo("op_1");
    }
  }

  @Test
  void aDeadlineShorterThanTheServersWaitFailsAtOnce() {
    firstTooManyThenAccepted();
    RetryPolicy tenSeconds = RetryPolicy.builder().maxElapsed(Duration.ofSeconds(10)).build();
    try (HogClient hog = builder().retryPolicy(tenSeconds).build()) {
      assertThat(catchThrowable(() -> hog.deepResearch().start(research()))).isInstanceOf(HogRateLimitException.class);
      long afterFirst = clock.nanoTime();
      Throwable second = catchThrowable(() -> hog.deepResearch().start(research()));

      assertThat(second).isInstanceOf(HogRateLimitException.class);
      assertThat(((HogRateLimitException) second).retryAfter()).contains(Duration.ofSeconds(60));
      assertThat(((HogRateLimitException) second).requestId()).isEqualTo("req_429");
      assertThat(clock.elapsedSince(afterFirst)).isLessThan(Duration.ofSeconds(1));
      assertThat(server.findAll(postRequestedFor(urlEqualTo(RESEARCH)))).hasSize(1);
    }
  }

  @Test
  void aPauseSetSinceByAnotherIsNotBlamedOnThisClientsRequest() {
    firstTooManyThenAccepted();
    HogRateLimiter shared = new LocalRateLimiter(clock, new RateLimits(600, 300));
    try (HogClient hog = builder().retryPolicy(RetryPolicy.none()).rateLimiter(shared).build()) {
      assertThat(catchThrowable(() -> hog.deepResearch().start(research()))).isInstanceOf(HogRateLimitException.class);
      // Another process sharing the limiter met a longer 429 of its own.
      shared.pause(HogRateLimiter.REQUESTS, Duration.ofSeconds(120));

      Throwable held = catchThrowable(() -> hog.deepResearch().start(research()));

      assertThat(held).isInstanceOf(HogRateLimitException.class).hasMessageContaining("Retry in 120 s")
          .hasMessageNotContaining("req_429");
      assertThat(((HogRateLimitException) held).retryAfter()).contains(Duration.ofSeconds(120));
      assertThat(((HogRateLimitException) held).requestId()).isNull();
    }
  }

  @Test
  void aWaitForAPausedBucketIsToldToTheListenerAndTheLog() {
    firstTooManyThenAccepted();
    Logger log = (Logger) LoggerFactory.getLogger("ai.thehog.client.ratelimit");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    log.addAppender(lines);
    Level before = log.getLevel();
    log.setLevel(Level.INFO);
    List<String> waits = Collections.synchronizedList(new ArrayList<>());
    HogClientListener listener = new HogClientListener() {
      @Override
      public void onRateLimitWait(String bucket, Duration waited, boolean acquired) {
        if (!waited.isZero()) {
          waits.add(bucket + " " + waited.toSeconds() + " s " + acquired);
        }
      }
    };
    // A limiter shared by two clients (as a Redis one is shared by processes): one client's 429
    // pauses the other's calls, which wait, within their deadline, and say so.
    HogRateLimiter shared = new LocalRateLimiter(clock, new RateLimits(600, 300));
    try (HogClient first = builder().retryPolicy(RetryPolicy.none()).rateLimiter(shared).build();
        HogClient second = builder().rateLimiter(shared).listener(listener).build()) {
      assertThat(catchThrowable(() -> first.deepResearch().start(research()))).isInstanceOf(HogRateLimitException.class);
      long start = clock.nanoTime();
      assertThat(second.deepResearch().start(research()).id()).isEqualTo("op_1");

      assertThat(clock.elapsedSince(start)).isGreaterThanOrEqualTo(Duration.ofSeconds(60))
          .isLessThan(Duration.ofSeconds(61));
      assertThat(waits).containsExactly("requests 60 s true");
      assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
          .anyMatch(line -> line.contains("waiting 60 s for the rate limit") && line.contains("Retry-After"));
    } finally {
      log.detachAppender(lines);
      log.setLevel(before);
    }
  }
}
