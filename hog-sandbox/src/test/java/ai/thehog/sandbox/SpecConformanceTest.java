package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.ProviderOutcome;
import ai.thehog.model.RecordStatus;
import ai.thehog.model.CompanySearchResult;
import ai.thehog.model.PeopleSearchResult;
import ai.thehog.model.TargetAccountSearchMode;
import ai.thehog.model.json.HogJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The response check the other tests rely on does catch answers that break the spec. */
class SpecConformanceTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().clock(EndpointsTest.CLOCK).build();

  static SandboxHttp.Reply reply(int status, String body) {
    return new SandboxHttp.Reply(status, Map.of("X-Request-Id", List.of("3f7a1c2e-88b4-4d0e-a1f5-0c9e2b3d7f4a")), body);
  }

  @Test
  void aDocumented202Passes() {
    SandboxHttp.assertMatchesSpec("POST", "/api/enrichments", reply(202,
        "{\"id\":\"op_1\",\"operationId\":\"op_1\",\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_1\","
            + "\"meta\":{\"requestId\":\"3f7a1c2e-88b4-4d0e-a1f5-0c9e2b3d7f4a\"}}"));
  }

  @Test
  void a202WithAMistypedOperationIdFails() {
    // Every key of a 202 is optional (search jobs send no operationId, crawls wrap it in data), but typed.
    assertThatThrownBy(() -> SandboxHttp.assertMatchesSpec("POST", "/api/enrichments", reply(202,
        "{\"id\":\"op_1\",\"operationId\":5,\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_1\"}")))
        .hasMessageContaining("operationId");
  }

  @Test
  void anUnknownOperationStatusFails() {
    assertThatThrownBy(() -> SandboxHttp.assertMatchesSpec("GET", "/api/operations/op_1", reply(200,
        "{\"id\":\"op_1\",\"status\":\"paused\",\"progress\":null,\"result\":null,\"error\":null}")))
        .hasMessageContaining("paused");
  }

  @Test
  void aNonNullErrorOfTheWrongTypeStillFails() {
    assertThatThrownBy(() -> SandboxHttp.assertMatchesSpec("GET", "/api/operations/op_1", reply(200,
        "{\"id\":\"op_1\",\"status\":\"failed\",\"progress\":null,\"result\":null,\"error\":\"boom\"}")))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void pointersBecomePropertyNames() {
    assertThat(SpecValidator.pointerToProperty("/identifiers/2/email")).isEqualTo("identifiers[2].email");
    assertThat(SpecValidator.pointerToProperty("")).isEmpty();
  }

  @Test
  void freeFormResultsDecodeIntoTheSchemasTheSpecNames(HogSandbox sandbox) throws Exception {
    // Operation.result is free-form in the spec; the named schemas are checked through hog-model's records.
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply batch = EndpointsTest.runToEnd(http, "/api/enrichments",
        "{\"identifiers\":[{\"email\":\"a@acme.example\"},{\"x_handle\":\"bee\"}],\"fields\":[\"profile\"]}");
    EnrichmentBatchResult result = HogJson.moshi().adapter(EnrichmentBatchResult.class)
        .failOnUnknown().fromJsonValue(batch.at("result"));
    assertThat(result.records()).hasSize(2).allSatisfy(r -> {
      assertThat(r.status().known()).isEqualTo(RecordStatus.Known.SUCCEEDED);
      assertThat(r.identifier()).isNotNull();
    });
    assertThat(result.records().get(1).identifier().xHandle()).isEqualTo("bee");

    SandboxHttp.Reply search = EndpointsTest.runToEnd(http, "/api/v1/people/search",
        "{\"query\":\"people at Acme\",\"limit\":3,\"filters\":{\"company\":{\"names\":[\"Acme\"]}}}");
    PeopleSearchResult people = HogJson.moshi().adapter(PeopleSearchResult.class).fromJsonValue(search.at("result"));
    assertThat(people.meta().targetAccountSearchMode().known())
        .isEqualTo(TargetAccountSearchMode.Known.PROFILE_CURRENT_COMPANY);
    assertThat(people.meta().providerOutcome().known()).isEqualTo(ProviderOutcome.Known.HIT);
    // Every key the sandbox sends for a person is one the spec names.
    assertThat(people.data()).hasSize(3).allSatisfy(hit -> {
      assertThat(hit.additionalProperties()).isEmpty();
      assertThat(hit.company()).isEqualTo("Acme");
    });
    SandboxHttp.Reply companies = EndpointsTest.runToEnd(http, "/api/v1/companies/search", "{\"query\":\"acme\",\"limit\":2}");
    CompanySearchResult found = HogJson.moshi().adapter(CompanySearchResult.class).fromJsonValue(companies.at("result"));
    assertThat(found.data()).hasSize(2).allSatisfy(company -> assertThat(company.additionalProperties()).isEmpty());
  }
}
