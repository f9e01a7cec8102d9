package ai.thehog.client;

import ai.thehog.model.json.FreeForm;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.Submission;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.PeopleEnrichRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every shape of a 202 answer the real API is known to send (docs/06, section 2) gives one
 * operation handle through the client: id, poll URL, request id, and a poll that reaches the result.
 */
class AcceptedShapesTest extends WireMockTestBase {

  private OperationProbe startWith(String body, String... headers) {
    var response = aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody(body);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      response = response.withHeader(headers[i], headers[i + 1]);
    }
    server.stubFor(post(urlEqualTo("/api/deep-research")).willReturn(response));
    server.stubFor(get(urlEqualTo("/api/operations/op_7")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(SpecResponses.operation("op_7", "succeeded", 100, "{\"answer\":42}", null))));
    HogOperation<DeepResearchResult> operation = client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build());
    return new OperationProbe(operation, operation.await(Duration.ofMinutes(1)).result().additionalProperties());
  }

  record OperationProbe(HogOperation<DeepResearchResult> operation, Map<String, Object> result) {
  }

  private void assertOperation(OperationProbe probe, String requestId) {
    assertThat(probe.operation().id()).isEqualTo("op_7");
    assertThat(probe.operation().pollUrl()).isEqualTo(server.baseUrl() + "/api/operations/op_7");
    assertThat(probe.operation().meta().requestId()).isEqualTo(requestId);
    assertThat(probe.result()).containsEntry("answer", 42L);
  }

  @Test
  void flat() {
    assertOperation(startWith("{\"id\":\"op_7\",\"operationId\":\"op_7\",\"status\":\"queued\","
        + "\"pollUrl\":\"/api/operations/op_7\",\"meta\":{\"requestId\":\"req_flat\"}}"), "req_flat");
  }

  @Test
  void withoutMetaTheHeaderGivesTheRequestId() {
    assertOperation(startWith("{\"id\":\"op_7\",\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_7\"}",
        "X-Request-Id", "req_header"), "req_header");
  }

  @Test
  void withAnEmptyMeta() {
    assertOperation(startWith("{\"id\":\"op_7\",\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_7\","
        + "\"meta\":{}}", "X-Request-Id", "req_header"), "req_header");
  }

  @Test
  void snakeCaseWithoutOperationId() {
    assertOperation(startWith("{\"id\":\"op_7\",\"status\":\"queued\",\"poll_url\":\"/api/operations/op_7\","
        + "\"meta\":{\"request_id\":\"req_snake\"}}"), "req_snake");
  }

  @Test
  void wrappedInData() {
    assertOperation(startWith("{\"data\":{\"id\":\"op_7\",\"operationId\":\"op_7\",\"status\":\"queued\","
        + "\"pollUrl\":\"/api/operations/op_7\"},\"meta\":{\"requestId\":\"req_wrapped\"}}"), "req_wrapped");
  }

  @Test
  void wrappedWithOnlyAnOperationId() {
    assertOperation(startWith("{\"data\":{\"operationId\":\"op_7\",\"status\":\"queued\"},"
        + "\"meta\":{\"requestId\":\"req_wrapped\"}}"), "req_wrapped");
  }

  @Test
  void olderShapeWithEstimatedCost() {
    OperationProbe probe = startWith("{\"operationId\":\"op_7\",\"pollUrl\":\"/api/operations/op_7\","
        + "\"meta\":{\"estimatedCost\":20}}", "X-Request-Id", "req_old");
    assertOperation(probe, "req_old");
    assertThat(probe.operation().meta().estimatedCost()).isEqualTo(20L);
  }

  @Test
  void onlyAPollUrlGivesTheIdFromItsLastSegment() {
    assertOperation(startWith("{\"status\":\"queued\",\"poll_url\":\"/api/operations/op_7\"}",
        "X-Request-Id", "req_url"), "req_url");
  }

  @Test
  void aTwoHundredOrTwoOTwoCallReadsTheSameShapes() {
    server.stubFor(post(urlEqualTo("/api/people/enrich")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":\"op_7\",\"status\":\"queued\"},\"meta\":{\"request_id\":\"req_sync\"}}")));
    server.stubFor(get(urlEqualTo("/api/operations/op_7")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(SpecResponses.operation("op_7", "succeeded", 100, "{\"people\":[]}", null))));

    Submission<FreeForm, Map<String, Object>> submission =
        client.people().submitEnrichment(PeopleEnrichRequest.builder().asyncPreferred(true).build());

    assertThat(submission.isCompleted()).isFalse();
    assertThat(submission.meta().requestId()).isEqualTo("req_sync");
    assertThat(submission.await(Duration.ofMinutes(1)).asObject()).isEqualTo(Map.of("people", java.util.List.of()));
  }
}
