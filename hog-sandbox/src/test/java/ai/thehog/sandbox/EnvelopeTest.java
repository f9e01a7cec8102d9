package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** X-Request-Id mirrored as meta.requestId, meta.projectId only when sent, meta.cost on sync results. */
class EnvelopeTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().build();

  @Test
  void projectIdIsEchoedOnlyWhenSent(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply with = http.post("/api/signals", "{\"company\":\"Acme\"}", "X-Project-Id", "proj_abc123");
    SandboxHttp.Reply without = http.post("/api/signals", "{\"company\":\"Acme\"}");
    SandboxHttp.Reply accepted = http.post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}", "X-Project-Id", "proj_abc123");

    assertThat(with.at("meta.projectId")).isEqualTo("proj_abc123");
    assertThat(without.map().get("meta").toString()).doesNotContain("projectId");
    assertThat(accepted.at("meta.projectId")).isEqualTo("proj_abc123");
  }

  @Test
  void everyResponseCarriesAUuidRequestIdMirroredInTheBody(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply sync = http.post("/api/context", "{\"company\":\"Acme\"}");
    SandboxHttp.Reply async = http.post("/api/v1/search", "{\"type\":\"web_search\",\"query\":\"fintech CFOs\"}");
    SandboxHttp.Reply error = http.post("/api/enrichments", "{}");

    for (SandboxHttp.Reply r : new SandboxHttp.Reply[] {sync, async}) {
      assertThat(UUID.fromString(r.header("X-Request-Id")).toString()).isEqualTo(r.at("meta.requestId"));
    }
    assertThat(error.at("requestId")).isEqualTo(error.header("X-Request-Id"));
    assertThat(sync.header("X-Request-Id")).isNotEqualTo(async.header("X-Request-Id"));
  }

  @Test
  void syncResultsCarryCostAndAsyncAcceptancesTheEstimatedCost(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply sync = http.post("/api/context", "{\"company\":\"Acme\"}");
    SandboxHttp.Reply async = http.post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}");

    assertThat(sync.at("meta.cost.estimated")).isEqualTo(3L);
    assertThat(sync.at("meta.cost.actual")).isEqualTo(3L);
    assertThat(async.at("meta.estimatedCost")).isEqualTo(10L);
  }
}
