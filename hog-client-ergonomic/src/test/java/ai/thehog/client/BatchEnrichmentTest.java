package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.Meta;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.client.operation.BatchProgressListener;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.error.HogBatchMappingException;
import ai.thehog.client.error.HogServerException;
import ai.thehog.client.operation.Progress;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.PersonIdentifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Batch enrichment over WireMock: splitting, keys per batch, order, progress, unmappable results. */
class BatchEnrichmentTest extends WireMockTestBase {

  private static PersonIdentifier person(int i) {
    return PersonIdentifier.builder().email("p" + i + "@x.example").build();
  }

  private static String record(int i) {
    return "{\"identifier\":{\"email\":\"p" + i + "@x.example\"},\"status\":\"succeeded\",\"data\":{\"n\":" + i + "}}";
  }

  /** Batch b (0-based) of {@code inputs}: accepted as op_b, whose result holds {@code records}. */
  private void stubBatch(int b, int firstIndex, List<String> records) {
    String op = "op_b" + b;
    server.stubFor(post(urlEqualTo("/api/enrichments"))
        .withRequestBody(matchingJsonPath("$.identifiers[0].email", equalTo("p" + firstIndex + "@x.example")))
        .willReturn(SpecResponses.json("POST", "/api/enrichments", 202, SpecResponses.accepted(op))));
    server.stubFor(get(urlEqualTo("/api/operations/" + op)).willReturn(SpecResponses.json("GET", "/api/operations/" + op,
        200, SpecResponses.operation(op, "succeeded", 100, "{\"records\":[" + String.join(",", records) + "]}", null))));
  }

  @Test
  void splitsIntoBatchesOfAHundredKeepsInputOrderAndReportsProgress() {
    List<PersonIdentifier> people = IntStream.range(0, 250).mapToObj(BatchEnrichmentTest::person).toList();
    for (int b = 0; b < 3; b++) {
      List<String> records = IntStream.range(b * 100, Math.min(250, b * 100 + 100)).mapToObj(BatchEnrichmentTest::record)
          .collect(Collectors.toCollection(ArrayList::new));
      if (b == 1) {
        Collections.reverse(records); // the API may answer out of order: the client puts it back
      }
      stubBatch(b, b * 100, records);
    }
    List<Progress> progress = Collections.synchronizedList(new ArrayList<>());

    BatchEnrichmentResult result = client.enrichments().enrichAll(people, List.of("contact.email"), progress::add,
        RequestOptions.builder().idempotencyKey("crm-sync-7").build());

    assertThat(result.records()).extracting(EnrichmentRecord::identifier).containsExactlyElementsOf(people);
    assertThat(result.records()).extracting(r -> r.data().get("n"))
        .containsExactlyElementsOf(IntStream.range(0, 250).mapToObj(i -> (Object) (long) i).toList());
    assertThat(result.operationIds()).containsExactly("op_b0", "op_b1", "op_b2");
    assertThat(result.batchMeta()).extracting(Meta::requestId)
        .containsExactly("req_accept_op_b0", "req_accept_op_b1", "req_accept_op_b2");
    assertThat(progress).hasSize(3);
    assertThat(progress.get(2)).isEqualTo(new Progress(null, ai.thehog.model.OperationStatus.SUCCEEDED, 100, 250, 250));
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/enrichments"))))
        .extracting(r -> r.getHeader("Idempotency-Key")).containsExactlyInAnyOrder("crm-sync-7-1", "crm-sync-7-2",
            "crm-sync-7-3");
  }

  @Test
  void aBatchResultThatCannotBeMappedIsAnErrorNamingTheOperation() {
    List<PersonIdentifier> people = IntStream.range(0, 3).mapToObj(BatchEnrichmentTest::person).toList();
    stubBatch(0, 0, List.of(record(0), record(1))); // one record missing

    assertThatThrownBy(() -> client.enrichments().enrichAll(people, List.of("contact.email")))
        .isInstanceOfSatisfying(HogBatchMappingException.class, e -> {
          assertThat(e.operationId()).isEqualTo("op_b0");
          assertThat(e.getMessage()).contains("op_b0", "2 records for 3 identifiers", "nothing of this batch");
        });
  }

  @Test
  void recordsForOtherPeopleAreNotSilentlyAccepted() {
    List<PersonIdentifier> people = IntStream.range(0, 2).mapToObj(BatchEnrichmentTest::person).toList();
    stubBatch(0, 0, List.of(record(0), record(7)));

    assertThatThrownBy(() -> client.enrichments().enrichAll(people, List.of("contact.email")))
        .isInstanceOf(HogBatchMappingException.class).hasMessageContaining("identifier #1");
  }

  @Test
  void asyncVariantsComplete() throws Exception {
    List<PersonIdentifier> people = IntStream.range(0, 3).mapToObj(BatchEnrichmentTest::person).toList();
    stubBatch(0, 0, List.of(record(0), record(1), record(2)));
    server.stubFor(post(urlEqualTo("/api/enrichments"))
        .withRequestBody(matchingJsonPath("$.identifier.email", equalTo("solo@x.example")))
        .willReturn(SpecResponses.json("POST", "/api/enrichments", 200,
            "{\"data\":{\"contact\":{\"email\":\"solo@x.example\"}},\"meta\":{\"requestId\":\"req_solo\"}}")));

    BatchEnrichmentResult batch = client.async().enrichments().enrichAll(people, List.of("contact.email"),
        BatchProgressListener.none(), RequestOptions.defaults()).get(20, TimeUnit.SECONDS);
    BatchEnrichmentResult streamed = client.enrichments().enrichAll(people.stream(), List.of("contact.email"),
        BatchProgressListener.none(), RequestOptions.defaults());
    assertThat(streamed.records()).extracting(EnrichmentRecord::identifier).containsExactlyElementsOf(people);
    HogResponse<EnrichmentRecord> solo = client.async().enrichments().enrich(
        PersonIdentifier.builder().email("solo@x.example").build(), List.of("contact.email")).get(20, TimeUnit.SECONDS);

    assertThat(batch.records()).hasSize(3);
    assertThat(solo.meta().requestId()).isEqualTo("req_solo");
    assertThat(solo.value().data()).containsKey("contact");
  }

  @Test
  void aSingleThreadExecutorDoesNotDeadlockAnAsyncBatch() throws Exception {
    List<PersonIdentifier> people = IntStream.range(0, 250).mapToObj(BatchEnrichmentTest::person).toList();
    for (int b = 0; b < 3; b++) {
      stubBatch(b, b * 100, IntStream.range(b * 100, Math.min(250, b * 100 + 100)).mapToObj(BatchEnrichmentTest::record)
          .toList());
    }
    java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newSingleThreadExecutor();
    try (HogClient hog = builder().executor(one).batchConcurrency(4).build()) {
      BatchEnrichmentResult result = hog.async().enrichments().enrichAll(people, List.of("contact.email"),
          BatchProgressListener.none(), RequestOptions.defaults()).get(30, TimeUnit.SECONDS);
      assertThat(result.records()).hasSize(250);
    } finally {
      one.shutdownNow();
    }
  }

  @Test
  void retriesAreBoundedByTotalTimeAsWellAsAttempts() {
    server.stubFor(post(urlEqualTo("/api/enrichments")).willReturn(SpecResponses.json("POST", "/api/enrichments", 502,
        SpecResponses.error(502, "Bad Gateway", "upstream"))));
    try (HogClient bounded = builder().retryPolicy(RetryPolicy.builder().maxAttempts(50).maxElapsed(Duration.ofSeconds(4))
        .build()).build()) {
      assertThatThrownBy(() -> bounded.enrichments().enrich(person(1), List.of("contact.email")))
          .isInstanceOf(HogServerException.class);
    }
    // waits 0.5 + 1 + 2 = 3.5 s; the next (4 s) would end after the 4 s budget
    assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/enrichments")))).hasSize(4);
    assertThat(clock.longSleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }
}
