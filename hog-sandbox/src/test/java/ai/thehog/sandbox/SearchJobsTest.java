package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Search jobs (/api/v1/search): the snake_case 202, the job moving through its statuses, the list. */
class SearchJobsTest {

  static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().clock(CLOCK).build();

  @Test
  void aJobIsAcceptedInSnakeCaseAndMovesThroughItsStatuses(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply accepted = http.post("/api/v1/search",
        "{\"type\":\"linkedin_keyword\",\"query\":\"revops\",\"max_results\":4,\"match_mode\":\"exact\"}");
    assertThat(accepted.status()).isEqualTo(202);
    String id = (String) accepted.at("id");
    assertThat(accepted.at("status")).isEqualTo("queued");
    assertThat(accepted.at("poll_url")).isEqualTo("/api/v1/search/" + id);
    assertThat(accepted.at("meta.request_id")).isEqualTo(accepted.header("X-Request-Id"));

    assertThat(http.get("/api/v1/search/" + id).at("status")).isEqualTo("queued");
    CLOCK.advance(Duration.ofSeconds(1));
    SandboxHttp.Reply running = http.get("/api/v1/search/" + id);
    assertThat(running.at("status")).isEqualTo("processing");
    assertThat(running.at("results")).isNull();
    CLOCK.advance(Duration.ofSeconds(5));
    SandboxHttp.Reply done = http.get((String) accepted.at("poll_url"));
    assertThat(done.at("status")).isEqualTo("succeeded");
    assertThat(done.at("type")).isEqualTo("linkedin_keyword");
    assertThat(done.listAt("results")).hasSize(4);
    assertThat(done.at("total_results")).isEqualTo(4L);
    assertThat(done.at("results.0.post_url")).isNotNull();
    assertThat(done.at("completed_at")).isNotNull();

    // The same request gives the same results.
    SandboxHttp.Reply again = http.post("/api/v1/search",
        "{\"type\":\"linkedin_keyword\",\"query\":\"revops\",\"max_results\":4,\"match_mode\":\"exact\"}");
    CLOCK.advance(Duration.ofSeconds(6));
    assertThat(http.get("/api/v1/search/" + again.at("id")).listAt("results")).isEqualTo(done.listAt("results"));
  }

  @Test
  void aFailedJobSaysWhyAndWhetherToRetry(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply accepted = http.post("/api/v1/search", "{\"type\":\"site_search\",\"query\":\"x\",\"site\":\"fail.example\"}");
    CLOCK.advance(Duration.ofSeconds(6));
    SandboxHttp.Reply failed = http.get("/api/v1/search/" + accepted.at("id"));
    assertThat(failed.at("status")).isEqualTo("failed");
    assertThat(failed.at("error.retryable")).isEqualTo(false);
    assertThat((String) failed.at("error.message")).isNotBlank();
    assertThat(http.get("/api/v1/search/srch_unknown").status()).isEqualTo(404);
  }

  @Test
  void limitsOfTheFactsAnswer400(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply tooMany = http.post("/api/v1/search", "{\"type\":\"web_search\",\"query\":\"x\",\"max_results\":51}");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.listAt("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("property")).containsExactly("max_results");
    assertThat(http.get("/api/v1/search?limit=0").status()).isEqualTo(400);
  }

  @Test
  void listedNewestFirstByTypeWithCursors(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    String a = (String) http.post("/api/v1/search", "{\"type\":\"web_search\",\"query\":\"a\"}").at("id");
    String b = (String) http.post("/api/v1/search", "{\"type\":\"x_keyword\",\"query\":\"b\"}").at("id");
    String c = (String) http.post("/api/v1/search", "{\"type\":\"web_search\",\"query\":\"c\"}").at("id");
    SandboxHttp.Reply first = http.get("/api/v1/search?limit=2");
    assertThat(first.listAt("data")).extracting(j -> (Object) ((Map<?, ?>) j).get("id")).containsExactly(c, b);
    SandboxHttp.Reply second = http.get("/api/v1/search?limit=2&cursor=" + first.at("next_cursor"));
    assertThat(second.listAt("data")).extracting(j -> (Object) ((Map<?, ?>) j).get("id")).containsExactly(a);
    assertThat(second.at("next_cursor")).isNull();
    assertThat(http.get("/api/v1/search?type=web_search").listAt("data"))
        .extracting(j -> (Object) ((Map<?, ?>) j).get("id")).containsExactly(c, a);
  }

  @Test
  void byDefaultTheJobIsAlsoAnOperationForClientsOfTheFivePages(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply accepted = http.post("/api/v1/search", "{\"type\":\"web_search\",\"query\":\"fintech\"}");
    assertThat(accepted.at("operationId")).isEqualTo(accepted.at("id"));
    assertThat(accepted.at("pollUrl")).isEqualTo("/api/operations/" + accepted.at("id"));
    CLOCK.advance(Duration.ofSeconds(6));
    assertThat(http.get((String) accepted.at("pollUrl")).at("status")).isEqualTo("succeeded");
    assertThat(http.get((String) accepted.at("poll_url")).at("type")).isEqualTo("web_search");
  }
}
