package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Faults on demand, per route, for the next N matching requests. */
class FaultTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().build();

  static final String SEARCH = "{\"industry\":\"Software\"}";
  static final String ROUTE = "/api/companies/search";

  @Test
  void serverErrorForTheNextNRequestsOnlyOnThatRoute(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    sandbox.faults().inject(SandboxFault.on("POST", ROUTE).times(2).serverError(502));

    assertThat(http.post("/api/context", "{\"company\":\"Acme\"}").status()).isEqualTo(200);
    SandboxHttp.Reply first = http.post(ROUTE, SEARCH);
    assertThat(first.status()).isEqualTo(502);
    assertThat(first.at("requestId")).isEqualTo(first.header("X-Request-Id"));
    assertThat(http.post(ROUTE, SEARCH).status()).isEqualTo(502);
    assertThat(http.post(ROUTE, SEARCH).status()).isEqualTo(200);
    assertThat(sandbox.ledger().creditsCharged(SandboxHttp.ACCESS)).isEqualTo(3 + 2);
  }

  @Test
  void connectionResetEmptyResponseAndMalformedChunkBreakTheExchange(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    sandbox.faults().inject(
        SandboxFault.on("POST", ROUTE).connectionReset(),
        SandboxFault.on("POST", ROUTE).emptyResponse(),
        SandboxFault.on("POST", ROUTE).malformedChunk());

    IOException reset = http.postExpectingFailure(ROUTE, SEARCH);
    IOException empty = http.postExpectingFailure(ROUTE, SEARCH);
    IOException malformed = http.postExpectingFailure(ROUTE, SEARCH);

    assertThat(reset).isNotNull();
    assertThat(empty).isNotNull();
    assertThat(malformed).isNotNull();
    assertThat(http.post(ROUTE, SEARCH).status()).isEqualTo(200);
    assertThat(sandbox.ledger().charges()).hasSize(1);
    assertThat(sandbox.ledger().requestsPerRoute()).containsEntry("POST /api/companies/search", 4L);
  }

  @Test
  void latencyDelaysTheResponseButServesIt(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    sandbox.faults().inject(SandboxFault.on("POST", ROUTE).latency(Duration.ofMillis(300)));

    long start = System.nanoTime();
    SandboxHttp.Reply reply = http.post(ROUTE, SEARCH);
    long tookMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(reply.status()).isEqualTo(200);
    assertThat(tookMillis).isGreaterThanOrEqualTo(300);   // a lower bound only: never flaky
  }

  @Test
  void wildcardPathsAndMethodsMatch(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    sandbox.faults().inject(SandboxFault.on("*", "/api/operations/*").serverError(503));

    assertThat(http.get("/api/operations/op_x").status()).isEqualTo(503);
    assertThat(http.get("/api/operations/op_x").status()).isEqualTo(404);
  }

  @Test
  void resetDisarmsFaults(HogSandbox sandbox) {
    sandbox.faults().inject(SandboxFault.on("POST", ROUTE).times(5).serverError());
    sandbox.reset();
    assertThat(new SandboxHttp(sandbox).post(ROUTE, SEARCH).status()).isEqualTo(200);
  }

  @Test
  void badFaultsAreRefusedWithClearMessages() {
    assertThatThrownBy(() -> SandboxFault.on("POST", "api/x")).hasMessageContaining("must start with '/'");
    assertThatThrownBy(() -> SandboxFault.on("POST", ROUTE).times(0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> SandboxFault.on("POST", ROUTE).serverError(404)).hasMessageContaining("5xx");
  }
}
