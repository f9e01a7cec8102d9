package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The documented trigger inputs: fail.example, partial.example and cancel.example. */
class OutcomesTest {

  static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder()
      .clock(CLOCK).operationDuration(Duration.ofSeconds(4)).build();

  static SandboxHttp.Reply finish(SandboxHttp http, SandboxHttp.Reply accepted) {
    CLOCK.advance(Duration.ofSeconds(5));
    Object pollUrl = accepted.at("pollUrl") != null ? accepted.at("pollUrl") : accepted.at("data.pollUrl");
    return http.get((String) pollUrl);
  }

  @Test
  void batchWithSomeFailingAndPartialRecordsEndsInPartialSuccess(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply done = finish(http, http.post("/api/enrichments",
        "{\"identifiers\":[{\"email\":\"ok@acme.example\"},{\"email\":\"gone@fail.example\"},"
            + "{\"email\":\"half@partial.example\"}],\"fields\":[\"contact.email\",\"contact.phone\"]}"));

    assertThat(done.at("status")).isEqualTo("partial_success");
    assertThat(done.at("result.records.0.status")).isEqualTo("succeeded");
    assertThat(done.at("result.records.1.status")).isEqualTo("failed");
    assertThat(done.at("result.records.1.data")).isNull();
    assertThat((String) done.at("result.records.1.error.message")).isNotBlank();
    assertThat(done.at("result.records.2.status")).isEqualTo("partial_success");
    assertThat(done.at("result.records.2.data.contact.email")).isEqualTo("half@partial.example");
    assertThat(done.at("result.records.2.data.contact.phone")).isNull();
    assertThat((String) done.at("result.records.2.error.message")).contains("contact.phone");
    assertThat((String) done.at("error.message")).contains("2 of 3");
  }

  @Test
  void batchWhereEveryRecordFailsEndsInFailed(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply done = finish(http, http.post("/api/enrichments",
        "{\"identifiers\":[{\"email\":\"a@fail.example\"},{\"email\":\"b@fail.example\"}],\"fields\":[\"profile\"]}"));

    assertThat(done.at("status")).isEqualTo("failed");
    assertThat(done.at("result")).isNull();
    assertThat(done.at("progress")).isNull();
    assertThat((String) done.at("error.message")).isNotBlank();
  }

  @Test
  void cancelExampleIsCancelledBeforeCompletion(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply accepted = http.post("/api/enrichments",
        "{\"identifiers\":[{\"email\":\"a@cancel.example\"}],\"fields\":[\"profile\"]}");
    CLOCK.advance(Duration.ofSeconds(1));
    assertThat(http.get((String) accepted.at("pollUrl")).at("status")).isEqualTo("processing");
    CLOCK.advance(Duration.ofSeconds(1));
    SandboxHttp.Reply cancelled = http.get((String) accepted.at("pollUrl"));
    assertThat(cancelled.at("status")).isEqualTo("cancelled");
    assertThat(cancelled.at("result")).isNull();
  }

  @Test
  void otherAsyncEndpointsFollowTheSameTriggers(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply failed = finish(http, http.post("/api/v1/platform/scrapers/web/crawl",
        "{\"url\":\"https://www.fail.example\"}"));
    SandboxHttp.Reply partial = finish(http, http.post("/api/v1/companies/search",
        "{\"query\":\"partners\",\"domain\":\"partial.example\"}"));

    assertThat(failed.at("status")).isEqualTo("failed");
    assertThat(partial.at("status")).isEqualTo("partial_success");
    assertThat(partial.at("result.meta.providerOutcome")).isEqualTo("empty_partial_failure");
    assertThat(partial.listAt("result.data")).isNotEmpty();
  }

  @Test
  void singleSyncIdentifierAtFailExampleListsEveryFieldAsNotAvailable(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).post("/api/enrichments",
        "{\"identifier\":{\"email\":\"x@fail.example\"},\"fields\":[\"contact.email\"]}");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.listAt("data.notAvailable")).containsExactly("contact.email");
  }
}
