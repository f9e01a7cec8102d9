package ai.thehog.client;

import ai.thehog.model.json.FreeForm;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.error.HogCostGuardException;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.client.operation.Progress;
import ai.thehog.client.operation.Submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.CompanySearchRequest;
import ai.thehog.model.ContextRequest;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PeopleResearchRequest;
import ai.thehog.model.PeopleSearchRequest;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.PlatformIdentity;
import ai.thehog.model.RecordStatus;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.CompanySearchResult;
import ai.thehog.model.PeopleSearchResult;
import ai.thehog.model.SignalsRequest;
import ai.thehog.model.WebCrawlRequest;
import ai.thehog.model.WebScrapeBatchRequest;
import ai.thehog.model.WebScrapeJobRequest;
import ai.thehog.sandbox.HogSandboxExtension;
import ai.thehog.sandbox.SandboxFault;
import ai.thehog.sandbox.SandboxLedger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole flow of every operation family against the stateful sandbox, time-scaled ten times. */
class SandboxFlowTest {

  static final String ACCESS = "ak_client_flow";
  static final String SECRET = "sk_client_flow_secret_value";
  static final double SCALE = 10.0;

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey(ACCESS).secretKey(SECRET)
      .timeScale(SCALE).operationDuration(Duration.ofSeconds(3)).requestsPerMinute(600).pollsPerMinute(300)
      .planCredits(1_000_000).build();

  HogClient hog;

  @BeforeEach
  void client() {
    hog = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection()).build();
  }

  @AfterEach
  void close() {
    assertThat(SANDBOX.sandbox().ledger().tooManyRequestsSent()).isZero();
    hog.close();
  }

  private static PersonIdentifier person(int i) {
    return PersonIdentifier.builder().email("person" + i + "@acme.example").build();
  }

  @Test
  void enrichments() {
    HogResponse<EnrichmentRecord> now = hog.enrichments().enrich(person(1), List.of("contact.email"));
    assertThat(now.value().status()).isEqualTo(RecordStatus.SUCCEEDED);
    assertThat(now.value().data()).containsKey("contact");
    assertThat(now.meta().requestId()).isNotBlank();
    assertThat(now.meta().actualCost()).isEqualTo(1L);

    HogResponse<EnrichmentRecord> withSignals = hog.enrichments().enrich(person(2), List.of("contact.email", "signals"));
    assertThat(withSignals.value().data()).containsKeys("contact", "signals");
    assertThat(withSignals.value().identifier()).isEqualTo(person(2));

    Submission<Map<String, Object>, ai.thehog.model.EnrichmentBatchResult> submitted = hog.enrichments().submit(
        EnrichmentRequest.builder().identifiers(List.of(person(3), person(4))).fields(List.of("profile")).build());
    assertThat(submitted.isCompleted()).isFalse();
    assertThat(submitted.await(Duration.ofMinutes(1))).containsKey("records");

    BatchEnrichmentResult mixed = hog.enrichments().enrichAll(List.of(person(5),
        PersonIdentifier.builder().email("nobody@fail.example").build(),
        PersonIdentifier.builder().email("half@partial.example").build()), List.of("contact.email", "profile"));
    assertThat(mixed.records()).extracting(EnrichmentRecord::status)
        .containsExactly(RecordStatus.SUCCEEDED, RecordStatus.FAILED, RecordStatus.PARTIAL_SUCCESS);
    assertThat(mixed.failed()).hasSize(1);

    BatchEnrichmentResult allFailed = hog.enrichments().enrichAll(
        List.of(PersonIdentifier.builder().email("x@fail.example").build()), List.of("contact.email"));
    assertThat(allFailed.failed()).hasSize(1);
    assertThat(allFailed.failed().get(0).error().message()).contains("No results");
  }

  @Test
  void projectIdAndCostsReachTheMeta() {
    try (HogClient project = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection()).projectId("proj_flow").build()) {
      HogResponse<EnrichmentRecord> jane = project.enrichments().enrich(person(9), List.of("contact.email", "profile"));
      assertThat(jane.meta().projectId()).isEqualTo("proj_flow");
      assertThat(jane.meta().estimatedCost()).isEqualTo(2L);
      assertThat(jane.meta().actualCost()).isEqualTo(2L);
      HogOperation<DeepResearchResult> research = project.deepResearch()
          .start(DeepResearchRequest.builder().prompt("Initech").schema(Map.of("type", "object")).build());
      assertThat(research.meta().requestId()).isNotBlank();
    }
    assertThat(SANDBOX.sandbox().ledger().creditsCharged(ACCESS)).isPositive();
  }

  @Test
  void searchesOfEveryKind() {
    OperationOutcome<CompanySearchResult> companies = hog.companies().searchAndAwait(
        CompanySearchRequest.builder().query("software companies").putAdditionalProperty("industry", "Software").build(),
        Duration.ofMinutes(1));
    assertThat(companies.result().data()).isNotNull();
    OperationOutcome<PeopleSearchResult> people = hog.people().searchAndAwait(
        PeopleSearchRequest.builder().query("CTOs").putAdditionalProperty("title", "CTO").build(), Duration.ofMinutes(1));
    assertThat(people.result()).isNotNull();
    ai.thehog.model.SearchJob search = hog.search().searchAndAwait(
        SearchRequest.builder().type(ai.thehog.model.SearchType.WEB_SEARCH).query("fintech in Berlin").build(), Duration.ofMinutes(1));
    assertThat(search.status()).isEqualTo(ai.thehog.model.SearchJobStatus.SUCCEEDED);
    assertThat(search.results()).isNotEmpty();
    assertThat(hog.companies().searchLegacy(CompanySearchRequest.builder().putAdditionalProperty("industry", "AI").build())
        .value()).isNotNull();
    assertThat(hog.people().searchLegacy(PeopleSearchRequest.builder().putAdditionalProperty("title", "CTO").build())
        .meta().requestId()).isNotBlank();
  }

  @Test
  void deepResearchWithProgress() {
    List<Progress> progress = new ArrayList<>();
    OperationOutcome<DeepResearchResult> outcome = hog.deepResearch()
        .start(DeepResearchRequest.builder().prompt("Acme Corp").schema(Map.of("type", "object")).build())
        .onProgress(progress::add).await(Duration.ofMinutes(1));
    assertThat(outcome).isInstanceOf(OperationOutcome.Succeeded.class);
    assertThat(outcome.result().data()).isEqualTo(Map.of());
    assertThat(outcome.result().additionalProperties()).containsKeys("report", "sources");
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1).status().value()).isEqualTo("succeeded");
  }

  @Test
  void webScrapers() {
    assertThat(hog.scrapers().web().startCrawl(WebCrawlRequest.builder().url("https://acme.example")
        .build()).await(Duration.ofMinutes(1)).result()).isNotNull();
    assertThat(hog.scrapers().web().startScrapePages(WebScrapeBatchRequest.builder()
        .urls(List.of("https://acme.example/a", "https://acme.example/b")).build())
        .await(Duration.ofMinutes(1)).result()).isNotNull();
    assertThat(hog.scrapers().web().startScrapeJob(WebScrapeJobRequest.builder().url("https://acme.example")
        .build()).await(Duration.ofMinutes(1)).result()).isNotNull();
  }

  @Test
  void olderGenerationPeopleContextSignalsGenerateAndEstimates() {
    PeopleEnrichRequest enrich = PeopleEnrichRequest.builder()
        .identities(List.of(PlatformIdentity.builder().platform("linkedin").username("jane-doe").build())).build();
    assertThat(hog.people().submitEnrichment(enrich).isCompleted()).isTrue();
    Submission<FreeForm, Map<String, Object>> async = hog.people().submitEnrichment(enrich.toBuilder().asyncPreferred(true).build());
    assertThat(async.isCompleted()).isFalse();
    assertThat(async.await(Duration.ofMinutes(1))).isNotNull();

    PeopleResearchRequest research = PeopleResearchRequest.builder().putAdditionalProperty("name", "Jane Doe").build();
    assertThat(hog.estimates().peopleResearch(research).value().estimatedCredits()).isPositive();
    assertThat(hog.people().research(research, RequestOptions.builder().maxCredits(1_000).requireWithinPlanLimits().build())
        .value()).isNotNull();
    assertThatThrownBy(() -> hog.people().research(research, RequestOptions.builder().maxCredits(0).build()))
        .isInstanceOf(HogCostGuardException.class);

    assertThat(hog.context().assemble(ContextRequest.builder().putAdditionalProperty("company", "Acme").build()).value())
        .isNotNull();
    assertThat(hog.signals().classify(SignalsRequest.builder().putAdditionalProperty("company", "Acme").build()).value())
        .isNotNull();
    GenerateRequest generate = GenerateRequest.builder().putAdditionalProperty("prompt", "Write a short intro").build();
    assertThat(hog.estimates().generation(generate).value().likelySyncOrAsync()).isNotNull();
    assertThat(hog.generate().generateAndAwait(generate, Duration.ofMinutes(1)).value().value()).isNotNull();
    assertThat(hog.estimates().peopleEnrichment(enrich).value().withinPlanLimits()).isTrue();
  }

  @Test
  void operationsCanBeReadAndResumedById() {
    HogOperation<DeepResearchResult> started = hog.deepResearch()
        .start(DeepResearchRequest.builder().prompt("Globex").schema(Map.of("type", "object")).build());
    assertThat(hog.operations().get(started.id()).value().id()).isEqualTo(started.id());
    try (HogClient restarted = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection()).build()) {
      assertThat(restarted.operations().resumeFromPollUrl(started.pollUrl()).await(Duration.ofMinutes(1)).result())
          .isNotEmpty();
    }
    assertThatThrownBy(() -> hog.operations().get("op_does_not_exist")).isInstanceOf(HogNotFoundException.class);
  }

  @Test
  void aThousandIdentifiersAtTheDocumentedLimitsWithoutA429AndOneChargeEach() {
    List<PersonIdentifier> people = IntStream.range(0, 1000).mapToObj(SandboxFlowTest::person).toList();
    List<Progress> progress = new ArrayList<>();

    BatchEnrichmentResult result = hog.enrichments().enrichAll(people, List.of("contact.email"), progress::add,
        RequestOptions.builder().deterministicIdempotencyKey().build());

    assertThat(result.records()).hasSize(1000);
    for (int i = 0; i < 1000; i++) {
      assertThat(result.records().get(i).identifier()).isEqualTo(people.get(i));
    }
    assertThat(result.operationIds()).hasSize(10).doesNotHaveDuplicates();
    assertThat(progress).hasSize(10);
    assertThat(progress.get(9).completed()).isEqualTo(1000);
    assertThat(progress).extracting(Progress::completed).isSorted();
    SandboxLedger ledger = SANDBOX.sandbox().ledger();
    assertThat(ledger.tooManyRequestsSent()).isZero();
    assertThat(ledger.chargesPerIdentifier()).hasSize(1000).allSatisfy((identifier, charges) ->
        assertThat(charges).as(identifier).isEqualTo(1L));
    assertThat(ledger.requestsPerRoute()).containsEntry("POST /api/enrichments", 10L);
  }

  @Test
  void aResponseLostAfterTheWorkWasDoneIsChargedOnce() {
    SANDBOX.sandbox().faults().inject(SandboxFault.on("POST", "/api/enrichments").times(1).responseLostAfterWork());
    List<PersonIdentifier> people = IntStream.range(0, 7).mapToObj(SandboxFlowTest::person).toList();

    BatchEnrichmentResult result = hog.enrichments().enrichAll(people, List.of("contact.email"));

    assertThat(result.records()).extracting(EnrichmentRecord::identifier).containsExactlyElementsOf(people);
    SandboxLedger ledger = SANDBOX.sandbox().ledger();
    assertThat(ledger.requestsPerRoute()).containsEntry("POST /api/enrichments", 2L);
    assertThat(ledger.idempotentReplays()).isEqualTo(1);
    assertThat(ledger.chargesPerIdentifier()).hasSize(7).allSatisfy((identifier, charges) ->
        assertThat(charges).as(identifier).isEqualTo(1L));
  }

  @Test
  void aSyncResponseLostAfterTheWorkIsChargedOnceToo() {
    SANDBOX.sandbox().faults().inject(SandboxFault.on("POST", "/api/enrichments").times(1).responseLostAfterWork());

    HogResponse<EnrichmentRecord> jane = hog.enrichments().enrich(person(42), List.of("contact.email"));

    assertThat(jane.value().status()).isEqualTo(RecordStatus.SUCCEEDED);
    assertThat(SANDBOX.sandbox().ledger().chargesPerIdentifier()).containsExactly(Map.entry("email=person42@acme.example", 1L));
  }
}
