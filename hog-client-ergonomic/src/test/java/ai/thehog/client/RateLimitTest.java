package ai.thehog.client;

import ai.thehog.client.common.RateLimits;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.internal.ratelimit.RateLimiter;
import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.model.GenerateRequest;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.HogSandboxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client-side limiter: its spacing, and a busy multi-threaded application that waits instead of collecting 429s. */
class RateLimitTest {

  static final String ACCESS = "ak_client_rate";
  static final String SECRET = "sk_client_rate_secret";
  static final double SCALE = 20.0;

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey(ACCESS).secretKey(SECRET)
      .timeScale(SCALE).requestsPerMinute(600).pollsPerMinute(300).build();

  @Test
  void noMinuteEverHoldsMoreThanTheLimit() {
    FakeClock clock = new FakeClock();
    RateLimiter limiter = new RateLimiter(clock, 600);
    List<Long> slots = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      slots.add(clock.nanoTime() + limiter.reserve());
      if (i % 7 == 0) {
        clock.advance(Duration.ofMillis(30));
      }
    }
    long minute = Duration.ofMinutes(1).toNanos();
    for (int i = 0; i < slots.size(); i++) {
      int j = i;
      while (j < slots.size() && slots.get(j) - slots.get(i) < minute) {
        j++;
      }
      assertThat(j - i).as("requests in the minute from slot %d", i).isLessThanOrEqualTo(600);
    }
    assertThat(slots).isSorted();
  }

  @Test
  void aBurstUpToTheLimitDoesNotWaitAndTheNextWaitsForTheOldestToLeaveTheWindow() {
    FakeClock clock = new FakeClock();
    RateLimiter limiter = new RateLimiter(clock, 3);
    assertThat(limiter.reserve()).isZero();
    limiter.answered();
    clock.advance(Duration.ofSeconds(5));
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isZero();
    limiter.answered();
    limiter.answered();
    // The first slot (answered at once) leaves the window (a minute, plus 0.5%) 60.3 s after it
    // started, 55.3 s from now.
    assertThat(Duration.ofNanos(limiter.reserve())).isEqualTo(Duration.ofMillis(55_300));
    assertThat(Duration.ofNanos(limiter.reserve())).isEqualTo(Duration.ofMillis(60_300));
  }

  @Test
  void aSlotStillUnansweredWhenItIsTheOldestCountsAsAnsweredNow() {
    FakeClock clock = new FakeClock();
    RateLimiter limiter = new RateLimiter(clock, 2);
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isZero();
    limiter.answered();
    clock.advance(Duration.ofSeconds(5));
    // One answer came at once, for the oldest slot; the other request is still out 5 s later, and
    // the server may count it as late as it answers: the next slot is a window from now at least.
    assertThat(Duration.ofNanos(limiter.reserve())).isEqualTo(Duration.ofMillis(55_300));
    assertThat(Duration.ofNanos(limiter.reserve())).isEqualTo(Duration.ofMillis(60_300));
  }

  @Test
  void aRetryAfterHoldsBackEveryCallerOfTheLimiter() {
    FakeClock clock = new FakeClock();
    RateLimiter limiter = new RateLimiter(clock, 600);
    limiter.reserve();
    limiter.pause(Duration.ofSeconds(7));
    assertThat(Duration.ofNanos(limiter.reserve())).isEqualTo(Duration.ofSeconds(7));
    assertThat(Duration.ofNanos(limiter.reserve())).isEqualTo(Duration.ofSeconds(7));
    limiter.pause(Duration.ofSeconds(1)); // shorter than the pause already set: no effect
    assertThat(Duration.ofNanos(limiter.reserve())).isEqualTo(Duration.ofSeconds(7));
  }

  private long burst(HogClient hog, HogSandbox sandbox) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        done.add(threads.submit(() -> {
          for (int i = 0; i < 90; i++) {
            try {
              hog.estimates().generation(GenerateRequest.builder().putAdditionalProperty("prompt", "hi").build());
            } catch (HogRateLimitException expectedWithoutLimiter) {
              // counted by the sandbox
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    return sandbox.ledger().tooManyRequestsSent();
  }

  @Test
  void eightBusyThreadsSharingOneClientGetNo429() throws Exception {
    try (HogClient hog = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection()).build()) {
      assertThat(burst(hog, SANDBOX.sandbox())).isZero();
    }
    assertThat(SANDBOX.sandbox().ledger().requestsPerRoute()).containsEntry("POST /api/generate/estimate", 720L);
  }

  @Test
  void withoutTheLimiterABurstCollects429s() throws Exception {
    // The control for the test above: the sandbox does enforce its limit. Its own sandbox allows 60 a scaled
    // minute (3 s here), so that even a slow, busy machine sends the 720 calls faster than that.
    try (HogSandbox tight = HogSandbox.builder().accessKey(ACCESS).secretKey(SECRET).timeScale(SCALE)
            .requestsPerMinute(60).pollsPerMinute(30).build().start();
        HogClient hog = HogClient.builder().environment(Map.of()).connection(tight.connection())
            .rateLimits(new RateLimits(1_000_000, 1_000_000)).retryPolicy(RetryPolicy.none()).build()) {
      assertThat(burst(hog, tight)).isPositive();
    }
  }
}
