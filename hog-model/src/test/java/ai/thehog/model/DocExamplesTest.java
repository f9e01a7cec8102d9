package ai.thehog.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every JSON example of the five documentation pages (shared/docs/01..05) parses into the
 * generated model with its values intact. Comments in the docs' examples are removed; the
 * examples are otherwise as printed.
 */
class DocExamplesTest {

  private static <T> T parse(Class<T> type, String json) throws IOException {
    JsonAdapter<T> adapter = HogJson.moshi().adapter(type);
    T value = adapter.fromJson(json);
    assertThat(value).isNotNull();
    // Writing and reading again gives the same record: nothing is lost on the way through.
    assertThat(adapter.fromJson(adapter.toJson(value))).isEqualTo(value);
    return value;
  }

  // ---- 01-submit-enrichment ----

  @Test
  void submitEnrichmentRequestBody() throws IOException {
    EnrichmentRequest request = parse(EnrichmentRequest.class, """
        {
          "fields": ["contact.email", "signals"],
          "identifier": {"linkedin_url": "<string>", "email": "<string>", "x_handle": "<string>", "github_username": "<string>"},
          "identifiers": [
            {"linkedin_url": "<string>", "email": "<string>", "x_handle": "<string>", "github_username": "<string>"}
          ],
          "signals_config": {
            "platforms": ["<string>"],
            "max_posts": {},
            "intent_signals": ["<string>"],
            "since_days": 123,
            "handles": {}
          }
        }""");
    assertThat(request.fields()).containsExactly("contact.email", "signals");
    assertThat(request.identifier().linkedinUrl()).isEqualTo("<string>");
    assertThat(request.identifier().githubUsername()).isEqualTo("<string>");
    assertThat(request.identifiers()).hasSize(1);
    assertThat(request.identifiers().get(0).xHandle()).isEqualTo("<string>");
    assertThat(request.signalsConfig().sinceDays()).isEqualTo(123);
    assertThat(request.signalsConfig().platforms()).containsExactly("<string>");
    assertThat(request.signalsConfig().maxPosts()).isEmpty();
    assertThat(request.signalsConfig().handles()).isEmpty();
    assertThat(request.additionalProperties()).isEmpty();
  }

  @Test
  void submitEnrichmentCurlExampleBody() throws IOException {
    EnrichmentRequest request = parse(EnrichmentRequest.class,
        "{\"identifier\": {\"linkedin_url\": \"https://linkedin.com/in/johndoe\"}, \"fields\": [\"contact.email\", \"profile\"]}");
    assertThat(request.identifier().linkedinUrl()).isEqualTo("https://linkedin.com/in/johndoe");
    assertThat(request.identifier().email()).isNull();
    assertThat(request.fields()).containsExactly("contact.email", "profile");
  }

  @Test
  void submitEnrichmentCompletedResponse() throws IOException {
    EnrichmentResponse response = parse(EnrichmentResponse.class,
        "{\"data\": {}, \"meta\": {\"requestId\": \"<string>\"}}");
    assertThat(response.data()).isEmpty();
    assertThat(response.meta().requestId()).isEqualTo("<string>");
    assertThat(response.meta().projectId()).isNull();
    assertThat(response.meta().cost()).isNull();
  }

  // ---- 02-sync-async-patterns-v1 ----

  @Test
  void olderSyncCompanySearchWithProjectAndCost() throws IOException {
    CompanyListResponse response = parse(CompanyListResponse.class, """
        {
          "data": [
            {"id": "comp_xyz789", "name": "Acme Corp", "industry": "Software", "employee_count": 220, "is_hiring": true}
          ],
          "meta": {"requestId": "req_aabbccdd", "projectId": "proj_abc123", "cost": { "estimated": 2, "actual": 2 }}
        }""");
    Company company = response.data().get(0);
    assertThat(company.id()).isEqualTo("comp_xyz789");
    assertThat(company.name()).isEqualTo("Acme Corp");
    assertThat(company.industry()).isEqualTo("Software");
    assertThat(company.employeeCount()).isEqualTo(220L);
    assertThat(company.isHiring()).isTrue();
    assertThat(response.meta().requestId()).isEqualTo("req_aabbccdd");
    assertThat(response.meta().projectId()).isEqualTo("proj_abc123");
    assertThat(response.meta().cost().estimated()).isEqualTo(2L);
    assertThat(response.meta().cost().actual()).isEqualTo(2L);
  }

  @Test
  void olderSyncEnvelopeAsGenericDataResponseKeepsIntegersIntegral() throws IOException {
    DataResponse response = parse(DataResponse.class, """
        {"data": [{"id": "comp_xyz789", "name": "Acme Corp", "industry": "Software", "employee_count": 220, "is_hiring": true}],
         "meta": {"requestId": "req_aabbccdd"}}""");
    @SuppressWarnings("unchecked")
    Map<String, Object> company = ((List<Map<String, Object>>) response.data()).get(0);
    assertThat(company.get("employee_count")).isEqualTo(220L);
    assertThat(company.get("is_hiring")).isEqualTo(true);
    assertThat(HogJson.moshi().adapter(DataResponse.class).toJson(response)).contains("\"employee_count\":220,");
  }

  @Test
  void olderEstimateWithProvidersLikelyUsed() throws IOException {
    EstimateResponse response = parse(EstimateResponse.class, """
        {
          "data": {
            "estimatedCredits": 5,
            "likelySyncOrAsync": "async",
            "expectedLatencyRange": "10–30s",
            "providersLikelyUsed": ["provider-a", "provider-b"],
            "withinPlanLimits": true
          },
          "meta": {"requestId": "req_estimate001", "projectId": "proj_abc123"}
        }""");
    Estimate estimate = response.data();
    assertThat(estimate.estimatedCredits()).isEqualTo(5L);
    assertThat(estimate.likelySyncOrAsync()).isEqualTo(ExecutionMode.ASYNC);
    assertThat(estimate.likelySyncOrAsync().known()).isEqualTo(ExecutionMode.Known.ASYNC);
    assertThat(estimate.expectedLatencyRange()).isEqualTo("10–30s");
    assertThat(estimate.providersLikelyUsed()).containsExactly("provider-a", "provider-b");
    assertThat(estimate.withinPlanLimits()).isTrue();
    assertThat(estimate.expectedLookupDepth()).isNull();
    assertThat(response.meta().projectId()).isEqualTo("proj_abc123");
  }

  @Test
  void olderPeopleEnrichRequestBody() throws IOException {
    PeopleEnrichRequest request = parse(PeopleEnrichRequest.class, """
        {
          "identities": [
            { "platform": "linkedin", "username": "jane-doe-example" }
          ],
          "asyncPreferred": true
        }""");
    assertThat(request.identities()).singleElement().satisfies(identity -> {
      assertThat(identity.platform()).isEqualTo("linkedin");
      assertThat(identity.username()).isEqualTo("jane-doe-example");
    });
    assertThat(request.asyncPreferred()).isTrue();
  }

  // ---- 03-sync-async-patterns-v2 ----

  @Test
  void newerSyncCompanySearch() throws IOException {
    CompanyListResponse response = parse(CompanyListResponse.class, """
        {
        "data": [
        {
        "id": "comp_xyz789",
        "name": "Acme Corp",
        "industry": "Software",
        "employee_count": 220,
        "is_hiring": true
        }
        ],
        "meta": {
        "requestId": "req_aabbccdd"
        }
        }""");
    assertThat(response.data()).extracting(Company::name).containsExactly("Acme Corp");
    assertThat(response.meta().requestId()).isEqualTo("req_aabbccdd");
    assertThat(response.meta().cost()).isNull();
  }

  @Test
  void newerAcceptedWithRelativePollUrl() throws IOException {
    OperationAccepted accepted = parse(OperationAccepted.class, """
        {
        "id": "op_99887766",
        "operationId": "op_99887766",
        "status": "queued",
        "pollUrl": "/api/operations/op_99887766",
        "meta": {
        "requestId": "req_11223344"
        }
        }""");
    assertThat(accepted.id()).isEqualTo("op_99887766");
    assertThat(accepted.operationId()).isEqualTo("op_99887766");
    assertThat(accepted.status()).isEqualTo(OperationStatus.QUEUED);
    assertThat(accepted.pollUrl()).isEqualTo("/api/operations/op_99887766");
    assertThat(accepted.meta().requestId()).isEqualTo("req_11223344");
    assertThat(accepted.meta().estimatedCost()).isNull();
  }

  @Test
  void newerSucceededOperationWithResult() throws IOException {
    Operation operation = parse(Operation.class, """
        {
        "id": "op_99887766",
        "status": "succeeded",
        "progress": 100,
        "result": {
        "email": "jane.doe@acme.com",
        "phone": "+1-555-0100",
        "emailVerified": true
        },
        "error": null
        }""");
    assertThat(operation.status()).isEqualTo(OperationStatus.SUCCEEDED);
    assertThat(operation.progress()).isEqualTo(100);
    assertThat(operation.result()).containsExactly(
        Map.entry("email", "jane.doe@acme.com"), Map.entry("phone", "+1-555-0100"), Map.entry("emailVerified", true));
    assertThat(operation.error()).isNull();
  }

  @Test
  void newerEstimateWithLookupDepth() throws IOException {
    EstimateResponse response = parse(EstimateResponse.class, """
        {
        "data": {
        "estimatedCredits": 5,
        "likelySyncOrAsync": "async",
        "expectedLatencyRange": "10–30s",
        "expectedLookupDepth": 2,
        "withinPlanLimits": true
        },
        "meta": {
        "requestId": "req_estimate001"
        }
        }""");
    assertThat(response.data().expectedLookupDepth()).isEqualTo(2);
    assertThat(response.data().providersLikelyUsed()).isNull();
    assertThat(response.meta().requestId()).isEqualTo("req_estimate001");
  }

  @Test
  void newerBatchEnrichmentRequestBody() throws IOException {
    EnrichmentRequest request = parse(EnrichmentRequest.class, """
        {
        "identifiers": [
        { "linkedin_url": "https://www.linkedin.com/in/jane-doe-example" },
        { "email": "jane@example.com" }
        ],
        "fields": ["contact.email", "contact.phone"]
        }""");
    assertThat(request.identifier()).isNull();
    assertThat(request.identifiers()).extracting(PersonIdentifier::linkedinUrl)
        .containsExactly("https://www.linkedin.com/in/jane-doe-example", null);
    assertThat(request.identifiers()).extracting(PersonIdentifier::email).containsExactly(null, "jane@example.com");
    assertThat(request.fields()).containsExactly("contact.email", "contact.phone");
  }

  // ---- 04-response-shapes-v2 ----

  @Test
  void newerSyncEnvelopeWithUuidRequestId() throws IOException {
    DataResponse response = parse(DataResponse.class,
        "{\"data\": {}, \"meta\": {\"requestId\": \"3f7a1c2e-88b4-4d0e-a1f5-0c9e2b3d7f4a\"}}");
    assertThat(response.data()).isEqualTo(Map.of());
    assertThat(response.meta().requestId()).isEqualTo("3f7a1c2e-88b4-4d0e-a1f5-0c9e2b3d7f4a");
  }

  @Test
  void newerAcceptedWithAbsolutePollUrl() throws IOException {
    OperationAccepted accepted = parse(OperationAccepted.class, """
        {
          "id": "op_01HZ9K2QW3RV4M5N6P7Q8R9S0T",
          "operationId": "op_01HZ9K2QW3RV4M5N6P7Q8R9S0T",
          "status": "queued",
          "pollUrl": "https://developer.thehog.ai/api/operations/op_01HZ9K2QW3RV4M5N6P7Q8R9S0T",
          "meta": {
            "requestId": "3f7a1c2e-88b4-4d0e-a1f5-0c9e2b3d7f4a"
          }
        }""");
    assertThat(accepted.id()).isEqualTo(accepted.operationId()).isEqualTo("op_01HZ9K2QW3RV4M5N6P7Q8R9S0T");
    assertThat(accepted.pollUrl())
        .isEqualTo("https://developer.thehog.ai/api/operations/op_01HZ9K2QW3RV4M5N6P7Q8R9S0T");
  }

  @Test
  void inProgressOperation() throws IOException {
    Operation operation = parse(Operation.class, """
        {
          "id": "op_01HZ9K2QW3RV4M5N6P7Q8R9S0T",
          "status": "processing",
          "progress": 45,
          "result": null,
          "error": null
        }""");
    assertThat(operation.status()).isEqualTo(OperationStatus.PROCESSING);
    assertThat(operation.progress()).isEqualTo(45);
    assertThat(operation.result()).isNull();
    assertThat(operation.error()).isNull();
  }

  @Test
  void completedOperationWithEmptyResult() throws IOException {
    Operation operation = parse(Operation.class, """
        {
          "id": "op_01HZ9K2QW3RV4M5N6P7Q8R9S0T",
          "status": "succeeded",
          "progress": 100,
          "result": {},
          "error": null
        }""");
    assertThat(operation.status().known()).isEqualTo(OperationStatus.Known.SUCCEEDED);
    assertThat(operation.result()).isEmpty();
  }

  @Test
  void failedOperationNewerMessage() throws IOException {
    Operation operation = parse(Operation.class, """
        {
          "id": "op_01HZ9K2QW3RV4M5N6P7Q8R9S0T",
          "status": "failed",
          "progress": null,
          "result": null,
          "error": {
            "message": "No results were found for the given input."
          }
        }""");
    assertThat(operation.status()).isEqualTo(OperationStatus.FAILED);
    assertThat(operation.progress()).isNull();
    assertThat(operation.error().message()).isEqualTo("No results were found for the given input.");
  }

  @Test
  void searchResultMetadataAndCompanyMatchEvidence() throws IOException {
    PeopleSearchResult result = parse(PeopleSearchResult.class, """
        {"data": [{"name": "Jane Doe", "companyMatchEvidence": "company_page"},
                  {"name": "John Roe", "companyMatchEvidence": "profile_current_job"}],
         "meta": {"targetAccountSearchMode": "linkedin_company_page",
                  "targetAccountOutcome": "unverified_or_conflicting_linkedin_candidates",
                  "providerOutcome": "empty_partial_failure",
                  "message": "Some providers failed."}}""");
    assertThat(result.meta().targetAccountSearchMode()).isEqualTo(TargetAccountSearchMode.LINKEDIN_COMPANY_PAGE);
    assertThat(result.meta().targetAccountOutcome())
        .isEqualTo(TargetAccountOutcome.UNVERIFIED_OR_CONFLICTING_LINKEDIN_CANDIDATES);
    assertThat(result.meta().providerOutcome()).isEqualTo(ProviderOutcome.EMPTY_PARTIAL_FAILURE);
    assertThat(result.meta().message()).isEqualTo("Some providers failed.");
    PersonSearchHit first = result.data().get(0);
    PersonSearchHit second = result.data().get(1);
    assertThat(first.companyMatchEvidence()).isEqualTo(CompanyMatchEvidence.COMPANY_PAGE);
    assertThat(first.name()).isEqualTo("Jane Doe");
    assertThat(first.additionalProperties()).isEmpty();
    assertThat(second.companyMatchEvidence()).isEqualTo(CompanyMatchEvidence.PROFILE_CURRENT_JOB);
  }

  // ---- 05-response-envelopes-v1 ----

  @Test
  void olderSyncEnvelopeWithProjectAndCost() throws IOException {
    DataResponse response = parse(DataResponse.class, """
        {
          "data": {
          },
          "meta": {
            "requestId": "3f7a1c2e-88b4-4d0e-a1f5-0c9e2b3d7f4a",
            "projectId": "proj_01HZ9K2QW3RV4M5N6P7Q8R9S0T",
            "cost": {
              "estimated": 5,
              "actual": 4
            }
          }
        }""");
    assertThat(response.meta().projectId()).isEqualTo("proj_01HZ9K2QW3RV4M5N6P7Q8R9S0T");
    assertThat(response.meta().cost().estimated()).isEqualTo(5L);
    assertThat(response.meta().cost().actual()).isEqualTo(4L);
  }

  @Test
  void olderAcceptedWithOperationIdOnlyAndEstimatedCost() throws IOException {
    OperationAccepted accepted = parse(OperationAccepted.class, """
        {
          "operationId": "op_01HZ9K2QW3RV4M5N6P7Q8R9S0T",
          "status": "queued",
          "pollUrl": "https://api.thehog.ai/api/operations/op_01HZ9K2QW3RV4M5N6P7Q8R9S0T",
          "meta": {
            "requestId": "3f7a1c2e-88b4-4d0e-a1f5-0c9e2b3d7f4a",
            "estimatedCost": 20
          }
        }""");
    assertThat(accepted.id()).isNull();
    assertThat(accepted.operationId()).isEqualTo("op_01HZ9K2QW3RV4M5N6P7Q8R9S0T");
    assertThat(accepted.pollUrl()).startsWith("https://api.thehog.ai/");
    assertThat(accepted.meta().estimatedCost()).isEqualTo(20L);
  }

  @Test
  void olderEstimateWithoutLookupDepth() throws IOException {
    EstimateResponse response = parse(EstimateResponse.class, """
        {
          "data": {
            "estimatedCredits": 15,
            "likelySyncOrAsync": "async",
            "expectedLatencyRange": "8s – 25s",
            "withinPlanLimits": true
          },
          "meta": {
            "requestId": "3f7a1c2e-88b4-4d0e-a1f5-0c9e2b3d7f4a",
            "projectId": "proj_01HZ9K2QW3RV4M5N6P7Q8R9S0T"
          }
        }""");
    assertThat(response.data().estimatedCredits()).isEqualTo(15L);
    assertThat(response.data().expectedLatencyRange()).isEqualTo("8s – 25s");
    assertThat(response.data().withinPlanLimits()).isTrue();
  }

  @Test
  void failedOperationOlderMessage() throws IOException {
    Operation operation = parse(Operation.class, """
        {
          "id": "op_01HZ9K2QW3RV4M5N6P7Q8R9S0T",
          "status": "failed",
          "progress": null,
          "result": null,
          "error": {
            "message": "Provider returned no results for the given input."
          }
        }""");
    assertThat(operation.error().message()).isEqualTo("Provider returned no results for the given input.");
  }

  @Test
  void everyDocumentedStatusParses() throws IOException {
    for (String status : List.of("queued", "processing", "succeeded", "failed", "partial_success", "cancelled")) {
      Operation operation = parse(Operation.class, "{\"id\":\"op_1\",\"status\":\"" + status + "\",\"progress\":null}");
      assertThat(operation.status().isKnown()).as(status).isTrue();
      assertThat(operation.status().value()).isEqualTo(status);
    }
    assertThat(OperationStatus.of("partial_success")).isSameAs(OperationStatus.PARTIAL_SUCCESS);
    assertThat(OperationStatus.of("cancelled").known()).isEqualTo(OperationStatus.Known.CANCELLED);
  }
}
