package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Per-key request and poll buckets, 429 with Retry-After and X-RateLimit-*, windows on a scaled clock. */
class RateLimitTest {

  static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder()
      .clock(CLOCK)
      .timeScale(10)              // a minute lasts 6 s of clock time
      .requestsPerMinute(5)
      .pollsPerMinute(3)
      .addCredential("ak_second", "sk_second")
      .build();

  static final String SEARCH = "{\"industry\":\"Software\"}";

  @Test
  void overTheLimitAnswers429WithRetryAfterAndRateHeaders(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    CLOCK.advance(Duration.ofMinutes(5));   // a fresh window for this test
    for (int i = 0; i < 5; i++) {
      SandboxHttp.Reply ok = http.post("/api/companies/search", SEARCH);
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(4 - i));
    }
    SandboxHttp.Reply limited = http.post("/api/companies/search", SEARCH);

    assertThat(limited.status()).isEqualTo(429);
    // In sandbox seconds, as a client following the sandbox's time scale reads it: 60 s = 6 s of clock time.
    assertThat(limited.header("Retry-After")).isEqualTo("60");
    assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("5");
    assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(limited.header("X-RateLimit-Reset")).isEqualTo("60");
    assertThat(sandbox.ledger().tooManyRequestsSent()).isEqualTo(1);
    assertThat(sandbox.ledger().creditsCharged(SandboxHttp.ACCESS)).isEqualTo(10);

    CLOCK.advance(Duration.ofSeconds(6));   // one scaled minute later
    assertThat(http.post("/api/companies/search", SEARCH).status()).isEqualTo(200);
  }

  @Test
  void pollsHaveTheirOwnBucket(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    CLOCK.advance(Duration.ofMinutes(5));
    String id = (String) http.post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}").at("id");
    for (int i = 0; i < 3; i++) {
      assertThat(http.get("/api/operations/" + id).status()).isEqualTo(200);
    }
    SandboxHttp.Reply limited = http.get("/api/operations/" + id);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("3");
    // Polling did not use the request bucket: 4 more requests still fit.
    for (int i = 0; i < 4; i++) {
      assertThat(http.post("/api/companies/search", SEARCH).status()).isEqualTo(200);
    }
  }

  @Test
  void limitsArePerAccessKey(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    CLOCK.advance(Duration.ofMinutes(5));
    for (int i = 0; i < 5; i++) {
      http.post("/api/companies/search", SEARCH);
    }
    assertThat(http.post("/api/companies/search", SEARCH).status()).isEqualTo(429);
    assertThat(http.post("/api/companies/search", SEARCH, "X-Access-Key", "ak_second", "X-Secret-Key", "sk_second")
        .status()).isEqualTo(200);
    assertThat(sandbox.ledger().tooManyRequestsSent()).isEqualTo(1);
  }
}
