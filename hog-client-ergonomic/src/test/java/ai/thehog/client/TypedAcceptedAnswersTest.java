package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.client.error.HogUnexpectedAnswerException;
import ai.thehog.client.operation.AcceptedAnswer;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.model.CompanySearchAccepted;
import ai.thehog.model.CompanySearchRequest;
import ai.thehog.model.DeepResearchAccepted;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.EnrichmentAccepted;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.OperationAccepted;
import ai.thehog.model.OperationStatus;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PeopleSearchAccepted;
import ai.thehog.model.PeopleSearchRequest;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.SearchAccepted;
import ai.thehog.model.SearchJobStatus;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.SearchType;
import ai.thehog.model.WebCrawlRequest;
import ai.thehog.model.WebScrapeBatchRequest;
import ai.thehog.model.WebScrapeJobRequest;
import ai.thehog.model.WrappedAccepted;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 202 of each operation, in every shape the sources describe, reaches the caller as that
 * operation's own record of the spec ({@link AcceptedAnswer}), with the values of the body and what
 * the shape lacks filled in; a shape with no operation id is a {@link HogUnexpectedAnswerException}
 * naming it.
 */
class TypedAcceptedAnswersTest extends WireMockTestBase {

  /** The shapes of a 202; {@code status} and {@code requestId} are what the typed answer must hold. */
  enum Shape {
    /** Page 07 and page 06 of submitEnrichment: flat camelCase with meta.requestId. */
    FLAT("{\"id\":\"op_7\",\"operationId\":\"op_7\",\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_7\","
        + "\"meta\":{\"requestId\":\"req_body\",\"region\":\"eu\"}}", "queued", "req_body", "/api/operations/op_7"),
    /** Page 06's company search: no meta (the request id from the header). */
    FLAT_WITHOUT_META("{\"id\":\"op_7\",\"operationId\":\"op_7\",\"status\":\"queued\","
        + "\"pollUrl\":\"/api/operations/op_7\"}", "queued", "req_header", "/api/operations/op_7"),
    /** Page 06's search: snake_case, no operationId. */
    SNAKE_CASE("{\"id\":\"op_7\",\"status\":\"processing\",\"poll_url\":\"/api/operations/op_7\","
        + "\"meta\":{\"request_id\":\"req_body\"}}", "processing", "req_body", "/api/operations/op_7"),
    /** Page 06's crawl and batch scrape: the handle in data. */
    WRAPPED("{\"data\":{\"id\":\"op_7\",\"operationId\":\"op_7\",\"status\":\"processing\","
        + "\"pollUrl\":\"/api/operations/op_7\"},\"meta\":{\"requestId\":\"req_body\"}}", "processing", "req_body",
        "/api/operations/op_7"),
    /** Pages 02 and 05: operationId only, an absolute poll URL, meta.estimatedCost. */
    OLDER("{\"operationId\":\"op_7\",\"pollUrl\":\"BASE/api/operations/op_7\",\"meta\":{\"estimatedCost\":20}}",
        "queued", "req_header", "BASE/api/operations/op_7");

    final String body;
    final String status;
    final String requestId;
    final String pollUrl;

    Shape(String body, String status, String requestId, String pollUrl) {
      this.body = body;
      this.status = status;
      this.requestId = requestId;
      this.pollUrl = pollUrl;
    }
  }

  private void answer(String path, String body) {
    server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req_header")
        .withBody(body.replace("BASE", server.baseUrl()))));
  }

  private String pollUrl(Shape shape) {
    return shape.pollUrl.replace("BASE", server.baseUrl());
  }

  private static AcceptedAnswer accepted(HogOperation<?> operation) {
    return operation.accepted().orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void companySearch(Shape shape) {
    answer("/api/v1/companies/search", shape.body);
    AcceptedAnswer answer = accepted(client.companies().startSearch(CompanySearchRequest.builder().query("acme").build()));

    CompanySearchAccepted body = ((AcceptedAnswer.CompanySearch) answer).body();
    assertThat(body.id()).isEqualTo("op_7");
    assertThat(body.operationId()).isEqualTo("op_7");
    assertThat(body.status()).isEqualTo(OperationStatus.of(shape.status));
    assertThat(body.pollUrl()).isEqualTo(pollUrl(shape));
    assertThat(answer.id()).isEqualTo("op_7");
    assertThat(answer.body(CompanySearchAccepted.class)).contains(body);
    assertThat(answer.body(PeopleSearchAccepted.class)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void peopleSearch(Shape shape) {
    answer("/api/v1/people/search", shape.body);
    AcceptedAnswer answer = accepted(client.people().startSearch(PeopleSearchRequest.builder().query("acme").build()));

    PeopleSearchAccepted body = ((AcceptedAnswer.PeopleSearch) answer).body();
    assertThat(body.id()).isEqualTo("op_7");
    assertThat(body.status()).isEqualTo(OperationStatus.of(shape.status));
    assertThat(body.pollUrl()).isEqualTo(pollUrl(shape));
    assertThat(body.meta()).containsEntry("requestId", shape.requestId);
    assertThat(answer.requestId()).contains(shape.requestId);
    if (shape == Shape.FLAT) {
      assertThat(body.meta()).containsEntry("region", "eu");
    }
    if (shape == Shape.OLDER) {
      assertThat(body.meta()).containsEntry("estimatedCost", 20L);
    }
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void deepResearch(Shape shape) {
    answer("/api/deep-research", shape.body);
    AcceptedAnswer answer = accepted(client.deepResearch().start(
        DeepResearchRequest.builder().prompt("Acme").schema(Map.of()).build()));

    DeepResearchAccepted body = ((AcceptedAnswer.DeepResearch) answer).body();
    assertThat(body.operationId()).isEqualTo("op_7");
    assertThat(body.status()).isEqualTo(OperationStatus.of(shape.status));
    assertThat(body.meta().requestId()).isEqualTo(shape.requestId);
    assertThat(body.meta().estimatedCost()).isEqualTo(shape == Shape.OLDER ? 20L : null);
  }

  @Test
  void deepResearchKeepsTheSchemaItWillFill() {
    answer("/api/deep-research", "{\"id\":\"op_7\",\"operationId\":\"op_7\",\"status\":\"queued\","
        + "\"pollUrl\":\"/api/operations/op_7\",\"meta\":{\"schemaContract\":{\"type\":\"object\","
        + "\"properties\":{\"ceo\":{\"type\":\"string\"}}}}}");
    DeepResearchAccepted body = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme")
        .schema(Map.of()).build()).accepted().flatMap(a -> a.body(DeepResearchAccepted.class)).orElseThrow();

    assertThat(body.meta().schemaContract()).containsEntry("type", "object");
    assertThat(body.meta().requestId()).isEqualTo("req_header");
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void enrichmentBatch(Shape shape) {
    answer("/api/enrichments", shape.body);
    List<PersonIdentifier> batch = List.of(PersonIdentifier.builder().email("a@acme.example").build(),
        PersonIdentifier.builder().email("b@acme.example").build());
    var submission = client.enrichments().submit(EnrichmentRequest.builder().identifiers(batch)
        .fields(List.of("profile")).build());

    assertThat(submission.isCompleted()).isFalse();
    HogOperation<?> operation = ((ai.thehog.client.operation.Submission.Accepted<?, ?>) submission).operation();
    EnrichmentAccepted body = ((AcceptedAnswer.Enrichment) accepted(operation)).body();
    assertThat(body.id()).isEqualTo("op_7");
    assertThat(body.pollUrl()).isEqualTo(pollUrl(shape));
    assertThat(body.meta().requestId()).isEqualTo(shape.requestId);
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void searchJob(Shape shape) {
    answer("/api/v1/search", shape.body.replace("/api/operations/", "/api/v1/search/"));
    AcceptedAnswer answer = client.search().start(SearchRequest.builder().type(SearchType.WEB_SEARCH).query("acme")
        .build()).accepted().orElseThrow();

    SearchAccepted body = ((AcceptedAnswer.Search) answer).body();
    assertThat(body.id()).isEqualTo("op_7");
    assertThat(body.status()).isEqualTo(SearchJobStatus.of(shape.status));
    assertThat(body.pollUrl()).isEqualTo(pollUrl(shape).replace("/api/operations/", "/api/v1/search/"));
    assertThat(body.meta().requestId()).isEqualTo(shape.requestId);
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void crawlScrapeBatchAndScrapeJobAreWrapped(Shape shape) {
    answer("/api/v1/platform/scrapers/web/crawl", shape.body);
    answer("/api/v1/platform/scrapers/web/scrape/batch", shape.body);
    answer("/api/v1/platform/scrapers/web/scrape/jobs", shape.body);
    List<Supplier<HogOperation<?>>> starts = List.of(
        () -> client.scrapers().web().startCrawl(WebCrawlRequest.builder().url("https://acme.example").build()),
        () -> client.scrapers().web().startScrapePages(WebScrapeBatchRequest.builder()
            .urls(List.of("https://acme.example")).build()),
        () -> client.scrapers().web().startScrapeJob(WebScrapeJobRequest.builder().url("https://acme.example").build()));
    for (Supplier<HogOperation<?>> start : starts) {
      WrappedAccepted body = ((AcceptedAnswer.Wrapped) accepted(start.get())).body();
      assertThat(body.data().id()).isEqualTo("op_7");
      assertThat(body.data().operationId()).isEqualTo("op_7");
      assertThat(body.data().status()).isEqualTo(OperationStatus.of(shape.status));
      assertThat(body.data().pollUrl()).isEqualTo(pollUrl(shape));
      assertThat(body.meta().requestId()).isEqualTo(shape.requestId);
    }
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void anOlderGenerationOperationGivesTheGenericRecord(Shape shape) {
    answer("/api/people/enrich", shape.body);
    var submission = client.people().submitEnrichment(PeopleEnrichRequest.builder().asyncPreferred(true).build());

    HogOperation<?> operation = ((ai.thehog.client.operation.Submission.Accepted<?, ?>) submission).operation();
    OperationAccepted body = ((AcceptedAnswer.Generic) accepted(operation)).body();
    assertThat(body.id()).isEqualTo("op_7");
    assertThat(body.operationId()).isEqualTo("op_7");
    assertThat(body.meta().requestId()).isEqualTo(shape.requestId);
    assertThat(body.additionalProperties()).doesNotContainKeys("poll_url", "pollUrl", "id");
  }

  @Test
  void keysTheShapeDoesNotNameAreKeptWhereTheyWereSent() {
    answer("/api/v1/platform/scrapers/web/crawl", "{\"data\":{\"id\":\"op_7\",\"operationId\":\"op_7\","
        + "\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_7\",\"pages\":3},\"meta\":{\"requestId\":\"r\","
        + "\"region\":\"eu\"}}");
    WrappedAccepted body = client.scrapers().web().startCrawl(WebCrawlRequest.builder().url("https://acme.example")
        .build()).accepted().flatMap(a -> a.body(WrappedAccepted.class)).orElseThrow();

    assertThat(body.data().additionalProperties()).isEqualTo(Map.of("pages", 3L));
    assertThat(body.meta().additionalProperties()).isEqualTo(Map.of("region", "eu"));
  }

  @Test
  void aResumedOperationHasNoAcceptedAnswer() {
    assertThat(client.operations().resume("op_7").accepted()).isEmpty();
    assertThat(client.search().resume("s_7").accepted()).isEmpty();
  }

  @Test
  void anObjectWithoutAnOperationIdIsAnUnexpectedShapeNamedByItsKeys() {
    answer("/api/v1/companies/search", "{\"job\":\"VALUE_NEVER_SHOWN\",\"state\":\"queued\",\"meta\":{}}");

    assertThatThrownBy(() -> client.companies().startSearch(CompanySearchRequest.builder().query("acme").build()))
        .isInstanceOfSatisfying(HogUnexpectedAnswerException.class, e -> {
          assertThat(e.shape()).isEqualTo("an object with keys [meta, job, state] and no operation id");
          assertThat(e.getMessage()).contains("POST /api/v1/companies/search", e.shape());
          assertThat(e.getMessage()).doesNotContain("VALUE_NEVER_SHOWN");
          assertThat(e.requestId()).isEqualTo("req_header");
        });
  }

  @Test
  void aSearchWithoutAnIdIsAnUnexpectedShapeToo() {
    answer("/api/v1/search", "{\"status\":\"queued\"}");

    assertThatThrownBy(() -> client.search().start(SearchRequest.builder().type(SearchType.WEB_SEARCH).query("acme")
        .build())).isInstanceOfSatisfying(HogUnexpectedAnswerException.class,
            e -> assertThat(e.shape()).isEqualTo("an object with keys [status] and no operation id"));
  }

  @Test
  void aDataOrMetaThatIsNoObjectIsNamedAmongTheKeys() {
    answer("/api/v1/platform/scrapers/web/crawl", "{\"data\":\"op_7\",\"meta\":[]}");

    assertThatThrownBy(() -> client.scrapers().web().startCrawl(WebCrawlRequest.builder().url("https://acme.example")
        .build())).isInstanceOfSatisfying(HogUnexpectedAnswerException.class,
            e -> assertThat(e.shape()).isEqualTo("an object with keys [data, meta] and no operation id"));
  }

  @Test
  void anArrayIsAnUnexpectedShape() {
    answer("/api/deep-research", "[{\"id\":\"op_7\"}]");

    assertThatThrownBy(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme")
        .schema(Map.of()).build())).isInstanceOfSatisfying(HogUnexpectedAnswerException.class,
            e -> assertThat(e.shape()).isEqualTo("an array"));
  }
}
