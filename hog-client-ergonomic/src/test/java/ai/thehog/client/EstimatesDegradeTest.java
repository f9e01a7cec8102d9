package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RateLimits;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.BatchProgressListener;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.operation.BatchCompletion;
import ai.thehog.client.operation.HogBudgetReachedException;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.operation.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.PlatformIdentity;
import ai.thehog.sandbox.HogSandboxExtension;
import ai.thehog.sandbox.SandboxLedger;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * A server of the current generation (no estimate endpoints) with tight limits: estimates degrade
 * to "not available" with one WARN, and a maxCredits budget is kept batch by batch, never
 * exceeded, with what was paid for delivered.
 */
class EstimatesDegradeTest {

  static final String ACCESS = "ak_client_no_estimates";
  static final String SECRET = "sk_client_no_estimates_secret";

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey(ACCESS).secretKey(SECRET)
      .timeScale(20).operationDuration(Duration.ofSeconds(3)).requestsPerMinute(60).pollsPerMinute(60)
      .planCredits(1_000_000).estimateEndpoints(false).build();

  HogClient hog;
  ListAppender<ILoggingEvent> logged;
  Logger enrichmentsLog;

  @BeforeEach
  void client() {
    hog = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection())
        .rateLimits(new RateLimits(60, 60)).build();
    enrichmentsLog = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Enrichments.class);
    logged = new ListAppender<>();
    logged.start();
    enrichmentsLog.addAppender(logged);
    enrichmentsLog.setLevel(Level.WARN);
  }

  @AfterEach
  void close() {
    enrichmentsLog.detachAppender(logged);
    enrichmentsLog.setLevel(null);
    assertThat(SANDBOX.sandbox().ledger().tooManyRequestsSent()).isZero();
    hog.close();
  }

  static List<PersonIdentifier> people(int n) {
    return IntStream.range(0, n).mapToObj(i -> PersonIdentifier.builder().email("p" + i + "@acme.example").build())
        .toList();
  }

  private List<ILoggingEvent> warnings() {
    return logged.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
  }

  @Test
  void theEstimateIsNotAvailableWithOneWarningPerClientAndIsNotAskedAgain() throws Exception {
    EnrichmentRequest request = EnrichmentRequest.builder().identifiers(people(3)).fields(List.of("contact.email"))
        .build();
    int before = estimateRequestsSeen();

    assertThat(hog.enrichments().estimateIfAvailable(request)).isEmpty();
    HogResponse<ai.thehog.model.Estimate> estimate = hog.enrichments().estimate(request);
    assertThat(hog.enrichments().estimateIfAvailable(request)).isEmpty();

    assertThat(estimate.value().knownCredits()).isEmpty();
    assertThat(estimate.value().isWithinPlanLimits()).isFalse();
    assertThat(warnings()).hasSize(1);
    assertThat(warnings().get(0).getFormattedMessage()).contains("no enrichment estimate", "HTTP 404",
        "budget is enforced as the run goes");
    assertThat(estimateRequestsSeen() - before).isEqualTo(1);
  }

  /** The estimate requests in the sandbox's (WireMock's) request journal. */
  private static int estimateRequestsSeen() throws Exception {
    java.net.http.HttpResponse<String> journal = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(SANDBOX.sandbox().baseUrl() + "/__admin/requests"))
            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    return (int) java.util.regex.Pattern.compile("\"url\"\\s*:\\s*\"/api/people/enrich/estimate\"")
        .matcher(journal.body()).results().count();
  }

  @Test
  void aNotFoundEstimateNamesTheRightCallNotOperationIds() {
    PeopleEnrichRequest body = PeopleEnrichRequest.builder()
        .identities(List.of(PlatformIdentity.builder().platform("email").username("a@acme.example").build())).build();

    assertThatThrownBy(() -> hog.estimates().peopleEnrichment(body))
        .isInstanceOf(HogNotFoundException.class)
        .hasMessageContaining("POST /api/people/enrich/estimate")
        .hasMessageContaining("client.enrichments().estimateIfAvailable(request)")
        .hasMessageNotContaining("operation id");
  }

  @Test
  void enrichAllWithABudgetAndAPriceGoesOnWithoutAnEstimateAndEnrichesEverythingWithinIt() {
    List<BatchCompletion> completions = Collections.synchronizedList(new ArrayList<>());

    BatchEnrichmentResult result = hog.enrichments().enrichAll(people(250), List.of("contact.email", "profile"),
        null, listener(completions), RequestOptions.builder().maxCredits(500).creditsPerIdentifierAndField(1).build());

    assertThat(result.records()).hasSize(250).allSatisfy(r -> assertThat(r.status().value()).isEqualTo("succeeded"));
    SandboxLedger ledger = SANDBOX.sandbox().ledger();
    assertThat(ledger.creditsCharged(ACCESS)).isEqualTo(500);
    assertThat(completions).extracting(c -> c.records().size()).containsExactlyInAnyOrder(100, 100, 50);
    // Costs: the sandbox's 202s say each batch's estimate, its operations' answers what was charged.
    assertThat(completions).allSatisfy(c -> {
      assertThat(c.estimatedCredits()).hasValue(2L * c.records().size());
      assertThat(c.actualCredits()).hasValue(2L * c.records().size());
    });
    assertThat(result.estimatedCredits()).hasValue(500);
    assertThat(result.actualCredits()).hasValue(500);
    assertThat(result.batchesWithActualCredits()).isEqualTo(3);
    assertThat(hog.stats().creditsActual()).isEqualTo(500);
    assertThat(warnings()).hasSize(1);
  }

  @Test
  void aBudgetBelowTheCostStopsBeforeTheBatchThatCouldPassItAndKeepsWhatWasPaidFor() {
    List<BatchCompletion> completions = Collections.synchronizedList(new ArrayList<>());
    List<PersonIdentifier> people = people(450);

    HogBudgetReachedException stop = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> hog.enrichments().enrichEach(people, List.of("contact.email", "profile"), null, listener(completions),
            RequestOptions.builder().maxCredits(500).creditsPerIdentifierAndField(1).build()),
        HogBudgetReachedException.class);

    SandboxLedger ledger = SANDBOX.sandbox().ledger();
    // 2 credits per identifier: two batches of 100 (400) fit; a third (200) would not.
    assertThat(ledger.creditsCharged(ACCESS)).isEqualTo(400).isLessThanOrEqualTo(500);
    assertThat(stop.spentCredits()).isEqualTo(400);
    assertThat(stop.maxCredits()).isEqualTo(500);
    assertThat(stop.notEnriched()).isEqualTo(people.subList(200, 450));
    assertThat(stop.getMessage()).contains("Spent 400 credits on 200 identifiers", "250 identifiers were not enriched",
        "budget of 500");
    // Everything paid for was delivered, each identifier once.
    List<EnrichmentRecord> delivered = completions.stream().flatMap(c -> c.records().stream()).toList();
    assertThat(delivered).hasSize(200);
    assertThat(delivered).extracting(EnrichmentRecord::identifier).containsExactlyInAnyOrderElementsOf(
        people.subList(0, 200));
    assertThat(ledger.chargesPerIdentifier()).hasSize(200).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
    assertThat(stop.result().operationIds()).hasSize(2);
  }

  @Test
  void withoutAnEstimateOrAPriceABudgetSendsNothingAndSaysWhatToSet() {
    HogBudgetReachedException stop = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> hog.enrichments().enrichAll(people(5), List.of("contact.email", "profile"), BatchProgressListener.none(),
            RequestOptions.builder().maxCredits(1).build()),
        HogBudgetReachedException.class);

    // One identifier costs 2 credits here: a probe would have passed the budget of 1.
    assertThat(SANDBOX.sandbox().ledger().creditsCharged(ACCESS)).isZero();
    assertThat(SANDBOX.sandbox().ledger().requestsPerRoute()).doesNotContainKey("POST /api/enrichments");
    assertThat(stop.spentCredits()).isZero();
    assertThat(stop.notEnriched()).hasSize(5);
    assertThat(stop.getMessage()).contains("no price is known", "creditsPerIdentifierAndField");
  }

  @Test
  void aConfiguredPriceKeepsTheBudgetFromTheFirstBatchWithoutAProbe() {
    List<BatchCompletion> completions = Collections.synchronizedList(new ArrayList<>());

    HogBudgetReachedException stop = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> hog.enrichments().enrichAll(people(450), List.of("contact.email", "profile"), null, listener(completions),
            RequestOptions.builder().maxCredits(500).creditsPerIdentifierAndField(1).build()),
        HogBudgetReachedException.class);

    assertThat(SANDBOX.sandbox().ledger().creditsCharged(ACCESS)).isEqualTo(400);
    assertThat(completions).extracting(c -> c.records().size()).containsExactly(100, 100);
    assertThat(stop.result().records()).hasSize(200);
    assertThat(stop.notEnriched()).hasSize(250);
  }

  @Test
  void aBudgetTooSmallForOneBatchSpendsNothingOnceThePriceIsKnown() {
    HogBudgetReachedException stop = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> hog.enrichments().enrichAll(people(150), List.of("contact.email"), BatchProgressListener.none(),
            RequestOptions.builder().maxCredits(99).creditsPerIdentifierAndField(1).build()),
        HogBudgetReachedException.class);

    assertThat(SANDBOX.sandbox().ledger().creditsCharged(ACCESS)).isZero();
    assertThat(stop.spentCredits()).isZero();
    assertThat(stop.notEnriched()).hasSize(150);
    assertThat(stop.getMessage()).contains("could cost up to 100 credits");
  }

  private static BatchProgressListener listener(List<BatchCompletion> completions) {
    return new BatchProgressListener() {
      @Override
      public void onProgress(Progress progress) {
      }

      @Override
      public void onBatchCompleted(BatchCompletion completion) {
        completions.add(completion);
      }
    };
  }
}
