package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seven monitor operations through HTTP, every answer validated against the spec by SandboxHttp. */
class MonitorsTest {

  static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().clock(CLOCK)
      .addCredential("ak_other", "sk_other").build();

  static String create(SandboxHttp http, String name) {
    SandboxHttp.Reply created = http.post("/api/v1/monitors", "{\"name\":\"" + name + "\",\"type\":\"linkedin_keyword\","
        + "\"config\":{\"keyword\":\"" + name + "\",\"max_posts\":{\"linkedin\":5},\"ratio\":0.1},\"cadence_minutes\":30}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return (String) created.at("id");
  }

  @Test
  void lifeCycleCreateListInPagesUpdatePauseRunEventsDelete(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    String first = create(http, "acme");
    String second = create(http, "globex");
    String third = create(http, "initech");

    SandboxHttp.Reply one = http.get("/api/v1/monitors/" + first);
    assertThat(one.at("status")).isEqualTo("active");
    assertThat(one.at("cadence_minutes")).isEqualTo(30L);
    assertThat(one.mapAt("config")).containsEntry("max_posts", Map.of("linkedin", 5L)).containsEntry("ratio", 0.1);
    assertThat(one.at("last_run_at")).isNull();
    assertThat(one.at("next_run_at")).isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(30)).toString());

    List<Object> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      SandboxHttp.Reply page = http.get("/api/v1/monitors?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.listAt("data")).hasSize(1);
      seen.add(page.at("data.0.id"));
      cursor = (String) page.at("next_cursor");
      pages++;
    } while (cursor != null && pages < 5);
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactly(first, second, third);

    SandboxHttp.Reply paused = http.patch("/api/v1/monitors/" + second, "{\"status\":\"paused\",\"name\":\"globex 2\"}");
    assertThat(paused.status()).isEqualTo(200);
    assertThat(paused.at("status")).isEqualTo("paused");
    assertThat(paused.at("name")).isEqualTo("globex 2");
    assertThat(paused.at("next_run_at")).isNull();
    assertThat(http.get("/api/v1/monitors?status=paused").listAt("data")).extracting(m -> (Object) ((Map<?, ?>) m).get("id"))
        .containsExactly(second);

    CLOCK.advance(Duration.ofMinutes(1));
    assertThat(http.get("/api/v1/monitors/" + first + "/events").listAt("data")).isEmpty();
    SandboxHttp.Reply run = http.postEmpty("/api/v1/monitors/" + first + "/run-now");
    assertThat(run.status()).isEqualTo(202);
    assertThat(run.at("id")).isEqualTo(first);
    assertThat(run.at("last_run_at")).isEqualTo(CLOCK.instant().toString());
    SandboxHttp.Reply events = http.get("/api/v1/monitors/" + first + "/events");
    assertThat(events.listAt("data")).hasSize(MonitorHandlers.EVENTS_PER_RUN);
    assertThat(events.at("data.0.monitor_id")).isEqualTo(first);
    assertThat(events.mapAt("data.0.event_json")).containsKeys("title", "url");
    assertThat(events.at("next_cursor")).isNull();

    CLOCK.advance(Duration.ofMinutes(1));
    String beforeSecondRun = CLOCK.instant().minusSeconds(1).toString();
    assertThat(http.post("/api/v1/monitors/" + first + "/run-now", "{\"force_fresh\":true}").status()).isEqualTo(202);
    assertThat(http.get("/api/v1/monitors/" + first + "/events").listAt("data")).hasSize(2 * MonitorHandlers.EVENTS_PER_RUN);
    assertThat(http.get("/api/v1/monitors/" + first + "/events?since=" + beforeSecondRun).listAt("data"))
        .hasSize(MonitorHandlers.EVENTS_PER_RUN);
    SandboxHttp.Reply firstEvents = http.get("/api/v1/monitors/" + first + "/events?limit=2");
    assertThat(firstEvents.listAt("data")).hasSize(2);
    assertThat(http.get("/api/v1/monitors/" + first + "/events?limit=2&cursor=" + firstEvents.at("next_cursor"))
        .at("data.0.id")).isNotEqualTo(firstEvents.at("data.1.id"));

    SandboxHttp.Reply deleted = http.delete("/api/v1/monitors/" + first);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(http.get("/api/v1/monitors/" + first).status()).isEqualTo(404);
    assertThat(http.delete("/api/v1/monitors/" + first).status()).isEqualTo(404);
    assertThat(http.postEmpty("/api/v1/monitors/" + first + "/run-now").status()).isEqualTo(404);
    assertThat(http.get("/api/v1/monitors/" + first + "/events").status()).isEqualTo(404);
    assertThat(http.get("/api/v1/monitors").listAt("data")).hasSize(2);
  }

  @Test
  void invalidMonitorsAnswer400NamingTheField(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply missing = http.post("/api/v1/monitors", "{\"name\":\"x\",\"type\":\"linkedin_keyword\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.listAt("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("property")).contains("config");

    SandboxHttp.Reply cadence = http.post("/api/v1/monitors",
        "{\"name\":\"x\",\"type\":\"linkedin_keyword\",\"config\":{},\"cadence_minutes\":5}");
    assertThat(cadence.status()).isEqualTo(400);
    assertThat(cadence.listAt("errors")).extracting(e -> (Object) ((Map<?, ?>) e).get("property")).contains("cadence_minutes");

    String id = create(http, "acme");
    SandboxHttp.Reply badStatus = http.patch("/api/v1/monitors/" + id, "{\"status\":\"disabled\"}");
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(http.get("/api/v1/monitors?limit=201").status()).isEqualTo(400);
    assertThat(http.get("/api/v1/monitors?cursor=cur_nothing").status()).isEqualTo(400);
    assertThat(http.get("/api/v1/monitors/" + id + "/events?since=yesterday").status()).isEqualTo(400);
  }

  @Test
  void monitorsBelongToTheirAccessKey(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    String id = create(http, "acme");
    assertThat(http.get("/api/v1/monitors/" + id, "X-Access-Key", "ak_other", "X-Secret-Key", "sk_other").status())
        .isEqualTo(404);
    assertThat(http.get("/api/v1/monitors", "X-Access-Key", "ak_other", "X-Secret-Key", "sk_other").listAt("data"))
        .isEmpty();
    assertThat(http.get("/api/v1/monitors/mon_unknown").status()).isEqualTo(404);
    assertThat(http.get("/api/v1/monitors/" + id).at("name")).isEqualTo("acme");
  }
}
