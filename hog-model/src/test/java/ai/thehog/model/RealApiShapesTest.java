package ai.thehog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.json.HogJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shapes the real API sends beyond the five pages (shared/docs/06): every 202 shape decodes into
 * {@link OperationAccepted}; monitors, search jobs and scrapers decode typed; free-form objects are
 * kept whole; enums stay open.
 */
class RealApiShapesTest {

  private static <T> T read(Class<T> type, String json) throws IOException {
    return HogJson.moshi().adapter(type).fromJson(json);
  }

  @Test
  void everyAcceptedShapeDecodes() throws IOException {
    OperationAccepted search = read(OperationAccepted.class,
        "{\"id\":\"srch_1\",\"status\":\"queued\",\"poll_url\":\"/api/v1/search/srch_1\",\"meta\":{\"request_id\":\"r1\"}}");
    assertThat(search.id()).isEqualTo("srch_1");
    assertThat(search.operationId()).isNull();
    assertThat(search.additionalProperties()).containsEntry("poll_url", "/api/v1/search/srch_1");
    assertThat(search.meta().additionalProperties()).containsEntry("request_id", "r1");

    OperationAccepted crawl = read(OperationAccepted.class, "{\"data\":{\"id\":\"op_2\",\"operationId\":\"op_2\","
        + "\"status\":\"processing\",\"pollUrl\":\"/api/operations/op_2\"},\"meta\":{\"requestId\":\"r2\"}}");
    assertThat(crawl.id()).isNull();
    assertThat(crawl.data().operationId()).isEqualTo("op_2");
    assertThat(crawl.data().status()).isEqualTo(OperationStatus.PROCESSING);
    assertThat(crawl.meta().requestId()).isEqualTo("r2");

    OperationAccepted companies = read(OperationAccepted.class,
        "{\"id\":\"op_3\",\"operationId\":\"op_3\",\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_3\"}");
    assertThat(companies.meta()).isNull();
    assertThat(companies.pollUrl()).isEqualTo("/api/operations/op_3");
  }

  @Test
  void aSearchJobDecodesWithItsOwnStatusesAndKeepsUnknownOnes() throws IOException {
    SearchJob job = read(SearchJob.class, "{\"id\":\"srch_1\",\"status\":\"failed\",\"type\":\"tiktok_hashtag\","
        + "\"query\":\"#gtm\",\"created_at\":\"2026-05-21T09:08:10Z\",\"results\":null,"
        + "\"error\":{\"message\":\"provider down\",\"retryable\":true}}");
    assertThat(job.status()).isEqualTo(SearchJobStatus.FAILED);
    assertThat(job.type()).isEqualTo(SearchType.TIKTOK_HASHTAG);
    assertThat(job.error().retryable()).isTrue();
    SearchJob later = read(SearchJob.class, "{\"id\":\"s\",\"status\":\"expired\",\"type\":\"bluesky_keyword\","
        + "\"query\":null,\"created_at\":\"t\"}");
    assertThat(later.status().known()).isEqualTo(SearchJobStatus.Known.UNKNOWN);
    assertThat(later.type().value()).isEqualTo("bluesky_keyword");
  }

  @Test
  void monitorsKeepTheirFreeFormObjectsWhole() throws IOException {
    Monitor monitor = read(Monitor.class, "{\"id\":\"mon_1\",\"name\":\"n\",\"type\":\"linkedin_keyword\","
        + "\"status\":\"paused\",\"config\":{\"keyword\":\"revops\",\"max_posts\":{\"linkedin\":5},\"ratio\":0.1,"
        + "\"big\":12345678901234567890},\"cadence_minutes\":60,\"last_run_at\":null,\"next_run_at\":null,"
        + "\"consecutive_failures\":0,\"created_at\":\"a\",\"updated_at\":\"b\"}");
    assertThat(monitor.status()).isEqualTo(MonitorStatus.PAUSED);
    assertThat(monitor.config()).containsEntry("max_posts", Map.of("linkedin", 5L)).containsEntry("ratio", 0.1);
    assertThat(monitor.config().get("big")).hasToString("12345678901234567890");
    assertThat(HogJson.moshi().adapter(Monitor.class).toJson(monitor))
        .contains("\"max_posts\":{\"linkedin\":5}").contains("12345678901234567890");

    MonitorEventList events = read(MonitorEventList.class, "{\"data\":[{\"id\":\"e\",\"monitor_id\":\"mon_1\","
        + "\"dedup_key\":\"k\",\"event_type\":\"new_post\",\"event_json\":{\"post\":{\"likes\":3}},"
        + "\"canonical_person_id\":null,\"canonical_company_id\":\"c\",\"detected_at\":\"t\"}],\"next_cursor\":null}");
    assertThat(events.data().get(0).eventJson()).isEqualTo(Map.of("post", Map.of("likes", 3L)));
    assertThat(events.nextCursor()).isNull();
  }

  @Test
  void typedRequestsHaveBuildersThatCheckWhatTheFactsRequire() {
    assertThatThrownBy(() -> CreateMonitorRequest.builder().name("n").type(MonitorType.WEB_SEARCH).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("CreateMonitorRequest.config is required");
    PeopleSearchRequest people = PeopleSearchRequest.builder().query("CFOs").limit(10).includeSignals(true)
        .filters(EntitySearchFilters.builder().titles(List.of("CFO")).titleMatch(TitleMatch.EXACT)
            .company(CompanyFilters.builder().domains(List.of("acme.com")).build()).build())
        .contactFields(List.of(ContactField.EMAIL)).build();
    String json = HogJson.moshi().adapter(PeopleSearchRequest.class).toJson(people);
    assertThat(json).contains("\"includeSignals\":true").contains("\"titleMatch\":\"exact\"")
        .contains("\"domains\":[\"acme.com\"]").contains("\"contactFields\":[\"email\"]");
    assertThat(LinkedInProfileActivityRequest.builder().profiles(List.of("jane")).postedLimit(PostedLimit._24H)
        .build().postedLimit().value()).isEqualTo("24h");
  }
}
