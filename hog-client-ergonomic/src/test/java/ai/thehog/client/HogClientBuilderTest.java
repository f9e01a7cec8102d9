package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.common.RateLimits;
import ai.thehog.client.common.RetryPolicy;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Configuration: environment, defaults, auth schemes, plain-http refusal, headers, toString. */
class HogClientBuilderTest extends WireMockTestBase {

  private static final String POLL = "/api/operations/op_1";

  private LoggedRequest onePoll(HogClient hog) {
    server.stubFor(get(urlEqualTo(POLL)).willReturn(SpecResponses.json("GET", POLL, 200,
        SpecResponses.operation("op_1", "queued", null, "null", null))));
    hog.operations().get("op_1");
    return server.findAll(getRequestedFor(urlEqualTo(POLL))).get(0);
  }

  @Test
  void keysAndServerUrlComeFromTheEnvironment() {
    try (HogClient hog = HogClient.builder().environment(Map.of("THE_HOG_ACCESS_KEY", "ak_env",
        "THE_HOG_SECRET_KEY", "sk_env_secret", "THE_HOG_SERVER_URL", server.baseUrl())).clock(clock).build()) {
      LoggedRequest request = onePoll(hog);
      assertThat(request.getHeader("X-Access-Key")).isEqualTo("ak_env");
      assertThat(request.getHeader("X-Secret-Key")).isEqualTo("sk_env_secret");
      assertThat(request.getHeader("User-Agent")).matches("thehog-java/\\d+\\.\\d+\\.\\d+.*");
      assertThat(request.containsHeader("X-Project-Id")).isFalse();
    }
  }

  @Test
  void builderValuesWinOverTheEnvironment() {
    try (HogClient hog = builder().environment(Map.of("THE_HOG_ACCESS_KEY", "ak_env", "THE_HOG_SECRET_KEY", "sk_env",
        "THE_HOG_SERVER_URL", "https://example.invalid")).projectId("proj_7").build()) {
      LoggedRequest request = onePoll(hog);
      assertThat(request.getHeader("X-Access-Key")).isEqualTo(ACCESS);
      assertThat(request.getHeader("X-Secret-Key")).isEqualTo(SECRET);
      assertThat(request.getHeader("X-Project-Id")).isEqualTo("proj_7");
    }
  }

  @Test
  void defaultBaseUrlIsTheCurrentHost() {
    try (HogClient hog = HogClient.builder().environment(Map.of()).accessKey("a").secretKey("s").build()) {
      assertThat(hog.baseUrl()).isEqualTo("https://developer.thehog.ai/");
    }
  }

  @Test
  void bearerTokenForTheOlderHost() {
    try (HogClient hog = HogClient.builder().environment(Map.of()).baseUrl(server.baseUrl()).bearerToken("tok_abc")
        .clock(clock).build()) {
      LoggedRequest request = onePoll(hog);
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer tok_abc");
      assertThat(request.containsHeader("X-Secret-Key")).isFalse();
      assertThat(hog.toString()).doesNotContain("tok_abc");
    }
    assertThatThrownBy(() -> HogClient.builder().environment(Map.of()).bearerToken("t").accessKey("a").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
  }

  @Test
  void missingCredentialsSayWhereToPutThem() {
    assertThatThrownBy(() -> HogClient.builder().environment(Map.of()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("THE_HOG_ACCESS_KEY");
    assertThatThrownBy(() -> HogClient.builder().environment(Map.of("THE_HOG_ACCESS_KEY", "ak")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("THE_HOG_SECRET_KEY");
  }

  @Test
  void plainHttpIsRefusedExceptLoopbackOrWhenAllowed() {
    HogClientBuilder remote = HogClient.builder().environment(Map.of()).accessKey("a").secretKey("s")
        .baseUrl("http://api.example.com");
    assertThatThrownBy(remote::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain http").hasMessageContaining("allowInsecureHttp");
    remote.allowInsecureHttp(true).build().close();
    for (String loopback : new String[] {"http://localhost:8080", "http://127.0.0.1:9", "http://[::1]:9", "http://127.3.4.5"}) {
      HogClient.builder().environment(Map.of()).accessKey("a").secretKey("s").baseUrl(loopback).build().close();
    }
    assertThatThrownBy(() -> HogClient.builder().environment(Map.of()).accessKey("a").secretKey("s")
        .baseUrl("http://127.example.com").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HogClient.builder().environment(Map.of()).accessKey("a").secretKey("s")
        .baseUrl("ftp://x").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an http");
  }

  @Test
  void aCallerSuppliedOkHttpClientIsUsedAndLeftUnchanged() {
    OkHttpClient mine = new OkHttpClient.Builder().build();
    try (HogClient hog = builder().okHttpClient(mine).build()) {
      onePoll(hog);
    }
    assertThat(mine.interceptors()).isEmpty();
    assertThat(mine.retryOnConnectionFailure()).isTrue();
  }

  @Test
  void toStringNeverShowsTheSecret() {
    HogClientBuilder builder = builder();
    assertThat(builder.toString()).doesNotContain(SECRET).contains("[redacted]");
    assertThat(client.toString()).doesNotContain(SECRET).doesNotContain(ACCESS).contains("ak_tes…", "[redacted]");
  }

  @Test
  void aKeyThatCannotBeAHeaderIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> HogClient.builder().environment(Map.of()).accessKey("ak").secretKey("sk_se\ncret_zz")
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret key")
        .hasMessageContaining("position 5").hasMessageNotContaining("cret_zz");
  }

  @Test
  void badBuilderValuesAreRefusedAtOnce() {
    assertThatThrownBy(() -> HogClient.builder().secretKey(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secretKey");
    assertThatThrownBy(() -> HogClient.builder().connection(
        new ai.thehog.model.connection.HogConnection("http://127.0.0.1:1", "ak", "sk", 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeScale");
    assertThatThrownBy(() -> HogClient.builder().batchConcurrency(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PollingPolicy.builder().initialInterval(java.time.Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("once per second");
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
