package ai.thehog.client;

import ai.thehog.model.json.FreeForm;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.Meta;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.error.HogApiException;
import ai.thehog.client.error.HogAuthenticationException;
import ai.thehog.client.error.HogCostGuardException;
import ai.thehog.client.error.HogInvalidRequestException;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.error.HogPaymentRequiredException;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.Submission;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.Company;
import ai.thehog.model.CompanySearchRequest;
import ai.thehog.model.ContextRequest;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.Estimate;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PeopleResearchRequest;
import ai.thehog.model.PeopleSearchRequest;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.PlatformIdentity;
import ai.thehog.model.RecordStatus;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.SignalsRequest;
import ai.thehog.model.WebCrawlRequest;
import ai.thehog.model.WebScrapeBatchRequest;
import ai.thehog.model.WebScrapeJobRequest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every operation of the spec through its resource, with meta, idempotency keys, cost guards and errors. */
class ResourcesTest extends WireMockTestBase {

  private static final String META = "\"meta\":{\"requestId\":\"req_1\",\"projectId\":\"proj_1\",\"cost\":{\"estimated\":5,\"actual\":4}}";

  private void answer(String method, String path, int status, String body) {
    server.stubFor((method.equals("GET") ? get(urlEqualTo(path)) : post(urlEqualTo(path)))
        .willReturn(SpecResponses.json(method, path, status, body)));
  }

  /** A 202 in the shape the API's contract gives {@code path}: snake_case for a search, wrapped for web jobs. */
  private void accept(String path, String id) {
    String body = path.equals("/api/v1/search")
        ? "{\"id\":\"" + id + "\",\"status\":\"queued\",\"poll_url\":\"/api/v1/search/" + id
            + "\",\"meta\":{\"request_id\":\"req_accept_" + id + "\"}}"
        : path.contains("/web/")
            ? "{\"data\":{\"id\":\"" + id + "\",\"operationId\":\"" + id + "\",\"status\":\"queued\","
                + "\"pollUrl\":\"/api/operations/" + id + "\"},\"meta\":{\"requestId\":\"req_accept_" + id + "\"}}"
            : SpecResponses.accepted(id);
    answer("POST", path, 202, body);
  }

  private static String estimate(long credits, boolean within) {
    return "{\"data\":{\"estimatedCredits\":" + credits + ",\"likelySyncOrAsync\":\"async\",\"expectedLatencyRange\":"
        + "\"10-30s\",\"withinPlanLimits\":" + within + "},\"meta\":{\"requestId\":\"req_est\"}}";
  }

  @Test
  void everyOperationOfTheSpecIsReachable() {
    answer("POST", "/api/enrichments", 200, "{\"data\":{\"contact.email\":\"jane@acme.com\"}," + META + "}");
    answer("GET", "/api/operations/op_x", 200, SpecResponses.operation("op_x", "processing", 45, "null", null));
    accept("/api/v1/companies/search", "op_c");
    accept("/api/v1/people/search", "op_p");
    accept("/api/v1/search", "op_s");
    accept("/api/deep-research", "op_d");
    accept("/api/v1/platform/scrapers/web/crawl", "op_w1");
    accept("/api/v1/platform/scrapers/web/scrape/batch", "op_w2");
    accept("/api/v1/platform/scrapers/web/scrape/jobs", "op_w3");
    answer("POST", "/api/companies/search", 200, "{\"data\":[{\"id\":\"comp_xyz789\",\"name\":\"Acme Corp\","
        + "\"industry\":\"Software\",\"employee_count\":220,\"is_hiring\":true}]," + META + "}");
    answer("POST", "/api/people/search", 200, "{\"data\":[{\"name\":\"Jane\"}]," + META + "}");
    answer("POST", "/api/people/researches", 200, "{\"data\":{\"dossier\":\"...\"}," + META + "}");
    answer("POST", "/api/context", 200, "{\"data\":{\"personas\":[]}," + META + "}");
    answer("POST", "/api/signals", 200, "{\"data\":[{\"signal\":\"hiring\"}]," + META + "}");
    answer("POST", "/api/people/enrich", 200, "{\"data\":[{\"email\":\"j@x.com\"}]," + META + "}");
    answer("POST", "/api/generate", 200, "{\"data\":{\"text\":\"Hello\"}," + META + "}");
    answer("POST", "/api/people/enrich/estimate", 200, estimate(5, true));
    answer("POST", "/api/people/researches/estimate", 200, estimate(6, true));
    answer("POST", "/api/generate/estimate", 200, estimate(7, true));

    HogResponse<EnrichmentRecord> enriched = client.enrichments()
        .enrich(PersonIdentifier.builder().linkedinUrl("https://linkedin.com/in/jane").build(), List.of("contact.email"));
    assertThat(enriched.value().status()).isEqualTo(RecordStatus.SUCCEEDED);
    assertThat(enriched.value().data()).containsEntry("contact.email", "jane@acme.com");
    assertThat(enriched.meta()).isEqualTo(new Meta("req_1", "proj_1", 5L, 4L));

    assertThat(client.operations().get("op_x").value().progress()).isEqualTo(45);
    assertThat(client.companies().startSearch(CompanySearchRequest.builder().query("acme").build()).id()).isEqualTo("op_c");
    assertThat(client.people().startSearch(PeopleSearchRequest.builder().query("acme").build()).id()).isEqualTo("op_p");
    assertThat(client.search().start(SearchRequest.builder().type(ai.thehog.model.SearchType.WEB_SEARCH).query("acme").build()).id()).isEqualTo("op_s");
    HogOperation<DeepResearchResult> research = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());
    assertThat(research.id()).isEqualTo("op_d");
    assertThat(research.meta().requestId()).isEqualTo("req_accept_op_d");
    assertThat(client.scrapers().web().startCrawl(WebCrawlRequest.builder().url("https://acme.example").build()).id()).isEqualTo("op_w1");
    assertThat(client.scrapers().web().startScrapePages(WebScrapeBatchRequest.builder().build()).id()).isEqualTo("op_w2");
    assertThat(client.scrapers().web().startScrapeJob(WebScrapeJobRequest.builder().url("https://acme.example").build()).id()).isEqualTo("op_w3");
    HogResponse<List<Company>> companies = client.companies().searchLegacy(CompanySearchRequest.builder().query("acme").build());
    assertThat(companies.value()).extracting(Company::employeeCount).containsExactly(220L);
    assertThat(companies.meta().actualCost()).isEqualTo(4L);
    assertThat(client.people().searchLegacy(PeopleSearchRequest.builder().query("acme").build()).value().asArray())
        .isEqualTo(List.of(Map.of("name", "Jane")));
    assertThat(client.people().research(PeopleResearchRequest.builder().build()).meta().projectId()).isEqualTo("proj_1");
    assertThat(client.context().assemble(ContextRequest.builder().build()).value().asObject()).isEqualTo(Map.of("personas", List.of()));
    assertThat(client.signals().classify(SignalsRequest.builder().build()).value().asArray())
        .isEqualTo(List.of(Map.of("signal", "hiring")));
    Submission<FreeForm, Map<String, Object>> people = client.people().submitEnrichment(PeopleEnrichRequest.builder()
        .identities(List.of(PlatformIdentity.builder().platform("linkedin").username("jane").build())).build());
    assertThat(people.isCompleted()).isTrue();
    assertThat(people.await(Duration.ofSeconds(1)).asArray()).isEqualTo(List.of(Map.of("email", "j@x.com")));
    HogResponse<FreeForm> generated = client.generate().generateAndAwait(GenerateRequest.builder().build(),
        Duration.ofSeconds(1));
    assertThat(generated.value().asObject()).isEqualTo(Map.of("text", "Hello"));
    assertThat(generated.value().isArray()).isFalse();
    assertThat(generated.meta().requestId()).isEqualTo("req_1");
    HogResponse<Estimate> estimate = client.estimates().peopleEnrichment(PeopleEnrichRequest.builder().build());
    assertThat(estimate.value().estimatedCredits()).isEqualTo(5L);
    assertThat(estimate.meta().requestId()).isEqualTo("req_est");
    assertThat(client.estimates().peopleResearch(PeopleResearchRequest.builder().build()).value().estimatedCredits())
        .isEqualTo(6L);
    assertThat(client.estimates().generation(GenerateRequest.builder().build()).value().withinPlanLimits()).isTrue();

    Set<String> reached = server.findAll(anyRequestedFor(anyUrl())).stream()
        .map(r -> r.getMethod().getName() + " " + r.getUrl()).collect(Collectors.toSet());
    assertThat(reached).hasSize(19);
    assertThat(server.findAll(postRequestedFor(anyUrl()))).allSatisfy(
        r -> assertThat(r.getHeader("Idempotency-Key")).as(r.getUrl()).isNotBlank());
  }

  @Test
  void deterministicKeysSurviveARestartAndIgnorePropertyOrder() {
    accept("/api/deep-research", "op_d");
    DeepResearchRequest one = DeepResearchRequest.builder().prompt("Acme").schema(Map.of("type", "object"))
        .putAdditionalProperty("depth", 2).build();
    DeepResearchRequest sameReordered = DeepResearchRequest.builder().putAdditionalProperty("depth", 2)
        .schema(Map.of("type", "object")).prompt("Acme").build();
    DeepResearchRequest other = DeepResearchRequest.builder().prompt("Globex").schema(Map.of("type", "object")).build();
    RequestOptions deterministic = RequestOptions.builder().deterministicIdempotencyKey().build();

    client.deepResearch().start(one, deterministic);
    try (HogClient restarted = builder().build()) {
      restarted.deepResearch().start(sameReordered, deterministic);
      restarted.deepResearch().start(other, deterministic);
    }
    client.deepResearch().start(one);
    client.deepResearch().start(one);
    client.deepResearch().start(one, RequestOptions.builder().idempotencyKey("order-1234").build());

    List<String> keys = server.findAll(postRequestedFor(urlEqualTo("/api/deep-research"))).stream()
        .map(r -> r.getHeader("Idempotency-Key")).toList();
    assertThat(keys.get(0)).startsWith("hog-").hasSize(4 + 64).isEqualTo(keys.get(1));
    assertThat(keys.get(2)).isNotEqualTo(keys.get(0));
    assertThat(keys.get(3)).isNotEqualTo(keys.get(4)).isNotEqualTo(keys.get(0));
    assertThat(keys.get(5)).isEqualTo("order-1234");
  }

  @Test
  void aGuardRefusesBeforeSpendingWhenOverBudgetOrOutsideThePlan() {
    answer("POST", "/api/generate/estimate", 200, estimate(50, true));
    answer("POST", "/api/people/researches/estimate", 200, estimate(1, false));
    answer("POST", "/api/generate", 200, "{\"data\":{\"text\":\"Hi\"}," + META + "}");

    assertThatThrownBy(() -> client.generate().submit(GenerateRequest.builder().build(),
        RequestOptions.builder().maxCredits(10).build()))
        .isInstanceOfSatisfying(HogCostGuardException.class, e -> {
          assertThat(e.estimate().estimatedCredits()).isEqualTo(50L);
          assertThat(e.getMessage()).contains("50", "10", "was not sent", "Raise maxCredits");
        });
    assertThatThrownBy(() -> client.people().research(PeopleResearchRequest.builder().build(),
        RequestOptions.builder().requireWithinPlanLimits().build()))
        .isInstanceOf(HogCostGuardException.class).hasMessageContaining("plan limits");
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/generate")))).isEmpty();
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/people/researches")))).isEmpty();

    Submission<FreeForm, Map<String, Object>> allowed = client.generate().submit(GenerateRequest.builder().build(),
        RequestOptions.builder().maxCredits(50).requireWithinPlanLimits().build());
    assertThat(allowed.meta().actualCost()).isEqualTo(4L);
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/generate")))).hasSize(1);
  }

  @Test
  void errorStatusesMapToTheirExceptionsWithAdvice() {
    String path = "/api/v1/search";
    int[] statuses = {401, 402, 404, 422};
    Class<?>[] types = {HogAuthenticationException.class, HogPaymentRequiredException.class, HogNotFoundException.class,
        HogInvalidRequestException.class};
    // A 404 of a POST is a missing endpoint, not an unknown operation id.
    String[] advice = {"THE_HOG_SECRET_KEY", "Add credits", "does not serve POST /api/v1/search: check the base URL", "new key"};
    for (int i = 0; i < statuses.length; i++) {
      server.resetAll();
      int status = statuses[i];
      if (status == 404) {
        server.stubFor(post(urlEqualTo(path)).willReturn(SpecResponses.json("POST", path, 404,
            SpecResponses.error(404, "Not Found", "no such thing"), "X-Request-Id", "req_h")));
      } else {
        answer("POST", path, status, SpecResponses.error(status, "Error", "nope"));
      }
      int index = i;
      assertThatThrownBy(() -> client.search().start(SearchRequest.builder().type(ai.thehog.model.SearchType.WEB_SEARCH).query("acme").build()))
          .isInstanceOf(types[i])
          .isInstanceOfSatisfying(HogApiException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.requestId()).isEqualTo(status == 404 ? "req_h" : "req_err_" + status);
            assertThat(e.errorBody().statusCode()).isEqualTo(status);
            assertThat(e.getMessage()).contains("POST /api/v1/search failed: HTTP " + status, advice[index]);
          });
      List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo(path)));
      assertThat(sent).as("not retried").hasSize(1);
    }
  }
}
