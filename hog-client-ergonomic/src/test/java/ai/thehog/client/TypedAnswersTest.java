package ai.thehog.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.client.enrichment.EnrichmentData;
import ai.thehog.client.enrichment.EnrichmentField;
import ai.thehog.client.error.HogException;
import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.model.Company;
import ai.thehog.model.CompanyFilters;
import ai.thehog.model.CompanyMatchEvidence;
import ai.thehog.model.CompanySearchRequest;
import ai.thehog.model.CompanySearchResult;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.EmployeeCountRange;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.EntitySearchFilters;
import ai.thehog.model.PeopleSearchRequest;
import ai.thehog.model.PeopleSearchResult;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.PersonSearchHit;
import ai.thehog.model.TargetAccountSearchMode;
import ai.thehog.sandbox.HogSandboxExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Typed enrichment data and typed, filtered searches, through the public client against the sandbox. */
class TypedAnswersTest {

  static final String ACCESS = "ak_typed_answers";
  static final String SECRET = "sk_typed_answers_secret_value";

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey(ACCESS).secretKey(SECRET)
      .timeScale(20).operationDuration(Duration.ofSeconds(2)).requestsPerMinute(600).pollsPerMinute(600)
      .planCredits(1_000_000).build();

  HogClient hog;

  @BeforeEach
  void client() {
    hog = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection()).build();
  }

  @AfterEach
  void close() {
    hog.close();
  }

  @Test
  void enrichedPersonIsReadByTypedField() {
    PersonIdentifier jane = PersonIdentifier.builder().email("jane@acme.example").build();
    EnrichmentRecord record = hog.enrichments().enrich(jane, EnrichmentField.paths(EnrichmentField.CONTACT_EMAIL,
        EnrichmentField.PROFILE, EnrichmentField.COMPANY_EMPLOYEE_COUNT, EnrichmentField.of("profile.shoeSize",
            Long.class))).value();
    EnrichmentData person = EnrichmentData.of(record);
    assertThat(person.found()).isTrue();
    assertThat(person.get(EnrichmentField.CONTACT_EMAIL)).contains("jane@acme.example");
    String title = person.require(EnrichmentField.PROFILE_TITLE);
    assertThat(title).isNotBlank();
    assertThat(person.get(EnrichmentField.PROFILE_HEADLINE).orElseThrow()).startsWith(title + " at ");
    assertThat(person.get(EnrichmentField.PROFILE_YEARS_OF_EXPERIENCE).orElseThrow()).isBetween(1L, 25L);
    assertThat(person.get(EnrichmentField.COMPANY_EMPLOYEE_COUNT).orElseThrow()).isPositive();
    assertThat(person.get(EnrichmentField.CONTACT_PHONE)).isEmpty(); // not requested
    assertThat(person.notAvailable()).containsExactly("profile.shoeSize");
  }

  @Test
  void aPersonNotFoundSaysSoInsteadOfFailingOnNull() {
    PersonIdentifier nobody = PersonIdentifier.builder().email("nobody@fail.example").build();
    EnrichmentData data = EnrichmentData.of(hog.enrichments().enrich(nobody,
        EnrichmentField.paths(EnrichmentField.CONTACT_EMAIL, EnrichmentField.PROFILE_TITLE)).value());
    assertThat(data.found()).isFalse();
    assertThat(data.notAvailable()).containsExactly("contact.email", "profile.title");
    assertThat(data.message()).hasValueSatisfying(m -> assertThat(m).contains("No results"));
    assertThat(data.get(EnrichmentField.PROFILE_TITLE)).isEmpty();
  }

  @Test
  void batchRecordsAreReadTheSameWay() {
    BatchEnrichmentResult batch = hog.enrichments().enrichAll(List.of(
        PersonIdentifier.builder().email("a@acme.example").build(),
        PersonIdentifier.builder().email("b@fail.example").build(),
        PersonIdentifier.builder().email("c@partial.example").build()),
        EnrichmentField.paths(EnrichmentField.CONTACT_EMAIL, EnrichmentField.PROFILE_TITLE));
    List<EnrichmentData> people = batch.records().stream().map(EnrichmentData::of).toList();
    assertThat(people).extracting(EnrichmentData::found).containsExactly(true, false, true);
    assertThat(people.get(0).get(EnrichmentField.PROFILE_TITLE)).isPresent();
    assertThat(people.get(1).message()).isPresent();
    assertThat(people.get(2).get(EnrichmentField.CONTACT_EMAIL)).contains("c@partial.example");
    assertThat(people.get(2).get(EnrichmentField.PROFILE_TITLE)).isEmpty();
  }

  @Test
  void peopleSearchHonoursTheContractFiltersAndLimitUpTo100() {
    List<String> titles = List.of("CFO", "VP Finance");
    List<String> names = List.of("Acme", "Initech");
    PeopleSearchResult found = hog.people().searchAndAwait(PeopleSearchRequest.builder().query("finance leaders")
        .limit(100).filters(EntitySearchFilters.builder().titles(titles).locations(List.of("Berlin, DE"))
            .company(CompanyFilters.builder().names(names).domains(List.of("acme.com", "initech.com")).build())
            .build()).build(), Duration.ofMinutes(1)).result();
    assertThat(found.data()).hasSize(100);
    for (PersonSearchHit hit : found.data()) {
      assertThat(hit.title()).isIn(titles);
      assertThat(hit.location()).isEqualTo("Berlin, DE");
      assertThat(hit.company()).isIn(names);
      assertThat(hit.companyDomain()).isIn("acme.com", "initech.com");
      assertThat(hit.companyMatchEvidence()).isEqualTo(CompanyMatchEvidence.PROFILE_CURRENT_JOB);
      assertThat(hit.fullName()).isNotBlank();
      assertThat(hit.linkedinUrl()).startsWith("https://www.linkedin.com/in/");
    }
    assertThat(found.meta().targetAccountSearchMode()).isEqualTo(TargetAccountSearchMode.PROFILE_CURRENT_COMPANY);

    PeopleSearchResult byPage = hog.people().searchAndAwait(PeopleSearchRequest.builder().query("sales")
        .filters(EntitySearchFilters.builder().company(CompanyFilters.builder()
            .linkedinUrls(List.of("https://www.linkedin.com/company/acme")).build()).build()).build(),
        Duration.ofMinutes(1)).result();
    assertThat(byPage.data()).hasSize(25); // the contract's default limit
    assertThat(byPage.data()).extracting(PersonSearchHit::companyMatchEvidence)
        .containsOnly(CompanyMatchEvidence.COMPANY_PAGE);
    assertThat(byPage.meta().targetAccountSearchMode()).isEqualTo(TargetAccountSearchMode.LINKEDIN_COMPANY_PAGE);

    PeopleSearchResult unfiltered = hog.people().searchAndAwait(PeopleSearchRequest.builder().query("sales")
        .limit(3).build(), Duration.ofMinutes(1)).result();
    assertThat(unfiltered.data()).hasSize(3);
    assertThat(unfiltered.meta().targetAccountSearchMode()).isNull();
    assertThat(unfiltered.data()).extracting(PersonSearchHit::companyMatchEvidence).containsOnlyNulls();
  }

  @Test
  void companySearchHonoursTheContractFilters() {
    CompanySearchResult found = hog.companies().searchAndAwait(CompanySearchRequest.builder().query("fintechs")
        .limit(60).filters(EntitySearchFilters.builder().industries(List.of("Fintech")).locations(List.of("London, UK"))
            .employeeCount(EmployeeCountRange.builder().min(50L).max(200L).build())
            .company(CompanyFilters.builder().domains(List.of("monzo.example", "wise.example")).build()).build())
        .build(), Duration.ofMinutes(1)).result();
    assertThat(found.data()).hasSize(60);
    for (Company company : found.data()) {
      assertThat(company.industry()).isEqualTo("Fintech");
      assertThat(company.location()).isEqualTo("London, UK");
      assertThat(company.employeeCount()).isBetween(50L, 200L);
      assertThat(company.domain()).isIn("monzo.example", "wise.example");
      assertThat(company.name()).isIn("Monzo", "Wise");
      assertThat(company.id()).startsWith("comp_");
    }
  }

  /** What the caller's schema below describes. */
  record Answer(String company, long employees, List<Founder> founders, boolean listed, String stage) {
  }

  /** A founder in {@link Answer}. */
  record Founder(String name) {
  }

  @Test
  void deepResearchDataIsShapedByTheSchemaAndReadAsTheCallersType() {
    Map<String, Object> schema = Map.of("type", "object", "properties", Map.of(
        "company", Map.of("type", "string"),
        "employees", Map.of("type", "integer", "minimum", 10, "maximum", 20),
        "founders", Map.of("type", "array", "items", Map.of("type", "object",
            "properties", Map.of("name", Map.of("type", "string")))),
        "listed", Map.of("type", "boolean"),
        "stage", Map.of("type", "string", "enum", List.of("seed", "series_a"))));
    OperationOutcome<DeepResearchResult> outcome = hog.deepResearch().researchAndAwait(
        DeepResearchRequest.builder().prompt("Acme Corp").schema(schema).build(), Duration.ofMinutes(1));
    assertThat(outcome).isInstanceOf(OperationOutcome.Succeeded.class);
    DeepResearchResult result = outcome.result();

    Answer answer = hog.deepResearch().dataAs(result, Answer.class);
    assertThat(answer.company()).isNotBlank();
    assertThat(answer.employees()).isBetween(10L, 20L);
    assertThat(answer.founders()).hasSize(2).allSatisfy(f -> assertThat(f.name()).isNotBlank());
    assertThat(answer.stage()).isEqualTo("seed");

    Map<String, Object> asMap = hog.deepResearch().dataAsMap(result);
    assertThat(asMap).containsOnlyKeys("company", "employees", "founders", "listed", "stage");
    assertThat(asMap.get("employees")).isEqualTo(answer.employees()); // a Long, exact
    assertThat(result.additionalProperties()).containsKeys("report", "sources"); // kept whole

    assertThatThrownBy(() -> hog.deepResearch().dataAs(result, Founder[].class))
        .isInstanceOf(HogException.class).hasMessageContaining("does not fit");
    DeepResearchResult listData = DeepResearchResult.builder().data(List.of(1L, 2L)).build();
    assertThatThrownBy(() -> hog.deepResearch().dataAsMap(listData)).isInstanceOf(HogException.class);
    assertThat(hog.deepResearch().dataAs(DeepResearchResult.builder().build(), Answer.class)).isNull();
  }
}
