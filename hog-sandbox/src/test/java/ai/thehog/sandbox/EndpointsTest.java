package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every other operation of the spec answers as documented; SandboxHttp validates each response (the
 * polled operations included) against the spec.
 */
class EndpointsTest {

  static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().clock(CLOCK).build();

  static SandboxHttp.Reply runToEnd(SandboxHttp http, String path, String body) {
    SandboxHttp.Reply accepted = http.post(path, body);
    assertThat(accepted.status()).as(path).isEqualTo(202);
    // A crawl, a scrape job and a batch scrape wrap the handle in data (and send no other keys).
    String handle = accepted.at("data") != null ? "data." : "";
    assertThat(accepted.at(handle + "status")).isEqualTo("queued");
    assertThat((String) accepted.at(handle + "pollUrl")).endsWith("/api/operations/" + accepted.at(handle + "operationId"));
    CLOCK.advance(Duration.ofSeconds(6));
    SandboxHttp.Reply done = http.poll((String) accepted.at(handle + "pollUrl"));
    assertThat(done.at("status")).as(path).isEqualTo("succeeded");
    return done;
  }

  @Test
  void aBatchEnrichmentsTerminalAnswerSaysWhatTheBatchWasCharged(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    long before = sandbox.ledger().creditsCharged(SandboxHttp.ACCESS);
    SandboxHttp.Reply done = runToEnd(http, "/api/enrichments", "{\"identifiers\":[{\"email\":\"a@acme.example\"},"
        + "{\"email\":\"b@acme.example\"},{\"x_handle\":\"bee\"}],\"fields\":[\"contact.email\",\"profile\"]}");

    // 3 people x 2 fields, as the ledger charged them; the result's records are unchanged.
    assertThat(done.at("result.meta.cost.actual")).isEqualTo(6L);
    assertThat(done.at("result.meta.cost.estimated")).isEqualTo(6L);
    assertThat(sandbox.ledger().creditsCharged(SandboxHttp.ACCESS) - before).isEqualTo(6);
    assertThat(done.listAt("result.records")).hasSize(3);
  }

  @Test
  void currentEndpointsSendIdAndARelativePollUrlOlderOnesNoIdAndAnAbsoluteOne(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply current = http.post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}");
    SandboxHttp.Reply older = http.post("/api/generate", "{\"prompt\":\"intro\",\"asyncPreferred\":true}");

    assertThat(current.at("id")).isEqualTo(current.at("operationId"));
    assertThat(current.at("pollUrl")).isEqualTo("/api/operations/" + current.at("id"));
    assertThat(older.map()).doesNotContainKey("id");
    assertThat(older.at("pollUrl")).isEqualTo(sandbox.baseUrl() + "/api/operations/" + older.at("operationId"));
    assertThat(older.at("meta.estimatedCost")).isEqualTo(4L);
    assertThat(http.poll((String) older.at("pollUrl")).at("id")).isEqualTo(older.at("operationId"));
  }

  @Test
  void alwaysAsyncSearchesReturnSearchResults(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply companies = runToEnd(http, "/api/v1/companies/search", "{\"query\":\"fintechs\",\"industry\":\"Fintech\",\"limit\":3}");
    assertThat(companies.listAt("result.data")).hasSize(3);
    assertThat(companies.at("result.data.0.name")).isNotNull();
    assertThat(companies.at("result.meta.providerOutcome")).isEqualTo("hit");

    SandboxHttp.Reply byPage = runToEnd(http, "/api/v1/people/search",
        "{\"query\":\"VP Sales\",\"filters\":{\"titles\":[\"VP Sales\"],"
            + "\"company\":{\"linkedinUrls\":[\"https://www.linkedin.com/company/acme\"]}}}");
    assertThat(byPage.at("result.meta.targetAccountSearchMode")).isEqualTo("linkedin_company_page");
    assertThat(byPage.at("result.meta.targetAccountOutcome")).isEqualTo("provided_linkedin_handle");
    assertThat(byPage.at("result.data.0.companyMatchEvidence")).isEqualTo("company_page");
    assertThat(byPage.at("result.data.0.title")).isEqualTo("VP Sales");
    assertThat(byPage.listAt("result.data")).hasSize(25); // the contract's default limit

    SandboxHttp.Reply byName = runToEnd(http, "/api/v1/people/search",
        "{\"query\":\"people at Acme\",\"limit\":100,\"filters\":{\"company\":{\"names\":[\"Acme\"]}}}");
    assertThat(byName.at("result.meta.targetAccountSearchMode")).isEqualTo("profile_current_company");
    assertThat(byName.at("result.data.0.companyMatchEvidence")).isEqualTo("profile_current_job");
    assertThat(byName.listAt("result.data")).hasSize(100)
        .allSatisfy(p -> assertThat(((java.util.Map<?, ?>) p).get("company")).isEqualTo("Acme"));
    // The undocumented top-level key of older sandboxes is no filter: nothing ties the people to a company.
    SandboxHttp.Reply topLevel = runToEnd(http, "/api/v1/people/search", "{\"query\":\"people at Acme\",\"company\":\"Acme\"}");
    assertThat(topLevel.at("result.meta.targetAccountSearchMode")).isNull();

    // The API's contract: limit 1 to 100 (an older reading let 0 ask for none).
    SandboxHttp.Reply none = http.post("/api/v1/people/search", "{\"query\":\"people at Acme\",\"limit\":0}");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.at("errors.0.property")).isEqualTo("limit");
    SandboxHttp.Reply noQuery = http.post("/api/v1/people/search", "{\"company\":\"Acme\"}");
    assertThat(noQuery.status()).isEqualTo(400);
    assertThat(noQuery.at("errors.0.property")).isEqualTo("query");

    SandboxHttp.Reply unresolved = runToEnd(http, "/api/v1/people/search",
        "{\"query\":\"people\",\"filters\":{\"company\":{\"linkedinUrls\":"
            + "[\"https://www.linkedin.com/company/ghost.unresolved.example\"]}}}");
    assertThat(unresolved.at("result.meta.targetAccountSearchMode")).isEqualTo("unavailable");
    assertThat(unresolved.at("result.meta.targetAccountOutcome")).isEqualTo("unresolved");
    assertThat(unresolved.listAt("result.data")).isEmpty();
    assertThat(unresolved.at("result.meta.message")).isNotNull();

    // The search type is one of the contract's seven; "people" of the older pages is refused.
    assertThat(http.post("/api/v1/search", "{\"type\":\"people\",\"query\":\"CFOs\"}").status()).isEqualTo(400);
  }

  @Test
  void deepResearchDataFitsTheRequestsSchema(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply done = runToEnd(http, "/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\","
        + "\"properties\":{\"ceo\":{\"type\":[\"string\",\"null\"]},\"size\":{\"type\":\"integer\",\"minimum\":7,"
        + "\"maximum\":7},\"odd\":{\"type\":\"integer\",\"minimum\":9,\"maximum\":3},\"tier\":{\"enum\":[\"gold\"]},"
        + "\"tags\":{\"items\":{\"type\":\"string\"}},\"deep\":{\"type\":\"object\",\"properties\":{\"a\":{\"type\":"
        + "\"object\",\"properties\":{\"b\":{\"type\":\"number\",\"minimum\":0.5,\"maximum\":0.5}}}}}}}}");
    assertThat(done.at("result.data.ceo")).isInstanceOf(String.class);
    assertThat(done.at("result.data.size")).isEqualTo(7L);
    assertThat(done.at("result.data.odd")).isEqualTo(9L); // minimum above maximum: the minimum
    assertThat(done.at("result.data.tier")).isEqualTo("gold");
    assertThat(done.listAt("result.data.tags")).hasSize(2).allSatisfy(t -> assertThat(t).isInstanceOf(String.class));
    assertThat(done.at("result.data.deep.a.b")).isEqualTo(0.5);
    assertThat(done.at("result.report")).isNotNull();

    SandboxHttp.Reply list = runToEnd(http, "/api/deep-research",
        "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"boolean\"}}}");
    assertThat(list.listAt("result.data")).hasSize(2).allSatisfy(b -> assertThat(b).isInstanceOf(Boolean.class));
    // A schema nested deeper than the sandbox follows ends in null rather than recursing without end.
    StringBuilder deep = new StringBuilder("{\"type\":\"string\"}");
    for (int i = 0; i < 50; i++) {
      deep.insert(0, "{\"type\":\"array\",\"items\":").append('}');
    }
    SandboxHttp.Reply nested = runToEnd(http, "/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":" + deep + "}");
    assertThat(nested.listAt("result.data")).hasSize(2);
  }

  @Test
  void deepResearchAndScrapersAreAlwaysAsync(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    assertThat((String) runToEnd(http, "/api/deep-research", "{\"prompt\":\"Acme Corp\",\"schema\":{\"type\":\"object\"}}").at("result.report.title"))
        .contains("Acme Corp");
    assertThat(runToEnd(http, "/api/v1/platform/scrapers/web/crawl", "{\"url\":\"https://acme.example\",\"max_pages\":2}")
        .listAt("result.pages")).hasSize(2);
    assertThat(runToEnd(http, "/api/v1/platform/scrapers/web/scrape/batch",
        "{\"urls\":[\"https://a.example\",\"https://b.example\",\"https://c.example\"]}").listAt("result.pages"))
        .hasSize(3);
    assertThat(runToEnd(http, "/api/v1/platform/scrapers/web/scrape/jobs", "{\"url\":\"https://a.example/app\"}")
        .at("result.url")).isEqualTo("https://a.example/app");
  }

  @Test
  void olderSyncEndpointsAnswer200Envelopes(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply companies = http.post("/api/companies/search", "{\"industry\":\"Software\"}");
    assertThat(companies.status()).isEqualTo(200);
    assertThat(companies.at("data.0")).isInstanceOf(Map.class);
    assertThat(companies.mapAt("data.0").keySet())
        .contains("id", "name", "industry", "employee_count", "is_hiring");
    assertThat(http.post("/api/people/search", "{\"title\":\"CRO\"}").at("data.0.icpScore")).isNotNull();
    assertThat(http.post("/api/people/researches", "{\"email\":\"jane@acme.example\"}").listAt("data.identities"))
        .isNotEmpty();
    assertThat(http.post("/api/context", "{\"company\":\"Acme\"}").listAt("data.personas")).isNotEmpty();
    assertThat(http.post("/api/signals", "{\"company\":\"Acme\"}").listAt("data")).isNotEmpty();
    for (String p : List.of("/api/companies/search", "/api/people/search", "/api/context", "/api/signals")) {
      assertThat(sandbox.ledger().requestsPerRoute()).containsEntry("POST " + p, 1L);
    }
  }

  @Test
  void olderEnrichAndGenerateAreSyncUnlessAsyncIsAsked(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    String identities = "\"identities\":[{\"platform\":\"linkedin\",\"username\":\"jane-doe-example\"}]";
    SandboxHttp.Reply sync = http.post("/api/people/enrich", "{" + identities + "}");
    assertThat(sync.status()).isEqualTo(200);
    assertThat(sync.at("data.0.fullName")).isNotNull();
    SandboxHttp.Reply async = runToEnd(http, "/api/people/enrich", "{" + identities + ",\"asyncPreferred\":true}");
    assertThat(async.at("result.people.0.fullName")).isEqualTo(sync.at("data.0.fullName"));

    assertThat(http.post("/api/generate", "{\"prompt\":\"intro email\"}").at("data.content")).isNotNull();
    assertThat(runToEnd(http, "/api/generate", "{\"prompt\":\"whitepaper\",\"length\":\"long\"}").at("result.content"))
        .isNotNull();
  }
}
