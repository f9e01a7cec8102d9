package ai.thehog.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.ratelimit.redis.testing.RequiresRedisServer;
import ai.thehog.sandbox.HogSandbox;
import org.junit.jupiter.api.Test;

/** The harnesses count what they claim to, on tiny inputs; no speed is asserted here. */
class HarnessSmokeTest {

  @Test
  void bothStrategiesEnrichEveryIdentifierAndCountTheirRequests() throws Exception {
    try (HogSandbox sandbox = BatchThroughputHarness.sandbox(50, 2)) {
      BatchThroughputHarness.Run sdk = BatchThroughputHarness.sdk(sandbox, 250, 50);
      BatchThroughputHarness.Run naive = BatchThroughputHarness.naive(sandbox, 250, 50);

      assertThat(sdk.records()).isEqualTo(250);
      assertThat(naive.records()).isEqualTo(250);
      assertThat(sdk.submits()).isEqualTo(3);
      assertThat(naive.submits()).isEqualTo(3);
      assertThat(sdk.polls()).isGreaterThanOrEqualTo(3);
      assertThat(sdk.tooManyRequests()).isZero();
    }
  }

  @RequiresRedisServer
  @Test
  void processesSharingTheRedisLimiterEnrichEveryIdentifier() throws Exception {
    try (HogSandbox sandbox = BatchThroughputHarness.sandbox(50, 2)) {
      SharedRateLimitHarness.Run redis = SharedRateLimitHarness.run(sandbox, "redis", 2, 150, 50, 2);

      assertThat(redis.records()).isEqualTo(300);
      assertThat(redis.submits()).isEqualTo(4);
      assertThat(redis.tooManyRequests()).isZero();
    }
  }

  @Test
  void mediansAreMedians() {
    assertThat(Stats.median(java.util.List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Stats.median(java.util.List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
  }
}
