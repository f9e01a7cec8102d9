package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.ListOptions;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.CreateMonitorRequest;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.Monitor;
import ai.thehog.model.MonitorEvent;
import ai.thehog.model.MonitorRequestedStatus;
import ai.thehog.model.MonitorStatus;
import ai.thehog.model.MonitorType;
import ai.thehog.model.Operation;
import ai.thehog.model.OperationStatus;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.RunMonitorRequest;
import ai.thehog.model.SearchJob;
import ai.thehog.model.SearchJobStatus;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.SearchType;
import ai.thehog.model.SignalsConfig;
import ai.thehog.model.UpdateMonitorRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Page 06 (the official TypeScript SDK) for enrichments, operations, search and monitors: its
 * answers, status codes, casing and nesting reach the caller typed, and the requests the client sends
 * have page 06's paths, methods, body casing and Idempotency-Key. The scrapers are in
 * {@link Page06ScraperAnswersTest}; the 202 shapes in {@link TypedAcceptedAnswersTest}.
 */
class Page06AnswersTest extends WireMockTestBase {

  static final String MONITOR = """
      {"id":"mon_1","name":"Hog mentions","type":"linkedin_keyword","status":"active",
       "config":{"keyword":"hog","limit":25,"ratio":0.125},"cadence_minutes":60,"last_run_at":null,
       "next_run_at":"2026-01-01T01:00:00Z","consecutive_failures":0,"created_at":"2026-01-01T00:00:00Z",
       "updated_at":"2026-01-01T00:00:00Z"}""";

  @Test
  void submitEnrichmentAnswers200WithDataAndMetaAndSendsSnakeCaseWithAnIdempotencyKey() {
    answerJson(post(urlPathEqualTo("/api/enrichments")), 200,
        "{\"data\":{\"id\":\"per_1\",\"contact\":{\"email\":\"jane@acme.example\"},\"score\":0.875},"
            + "\"meta\":{\"requestId\":\"req_e\"}}");
    Submission<Map<String, Object>, ?> submission = client.enrichments().submit(EnrichmentRequest.builder()
        .identifier(PersonIdentifier.builder().linkedinUrl("https://www.linkedin.com/in/jane").build())
        .fields(List.of("contact.email", "signals"))
        .signalsConfig(SignalsConfig.builder().maxPosts(Map.of("linkedin", 5)).sinceDays(30)
            .handles(Map.of("x", "jane")).build())
        .build());

    assertThat(submission.isCompleted()).isTrue();
    assertThat(submission.meta().requestId()).isEqualTo("req_e");
    Map<String, Object> data = submission.await(Duration.ZERO);
    assertThat(data).containsEntry("contact", Map.of("email", "jane@acme.example"));
    assertThat(data.get("score")).isEqualTo(0.875);
    // Page 06, ambiguity 1: a 200 whose data has an id is the finished record, not a handle to poll.
    assertThat(data).containsEntry("id", "per_1");
    assertThat(server.findAll(getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))).isEmpty();
    server.verify(postRequestedFor(urlPathEqualTo("/api/enrichments"))
        .withHeader("Idempotency-Key", matching(".+"))
        .withRequestBody(equalToJson("""
            {"identifier":{"linkedin_url":"https://www.linkedin.com/in/jane"},"fields":["contact.email","signals"],
             "signals_config":{"max_posts":{"linkedin":5},"since_days":30,"handles":{"x":"jane"}}}""")));
  }

  @Test
  void getEnrichmentAndGetOperationAnswerAFlatOperationWithoutMeta() {
    String running = "{\"id\":\"op_1\",\"status\":\"processing\",\"progress\":40,\"result\":null,\"error\":null}";
    String done = "{\"id\":\"op_2\",\"status\":\"partial_success\",\"result\":{\"records\":[{\"n\":1}]},"
        + "\"error\":{\"code\":\"some_failed\",\"message\":\"1 of 2 failed\"}}";
    answerJson(get(urlPathEqualTo("/api/enrichments/op_1")), 200, running);
    answerJson(get(urlPathEqualTo("/api/operations/op_2")), 200, done);

    HogResponse<Operation> enrichment = client.enrichments().get("op_1");
    assertThat(enrichment.value().status()).isEqualTo(OperationStatus.PROCESSING);
    assertThat(enrichment.value().progress()).isEqualTo(40);
    assertThat(enrichment.value().result()).isNull();
    assertThat(enrichment.meta().requestId()).isEqualTo("req_header");
    Operation operation = client.operations().get("op_2").value();
    assertThat(operation.status()).isEqualTo(OperationStatus.PARTIAL_SUCCESS);
    assertThat(operation.progress()).isNull();
    assertThat(operation.result()).containsEntry("records", List.of(Map.of("n", 1L)));
    assertThat(operation.error().message()).isEqualTo("1 of 2 failed");
  }

  @Test
  void anOperationsProgressIsANumberOnPagesSixAndSeven() {
    answerJson(get(urlPathEqualTo("/api/operations/op_3")), 200, "{\"id\":\"op_3\",\"status\":\"processing\","
        + "\"progress\":37.5}");
    Operation operation = client.operations().get("op_3").value();
    assertThat(operation.status()).isEqualTo(OperationStatus.PROCESSING);
    assertThat(operation.progress()).isEqualTo(37);
  }

  @Test
  void submitSearchInSyncModeAnswers200WithTheResultInSnakeCase() {
    answerJson(post(urlPathEqualTo("/api/v1/search")).withQueryParam("sync", equalTo("true")), 200, """
        {"id":"s_1","status":"succeeded","type":"web_search","query":"hog","created_at":"2026-01-01T00:00:00Z",
         "completed_at":"2026-01-01T00:00:03Z","total_results":1,"results":[{"url":"https://acme.example",
         "title":"Acme","content":"About Acme","published_at":"2025-12-31","author_name":null}]}""");
    SearchJob job = client.search().searchSync(SearchRequest.builder().type(SearchType.WEB_SEARCH).query("hog")
        .maxResults(10).includeDomains(List.of("acme.example")).sortBy(ai.thehog.model.SearchSortBy.RECENT).build(),
        Duration.ofSeconds(5));

    assertThat(job.status()).isEqualTo(SearchJobStatus.SUCCEEDED);
    assertThat(job.totalResults()).isEqualTo(1L);
    assertThat(job.completedAt()).isEqualTo("2026-01-01T00:00:03Z");
    assertThat(job.error()).isNull();
    assertThat(job.results().get(0).publishedAt()).isEqualTo("2025-12-31");
    assertThat(job.results().get(0).content()).isEqualTo("About Acme");
    server.verify(postRequestedFor(urlPathEqualTo("/api/v1/search")).withQueryParam("sync", equalTo("true"))
        .withHeader("Idempotency-Key", matching(".+"))
        .withRequestBody(equalToJson("{\"type\":\"web_search\",\"query\":\"hog\",\"max_results\":10,"
            + "\"include_domains\":[\"acme.example\"],\"sort_by\":\"recent\"}")));
  }

  @Test
  void listSearchesWalksNextCursorAndGetReadsAFailedJobsError() {
    String job = "{\"id\":\"ID\",\"status\":\"succeeded\",\"type\":\"x_keyword\",\"query\":\"hog\","
        + "\"created_at\":\"2026-01-0DT00:00:00Z\"}";
    answerJson(get(urlPathEqualTo("/api/v1/search")).withQueryParam("cursor", absent()), 200,
        "{\"data\":[" + job.replace("ID", "s_1").replace("0D", "02") + "],\"next_cursor\":\"2026-01-02T00:00:00Z\"}");
    answerJson(get(urlPathEqualTo("/api/v1/search")).withQueryParam("cursor", equalTo("2026-01-02T00:00:00Z")), 200,
        "{\"data\":[" + job.replace("ID", "s_2").replace("0D", "01") + "]}");
    answerJson(get(urlPathEqualTo("/api/v1/search/s_3")), 200, "{\"id\":\"s_3\",\"status\":\"failed\","
        + "\"type\":\"tiktok_hashtag\",\"query\":\"hog\",\"created_at\":\"2026-01-01T00:00:00Z\","
        + "\"error\":{\"message\":\"provider down\",\"retryable\":true}}");

    List<String> ids = client.search().list(SearchType.X_KEYWORD, ListOptions.builder().limit(1).build())
        .autoPagingStream().map(SearchJob::id).toList();
    SearchJob failed = client.search().get("s_3").value();

    assertThat(ids).containsExactly("s_1", "s_2");
    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/search")).withQueryParam("type", equalTo("x_keyword"))
        .withQueryParam("limit", equalTo("1")).withQueryParam("cursor", absent()));
    assertThat(failed.status()).isEqualTo(SearchJobStatus.FAILED);
    assertThat(failed.error().message()).isEqualTo("provider down");
    assertThat(failed.error().retryable()).isTrue();
  }

  @Test
  void createMonitorAnswers201AndSendsSnakeCase() {
    answerJson(post(urlPathEqualTo("/api/v1/monitors")), 201, MONITOR);
    Monitor monitor = client.monitors().create(CreateMonitorRequest.builder().name("Hog mentions")
        .type(MonitorType.LINKEDIN_KEYWORD).config(Map.of("keyword", "hog", "limit", 25)).cadenceMinutes(60)
        .maxResults(25).forceFresh(true).cacheTtlDays(7).build()).value();

    assertMonitor(monitor);
    server.verify(postRequestedFor(urlPathEqualTo("/api/v1/monitors")).withRequestBody(equalToJson("""
        {"name":"Hog mentions","type":"linkedin_keyword","config":{"keyword":"hog","limit":25},"cadence_minutes":60,
         "max_results":25,"force_fresh":true,"cache_ttl_days":7}""")));
  }

  static void assertMonitor(Monitor monitor) {
    assertThat(monitor.id()).isEqualTo("mon_1");
    assertThat(monitor.type()).isEqualTo(MonitorType.LINKEDIN_KEYWORD);
    assertThat(monitor.status()).isEqualTo(MonitorStatus.ACTIVE);
    assertThat(monitor.config()).containsEntry("limit", 25L).containsEntry("ratio", 0.125);
    assertThat(monitor.cadenceMinutes()).isEqualTo(60L);
    assertThat(monitor.lastRunAt()).isNull();
    assertThat(monitor.nextRunAt()).isEqualTo("2026-01-01T01:00:00Z");
    assertThat(monitor.consecutiveFailures()).isZero();
    assertThat(monitor.updatedAt()).isEqualTo("2026-01-01T00:00:00Z");
  }

  @Test
  void getUpdateRunNowAndDeleteAMonitor() {
    answerJson(get(urlPathEqualTo("/api/v1/monitors/mon_1")), 200, MONITOR);
    answerJson(patch(urlPathEqualTo("/api/v1/monitors/mon_1")), 200, MONITOR.replace("\"active\"", "\"paused\""));
    answerJson(post(urlPathEqualTo("/api/v1/monitors/mon_1/run-now")), 202,
        MONITOR.replace("\"last_run_at\":null", "\"last_run_at\":\"2026-01-01T00:30:00Z\""));
    answerJson(delete(urlPathEqualTo("/api/v1/monitors/mon_1")), 204, null);

    assertMonitor(client.monitors().get("mon_1").value());
    Monitor paused = client.monitors().update("mon_1", UpdateMonitorRequest.builder()
        .status(MonitorRequestedStatus.PAUSED).cadenceMinutes(120).build()).value();
    Monitor ran = client.monitors().runNow("mon_1", RunMonitorRequest.builder().forceFresh(true).build(),
        ai.thehog.client.common.RequestOptions.defaults()).value();
    HogResponse<Void> deleted = client.monitors().delete("mon_1");

    assertThat(paused.status()).isEqualTo(MonitorStatus.PAUSED);
    assertThat(ran.lastRunAt()).isEqualTo("2026-01-01T00:30:00Z");
    assertThat(deleted.meta().requestId()).isEqualTo("req_header");
    server.verify(patchRequestedFor(urlPathEqualTo("/api/v1/monitors/mon_1"))
        .withRequestBody(equalToJson("{\"status\":\"paused\",\"cadence_minutes\":120}")));
    server.verify(postRequestedFor(urlPathEqualTo("/api/v1/monitors/mon_1/run-now"))
        .withRequestBody(equalToJson("{\"force_fresh\":true}")));
    server.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/monitors/mon_1")));
  }

  @Test
  void deleteMonitorAcceptsAnyTwoHundredWithOrWithoutABody() {
    // Page 06: "2xx, no body declared"; the status code itself is not recoverable from the SDK.
    answerJson(delete(urlPathEqualTo("/api/v1/monitors/mon_2")), 200, "{\"id\":\"mon_2\",\"deleted\":true}");
    answerJson(delete(urlPathEqualTo("/api/v1/monitors/mon_3")), 200, null);
    answerJson(delete(urlPathEqualTo("/api/v1/monitors/mon_4")), 202, "{}");

    for (String id : List.of("mon_2", "mon_3", "mon_4")) {
      assertThat(client.monitors().delete(id).meta().requestId()).isEqualTo("req_header");
      server.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/monitors/" + id)));
    }
  }

  @Test
  void runNowWithoutABodyIsAllowed() {
    answerJson(post(urlPathEqualTo("/api/v1/monitors/mon_1/run-now")), 202, MONITOR);
    assertMonitor(client.monitors().runNow("mon_1").value());
  }

  @Test
  void listMonitorsAndTheirEventsAreFlatWithNextCursor() {
    answerJson(get(urlPathEqualTo("/api/v1/monitors")), 200, "{\"data\":[" + MONITOR + "],\"next_cursor\":null}");
    answerJson(get(urlPathEqualTo("/api/v1/monitors/mon_1/events")), 200, """
        {"data":[{"id":"ev_1","monitor_id":"mon_1","dedup_key":"post:1","event_type":"new_post",
         "event_json":{"postUrl":"https://www.linkedin.com/feed/1","reactions":12345678901234},
         "canonical_person_id":"per_1","canonical_company_id":null,"detected_at":"2026-01-02T00:00:00Z"}],
         "next_cursor":null}""");

    var page = client.monitors().list(MonitorStatus.ACTIVE, ListOptions.builder().limit(50).build());
    MonitorEvent event = client.monitors().events("mon_1", "2026-01-01T00:00:00Z",
        ListOptions.builder().limit(10).build()).data().get(0);

    assertThat(page.hasNextPage()).isFalse();
    assertMonitor(page.data().get(0));
    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/monitors")).withQueryParam("status", equalTo("active"))
        .withQueryParam("limit", equalTo("50")));
    assertThat(event.monitorId()).isEqualTo("mon_1");
    assertThat(event.dedupKey()).isEqualTo("post:1");
    assertThat(event.eventJson()).containsEntry("reactions", 12345678901234L);
    assertThat(event.canonicalPersonId()).isEqualTo("per_1");
    assertThat(event.canonicalCompanyId()).isNull();
    server.verify(getRequestedFor(urlPathEqualTo("/api/v1/monitors/mon_1/events"))
        .withQueryParam("since", equalTo("2026-01-01T00:00:00Z")).withQueryParam("limit", equalTo("10")));
  }

  @Test
  void theSevenIdempotentOperationsOfPageSixSendAnIdempotencyKey() {
    String handle = "{\"id\":\"op_7\",\"operationId\":\"op_7\",\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_7\"}";
    String wrapped = "{\"data\":" + handle + ",\"meta\":{\"requestId\":\"r\"}}";
    answerJson(post(urlPathEqualTo("/api/v1/companies/search")), 202, handle);
    answerJson(post(urlPathEqualTo("/api/v1/people/search")), 202, handle.replace("}", ",\"meta\":{}}"));
    answerJson(post(urlPathEqualTo("/api/deep-research")), 202, handle);
    answerJson(post(urlPathEqualTo("/api/v1/platform/scrapers/web/crawl")), 202, wrapped);
    answerJson(post(urlPathEqualTo("/api/v1/platform/scrapers/web/scrape/batch")), 202, wrapped);

    client.companies().startSearch(ai.thehog.model.CompanySearchRequest.builder().query("acme").limit(25)
        .includeSignals(true).filters(ai.thehog.model.EntitySearchFilters.builder().titles(List.of("CTO"))
            .titleMatch(ai.thehog.model.TitleMatch.EXACT).build()).build());
    client.people().startSearch(ai.thehog.model.PeopleSearchRequest.builder().query("cto").includeContacts(true)
        .build());
    client.deepResearch().start(ai.thehog.model.DeepResearchRequest.builder().prompt("Acme's CEO")
        .schema(Map.of("type", "object")).urls(List.of("https://acme.example")).build());
    client.scrapers().web().startCrawl(ai.thehog.model.WebCrawlRequest.builder().url("https://acme.example")
        .maxPages(5).sameDomainOnly(true).build());
    client.scrapers().web().startScrapePages(ai.thehog.model.WebScrapeBatchRequest.builder()
        .urls(List.of("https://acme.example")).maxConcurrency(2).build());

    server.verify(postRequestedFor(urlPathEqualTo("/api/v1/companies/search")).withHeader("Idempotency-Key",
        matching(".+")).withRequestBody(equalToJson("{\"query\":\"acme\",\"limit\":25,\"includeSignals\":true,"
        + "\"filters\":{\"titles\":[\"CTO\"],\"titleMatch\":\"exact\"}}")));
    server.verify(postRequestedFor(urlPathEqualTo("/api/v1/people/search")).withHeader("Idempotency-Key",
        matching(".+")).withRequestBody(matchingJsonPath("$.includeContacts", equalTo("true"))));
    server.verify(postRequestedFor(urlPathEqualTo("/api/deep-research")).withHeader("Idempotency-Key",
        matching(".+")).withRequestBody(equalToJson("{\"prompt\":\"Acme's CEO\",\"schema\":{\"type\":\"object\"},"
        + "\"urls\":[\"https://acme.example\"]}")));
    server.verify(postRequestedFor(urlPathEqualTo("/api/v1/platform/scrapers/web/crawl")).withHeader(
        "Idempotency-Key", matching(".+")).withRequestBody(equalToJson("{\"url\":\"https://acme.example\","
        + "\"maxPages\":5,\"sameDomainOnly\":true}")));
    server.verify(postRequestedFor(urlPathEqualTo("/api/v1/platform/scrapers/web/scrape/batch")).withHeader(
        "Idempotency-Key", matching(".+")).withRequestBody(equalToJson("{\"urls\":[\"https://acme.example\"],"
        + "\"maxConcurrency\":2}")));
  }
}
