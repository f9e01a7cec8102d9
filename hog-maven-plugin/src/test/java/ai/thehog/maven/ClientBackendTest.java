package ai.thehog.maven;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.maven.fixtures.EnrichmentBackend.CreditEstimate;
import ai.thehog.maven.fixtures.EnrichmentBackend.RecordResult;
import ai.thehog.maven.fixtures.EnrichmentBackend.Submitted;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.SandboxFault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The backend over hog-client-ergonomic against a real hog-sandbox on loopback. */
class ClientBackendTest {

  private static final Credentials CREDENTIALS = new Credentials("ak_backend_test", "sk_backend_test_9d8c", "test");

  private HogSandbox sandbox;
  private ClientBackend backend;

  @BeforeEach
  void start() {
    sandbox = HogSandbox.builder().port(0).accessKey(CREDENTIALS.accessKey()).secretKey("sk_backend_test_9d8c")
        .timeScale(10).operationDuration(Duration.ofSeconds(5)).build();
    sandbox.start();
    backend = ClientBackend.connect(sandbox.baseUrl(), CREDENTIALS, 10);
  }

  @AfterEach
  void stop() {
    backend.close();
    sandbox.close();
  }

  private static List<Map<String, Object>> people(int n) {
    return IntStream.range(0, n).mapToObj(i -> Map.<String, Object>of("email", "p" + i + "@acme.example")).toList();
  }

  @Test
  void anAnswerSlowerThanOkHttpsTenSecondDefaultIsWaitedForAsTheReadmeSays() throws Exception {
    sandbox.faults().inject(SandboxFault.on("POST", "/api/people/enrich/estimate").latency(Duration.ofSeconds(11)));

    CreditEstimate estimate = backend.estimate(people(3), List.of("contact.email"), null);

    assertThat(estimate.credits()).isPositive();
    assertThat(backend.traffic().retries()).as("the first attempt was not cut off and retried").isZero();
    assertThat(sandbox.ledger().requestsPerRoute().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
  }

  @Test
  void theSameBatchSubmittedAgainWithItsKeyIsTheSameOperationChargedOnce() throws Exception {
    List<Map<String, Object>> batch = people(5);

    Submitted first = backend.submit(batch, List.of("contact.email"), null, "hog-fixtures-test-key-1");
    Submitted again = backend.submit(batch, List.of("contact.email"), null, "hog-fixtures-test-key-1");
    List<RecordResult> results = backend.resume(again.operationId(), batch);

    assertThat(again.operationId()).isNotNull().isEqualTo(first.operationId());
    assertThat(results).hasSize(5);
    assertThat(sandbox.ledger().chargesPerIdentifier()).hasSize(5).allSatisfy((person, charges) ->
        assertThat(charges).isEqualTo(1L));
    assertThat(backend.account().server()).isEqualTo(sandbox.baseUrl());
    assertThat(backend.account().accessKeyId()).isEqualTo(CREDENTIALS.accessKey()).doesNotContain("sk_");
  }

  @Test
  void thePlanCheckCoversEveryIdentifierNotASample() throws Exception {
    long perPerson = backend.estimate(people(1), List.of("contact.email"), null).credits();
    backend.close();
    sandbox.close();
    sandbox = HogSandbox.builder().port(0).accessKey(CREDENTIALS.accessKey()).secretKey("sk_backend_test_9d8c")
        .planCredits(1200 * perPerson).build();
    sandbox.start();
    backend = ClientBackend.connect(sandbox.baseUrl(), CREDENTIALS, 1);

    CreditEstimate estimate = backend.estimate(people(1500), List.of("contact.email"), null);

    assertThat(estimate.credits()).isEqualTo(1500 * perPerson);
    assertThat(estimate.withinPlanLimits()).isFalse();
  }
}
