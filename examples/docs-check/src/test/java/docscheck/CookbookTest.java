package docscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.thehog.client.HogClient;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.client.error.HogCostGuardException;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.LinkedInProfile;
import ai.thehog.model.MonitorEvent;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.RecordStatus;
import ai.thehog.model.WebPage;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.HogSandboxExtension;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cookbook's eight recipes (docs/cookbook/*.md), compiled from the Markdown and run against
 * hog-sandbox through their public methods, with what the sandbox saw checked.
 */
class CookbookTest {

  private static final Pattern REQUEST_ID = Pattern.compile("request [0-9a-f-]{36}\\)");

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder()
      .timeScale(20).operationDuration(Duration.ofSeconds(2)).build();

  private static HogClient client(HogSandbox sandbox) {
    return HogClient.builder().connection(sandbox.connection()).build();
  }

  @Test
  void enrichOnePerson(HogSandbox sandbox) {
    try (HogClient hog = client(sandbox)) {
      String line = (String) recipe("01-enrich-one-person", "describe", hog, "jane@acme.example");
      assertTrue(line.contains("jane@acme.example") && !line.contains("(no "), line);
      assertEquals(3, sandbox.ledger().creditsCharged(sandbox.accessKey()));

      String unknown = (String) recipe("01-enrich-one-person", "describe", hog, "nobody@fail.example");
      assertTrue(unknown.startsWith("nobody@fail.example: not found (") && REQUEST_ID.matcher(unknown).find(), unknown);
    }
  }

  @Test
  void enrichFiveHundredWithProgressAndABudget(HogSandbox sandbox) {
    List<PersonIdentifier> people = IntStream.range(0, 500)
        .mapToObj(i -> PersonIdentifier.builder().email("lead" + i + "@acme.example").build()).toList();
    try (HogClient hog = client(sandbox)) {
      BatchEnrichmentResult result = (BatchEnrichmentResult) recipe("02-enrich-many-with-a-budget", "enrich",
          hog, people, 1_200L);
      assertEquals(people, result.records().stream().map(EnrichmentRecord::identifier).toList());
      assertTrue(result.records().stream().allMatch(r -> r.status().known() == RecordStatus.Known.SUCCEEDED));
      assertEquals(1_000, sandbox.ledger().creditsCharged(sandbox.accessKey()));
      assertEquals(1_000L, result.actualCredits().orElseThrow());

      sandbox.reset();
      assertThrows(HogCostGuardException.class,
          () -> recipe("02-enrich-many-with-a-budget", "enrich", hog, people, 600L));
      assertEquals(0, sandbox.ledger().creditsCharged(sandbox.accessKey()), "refused before anything was sent");
    }
  }

  @Test
  void aBudgetWithoutEstimatesStopsBetweenBatches() {
    try (HogSandbox sandbox = HogSandbox.builder().estimateEndpoints(false).timeScale(20)
        .operationDuration(Duration.ofSeconds(2)).build().start();
        HogClient hog = client(sandbox)) {
      List<PersonIdentifier> people = IntStream.range(0, 500)
          .mapToObj(i -> PersonIdentifier.builder().email("lead" + i + "@acme.example").build()).toList();
      // no estimate: the budget is kept batch by batch at the recipe's price, 2 credits a person
      BatchEnrichmentResult paidFor = (BatchEnrichmentResult) recipe("02-enrich-many-with-a-budget", "enrich",
          hog, people, 600L);
      long charged = sandbox.ledger().creditsCharged(sandbox.accessKey());
      assertTrue(charged > 0 && charged <= 600, "charged " + charged);
      assertEquals(charged / 2, paidFor.records().stream().filter(r -> r.data() != null).count());
      assertEquals(people.subList(0, paidFor.records().size()),
          paidFor.records().stream().map(EnrichmentRecord::identifier).toList());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void searchPeopleInSeveralLocations(HogSandbox sandbox) {
    try (HogClient hog = client(sandbox)) {
      List<ai.thehog.model.PersonSearchHit> people = (List<ai.thehog.model.PersonSearchHit>) recipe("03-search-people",
          "searchAll", hog, "VP Sales", List.of("Berlin", "London", "Paris"));
      assertFalse(people.isEmpty());
      assertTrue(people.stream().allMatch(p -> List.of("Berlin", "London", "Paris").contains(p.location())),
          "every hit in one of the locations searched");
      assertEquals(people.size(), new HashSet<>(people.stream().map(p -> p.linkedinUrl()).toList()).size(),
          "each person once");
      assertEquals(3L, sandbox.ledger().requestsPerRoute().get("POST /api/v1/people/search"));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void deepResearchWithADeadlineAndStopWaiting(HogSandbox sandbox) throws Exception {
    try (HogClient hog = client(sandbox)) {
      Optional<Object> answer = (Optional<Object>) recipe(
          "04-deep-research-with-a-deadline", "research", hog, "Who leads Acme Corp?", Duration.ofMinutes(1));
      assertTrue(answer.isPresent());
      assertTrue(answer.get().getClass().isRecord() && answer.get().toString().contains("ceo="),
          "the answer read as the recipe's record: " + answer.get());

      Optional<Object> late = (Optional<Object>) recipe(
          "04-deep-research-with-a-deadline", "research", hog, "Who leads Acme Corp?", Duration.ofMillis(1));
      assertTrue(late.isEmpty(), "a deadline that passes gives empty, the research goes on");

      String id = (String) recipe("04-deep-research-with-a-deadline", "startAndStopWaiting", hog, "Acquisitions?");
      Thread.sleep(300);
      long polls = polls(sandbox);
      Thread.sleep(700);
      assertEquals(polls, polls(sandbox), "no poll after the wait was stopped");
      OperationOutcome<?> resumed = hog.operations().resume(id).await(Duration.ofMinutes(1));
      assertTrue(resumed.result() != null);
      assertEquals(30, sandbox.ledger().creditsCharged(sandbox.accessKey()), "three researches, 10 credits each");
    }
  }

  private static long polls(HogSandbox sandbox) {
    return sandbox.ledger().requestsPerRoute().entrySet().stream()
        .filter(e -> e.getKey().startsWith("GET /api/operations/")).mapToLong(Map.Entry::getValue).sum();
  }

  @Test
  @SuppressWarnings("unchecked")
  void monitorCreatedRunReadAndDeleted(HogSandbox sandbox) {
    try (HogClient hog = client(sandbox)) {
      List<MonitorEvent> events = (List<MonitorEvent>) recipe("05-monitor-events", "createRunAndDelete", hog, "founder");
      assertEquals(3, events.size());
      String monitorId = events.get(0).monitorId();
      assertTrue(events.stream().allMatch(e -> e.monitorId().equals(monitorId)));
      assertThrows(HogNotFoundException.class, () -> hog.monitors().get(monitorId));
      assertTrue(hog.monitors().list().data().isEmpty());
    }
  }

  @Test
  void scrapeAProfileAndAPage(HogSandbox sandbox) throws Exception {
    try (HogClient hog = client(sandbox)) {
      Object scraped = recipe("06-scrape-a-profile-and-a-page", "scrape", hog, "jane-doe", "https://acme.example/about");
      LinkedInProfile profile = (LinkedInProfile) scraped.getClass().getMethod("profile").invoke(scraped);
      WebPage page = (WebPage) scraped.getClass().getMethod("page").invoke(scraped);
      assertEquals("jane-doe", profile.username());
      assertTrue(profile.fullName() != null && !profile.fullName().isBlank());
      assertEquals("https://acme.example/about", page.url());
      assertEquals(2, sandbox.ledger().creditsCharged(sandbox.accessKey()));
    }
  }

  @Test
  void errorsByTypeWithTheRequestId(HogSandbox sandbox) {
    try (HogClient wrongKey = HogClient.builder().baseUrl(sandbox.baseUrl()).accessKey(sandbox.accessKey())
        .secretKey("sk_wrong").build()) {
      String line = attempt(() -> wrongKey.enrichments().enrich(jane(), List.of("contact.email")));
      assertTrue(line.startsWith("401: ") && REQUEST_ID.matcher(line).find(), line);
    }
    try (HogClient hog = client(sandbox)) {
      String line = attempt(() -> hog.monitors().get("mon_that_does_not_exist"));
      assertTrue(line.startsWith("404: ") && REQUEST_ID.matcher(line).find(), line);
      String ok = attempt(() -> hog.enrichments().enrich(jane(), List.of("contact.email")));
      assertTrue(ok.startsWith("ok ") && REQUEST_ID.matcher(ok).find(), ok);
    }
    try (HogSandbox poor = HogSandbox.builder().planCredits(1).build().start();
        HogClient hog = client(poor)) {
      String line = attempt(() -> hog.enrichments().enrich(jane(), List.of("contact.email", "profile.title")));
      assertTrue(line.startsWith("402: ") && REQUEST_ID.matcher(line).find(), line);
      assertEquals(0, poor.ledger().creditsCharged(poor.accessKey()));
    }
    try (HogSandbox busy = HogSandbox.builder().requestsPerMinute(1).build().start();
        HogClient hog = HogClient.builder().connection(busy.connection()).retryPolicy(RetryPolicy.none()).build()) {
      assertTrue(attempt(() -> hog.enrichments().enrich(jane(), List.of("contact.email"))).startsWith("ok "));
      String line = attempt(() -> hog.enrichments().enrich(jane(), List.of("contact.email")));
      assertTrue(line.matches("429: retry in \\d+ s \\(request [0-9a-f-]{36}\\)"), line);
      assertEquals(1, busy.ledger().tooManyRequestsSent());
    }
  }

  private static String attempt(Supplier<HogResponse<?>> call) {
    return (String) recipe("07-handle-errors", "attempt", call);
  }

  private static PersonIdentifier jane() {
    return PersonIdentifier.builder().email("jane@acme.example").build();
  }

  @Test
  @SuppressWarnings("unchecked")
  void twentyEnrichmentsInParallel(HogSandbox sandbox) {
    List<String> emails = IntStream.range(0, 20).mapToObj(i -> "lead" + i + "@acme.example").toList();
    try (HogClient hog = client(sandbox)) {
      List<EnrichmentRecord> records = (List<EnrichmentRecord>) recipe("08-enrich-in-parallel-async", "enrich", hog, emails);
      assertEquals(emails, records.stream().map(r -> r.identifier().email()).toList());
      assertEquals(20L, sandbox.ledger().requestsPerRoute().get("POST /api/enrichments"));
      assertEquals(20, sandbox.ledger().chargesPerIdentifier().size());
      assertEquals(0, sandbox.ledger().tooManyRequestsSent());
    }
  }

  @Test
  void theCookbookIndexTestCompiledToo() {
    Class<?> test = DocsExamples.compiled().classOf("docs/cookbook/README.md");
    assertEquals("EnrichOnePersonTest", test.getSimpleName());
    assertInstanceOf(Class.class, DocsExamples.compiled().classOf("docs/cookbook/01-enrich-one-person.md"));
  }

  /** Calls the recipe's public static method {@code name} with {@code args}; its exceptions are thrown as they are. */
  static Object recipe(String page, String name, Object... args) {
    Class<?> type = DocsExamples.compiled().classOf("docs/cookbook/" + page + ".md");
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length) {
        try {
          return method.invoke(null, args);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError(type.getName() + " has no public method " + name + " with " + args.length + " parameters");
  }
}
