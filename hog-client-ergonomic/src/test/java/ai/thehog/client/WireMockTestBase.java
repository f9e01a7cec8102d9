package ai.thehog.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock server on loopback and a client on a fake clock with deterministic (maximal) jitter. */
abstract class WireMockTestBase {

  static final String ACCESS = "ak_test_0123456789";
  static final String SECRET = "sk_live_SUPER_SECRET_never_log_me_42";

  WireMockServer server;
  FakeClock clock;
  HogClient client;

  @BeforeEach
  void startServer() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    clock = new FakeClock();
    client = builder().build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.stop();
  }

  /** The builder tests start from: loopback server, no environment, fake clock, jitter 1.0. */
  HogClientBuilder builder() {
    return HogClient.builder()
        .environment(Map.of())
        .baseUrl(server.baseUrl())
        .accessKey(ACCESS)
        .secretKey(SECRET)
        .readTimeout(Duration.ofMillis(500))
        .clock(clock)
        .jitter(() -> 1.0);
  }

  /**
   * Stubs {@code request} to answer {@code status} with the JSON {@code body} (none when null) and
   * {@code X-Request-Id: req_header}.
   */
  void answerJson(MappingBuilder request, int status, String body) {
    var response = aResponse().withStatus(status).withHeader("X-Request-Id", "req_header");
    if (body != null) {
      response.withHeader("Content-Type", "application/json").withBody(body);
    }
    server.stubFor(request.willReturn(response));
  }
}
