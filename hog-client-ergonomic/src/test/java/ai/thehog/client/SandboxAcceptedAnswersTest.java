package ai.thehog.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.operation.AcceptedAnswer;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.SearchJobOperation;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.CompanySearchRequest;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.OperationStatus;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PeopleSearchRequest;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.SearchJobStatus;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.SearchType;
import ai.thehog.model.WebCrawlRequest;
import ai.thehog.model.WebScrapeBatchRequest;
import ai.thehog.model.WebScrapeJobRequest;
import ai.thehog.sandbox.HogSandboxExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation the sandbox answers 202 gives, through {@link HogClient}, the typed answer of its
 * own 202 record, agreeing with the handle (id, poll URL, request id of the answer's header).
 */
class SandboxAcceptedAnswersTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey("ak_typed_accepted")
      .secretKey("sk_typed_accepted_secret").planCredits(1_000_000).build();

  HogClient hog;

  @BeforeEach
  void client() {
    hog = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection()).build();
  }

  @AfterEach
  void close() {
    hog.close();
  }

  private static <A extends AcceptedAnswer> A typed(HogOperation<?> operation, Class<A> type) {
    AcceptedAnswer answer = operation.accepted().orElseThrow();
    assertThat(answer).isInstanceOf(type);
    assertThat(answer.id()).isEqualTo(operation.id());
    assertThat(operation.pollUrl()).endsWith(answer.pollUrl());
    assertThat(operation.meta().requestId()).isNotBlank();
    return type.cast(answer);
  }

  private static HogOperation<?> operationOf(Submission<?, ?> submission) {
    assertThat(submission).isInstanceOf(Submission.Accepted.class);
    return ((Submission.Accepted<?, ?>) submission).operation();
  }

  @Test
  void searchesAndResearch() {
    var companies = typed(hog.companies().startSearch(CompanySearchRequest.builder().query("acme").build()),
        AcceptedAnswer.CompanySearch.class);
    HogOperation<?> peopleSearch = hog.people().startSearch(PeopleSearchRequest.builder().query("CTOs").build());
    var people = typed(peopleSearch, AcceptedAnswer.PeopleSearch.class);
    HogOperation<?> researchOperation = hog.deepResearch().start(DeepResearchRequest.builder().prompt("Acme")
        .schema(Map.of("type", "object")).build());
    var research = typed(researchOperation, AcceptedAnswer.DeepResearch.class);

    assertThat(companies.body().status()).isEqualTo(OperationStatus.QUEUED);
    assertThat(companies.body().operationId()).isEqualTo(companies.id());
    assertThat(people.requestId()).contains(peopleSearch.meta().requestId());
    assertThat(research.body().meta().requestId()).isEqualTo(researchOperation.meta().requestId());
  }

  @Test
  void enrichmentBatch() {
    List<PersonIdentifier> batch = List.of(PersonIdentifier.builder().email("a@acme.example").build(),
        PersonIdentifier.builder().email("b@acme.example").build());
    HogOperation<?> operation = operationOf(hog.enrichments().submit(EnrichmentRequest.builder().identifiers(batch)
        .fields(List.of("profile")).build()));

    var enrichment = typed(operation, AcceptedAnswer.Enrichment.class);
    assertThat(enrichment.body().meta().requestId()).isEqualTo(operation.meta().requestId());
  }

  @Test
  void webJobsAreWrapped() {
    List<HogOperation<?>> operations = List.of(
        hog.scrapers().web().startCrawl(WebCrawlRequest.builder().url("https://acme.example").build()),
        hog.scrapers().web().startScrapePages(WebScrapeBatchRequest.builder().urls(List.of("https://acme.example"))
            .build()),
        hog.scrapers().web().startScrapeJob(WebScrapeJobRequest.builder().url("https://acme.example").build()));

    for (HogOperation<?> operation : operations) {
      var wrapped = typed(operation, AcceptedAnswer.Wrapped.class);
      assertThat(wrapped.body().data().operationId()).isEqualTo(operation.id());
      assertThat(wrapped.body().meta().requestId()).isEqualTo(operation.meta().requestId());
    }
  }

  @Test
  void olderGenerationOperationsGiveTheGenericRecord() {
    HogOperation<?> enrich = operationOf(hog.people().submitEnrichment(PeopleEnrichRequest.builder()
        .asyncPreferred(true).build()));
    HogOperation<?> generate = operationOf(hog.generate().submit(GenerateRequest.builder().putAdditionalProperty("prompt", "a long essay")
        .putAdditionalProperty("asyncPreferred", true).build()));

    assertThat(typed(enrich, AcceptedAnswer.Generic.class).body().operationId()).isEqualTo(enrich.id());
    assertThat(typed(generate, AcceptedAnswer.Generic.class).body().operationId()).isEqualTo(generate.id());
  }

  @Test
  void aSearchJob() {
    SearchJobOperation job = hog.search().start(SearchRequest.builder().type(SearchType.WEB_SEARCH).query("acme")
        .build());

    AcceptedAnswer.Search search = (AcceptedAnswer.Search) job.accepted().orElseThrow();
    assertThat(search.id()).isEqualTo(job.id());
    assertThat(search.body().status()).isEqualTo(SearchJobStatus.QUEUED);
    // As sent: the sandbox sends the doc pages' /api/operations/{id} unless --real-shapes; both are accepted.
    assertThat(search.body().pollUrl()).endsWith("/" + job.id());
    assertThat(search.body().meta().requestId()).isEqualTo(job.meta().requestId());
  }
}
