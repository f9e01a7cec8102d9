package ai.thehog.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lints the packaged spec and checks it covers what the five doc pages name. */
class OpenApiDocumentTest {

  private static SwaggerParseResult parsed;
  private static OpenAPI api;

  @BeforeAll
  static void parse() {
    URL url = OpenApiDocumentTest.class.getResource("/ai/thehog/spec/openapi.yaml");
    assertThat(url).as("spec packaged on the classpath").isNotNull();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    parsed = new OpenAPIV3Parser().readLocation(url.toString(), null, options);
    api = parsed.getOpenAPI();
  }

  @Test
  void parsesWithoutMessages() {
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(api.getOpenapi()).startsWith("3.0.");
  }

  /** The 19 operations of the five doc pages. */
  static final Set<String> FIVE_PAGES = new TreeSet<>(List.of(
        "POST /api/enrichments",
        "GET /api/operations/{id}",
        "POST /api/v1/companies/search",
        "POST /api/v1/people/search",
        "POST /api/v1/search",
        "POST /api/deep-research",
        "POST /api/v1/platform/scrapers/web/crawl",
        "POST /api/v1/platform/scrapers/web/scrape/batch",
        "POST /api/v1/platform/scrapers/web/scrape/jobs",
        "POST /api/companies/search",
        "POST /api/people/search",
        "POST /api/people/researches",
        "POST /api/context",
        "POST /api/signals",
        "POST /api/people/enrich",
        "POST /api/generate",
        "POST /api/people/enrich/estimate",
        "POST /api/people/researches/estimate",
        "POST /api/generate/estimate"));

  @Test
  void holdsTheNineteenOperationsOfThePagesAndTheOfficialSdksThirtySeven() {
    assertThat(operations().keySet()).containsAll(FIVE_PAGES);
    assertThat(operations().keySet()).contains("GET /api/enrichments/{id}", "GET /api/v1/search",
        "GET /api/v1/search/{id}", "POST /api/v1/monitors", "GET /api/v1/monitors", "GET /api/v1/monitors/{id}",
        "PATCH /api/v1/monitors/{id}", "DELETE /api/v1/monitors/{id}", "POST /api/v1/monitors/{id}/run-now",
        "GET /api/v1/monitors/{id}/events", "POST /api/v1/platform/scrapers/web/search",
        "POST /api/v1/platform/scrapers/web/scrape", "GET /api/operations", "POST /api/v1/people/search/estimate");
    assertThat(operations().keySet().stream().filter(k -> k.contains("/scrapers/linkedin/"))).hasSize(10);
    assertThat(operations().keySet().stream().filter(k -> k.contains("/scrapers/instagram/"))).hasSize(6);
    assertThat(operations().keySet().stream().filter(k -> k.contains("/scrapers/tiktok/"))).hasSize(1);
    // Page 07 (the API's own contract) adds X (4), YouTube (2), Facebook (2) and SEO (3).
    assertThat(operations().keySet().stream().filter(k -> k.contains("/scrapers/x/"))).hasSize(4);
    assertThat(operations().keySet().stream().filter(k -> k.contains("/scrapers/youtube/"))).hasSize(2);
    assertThat(operations().keySet().stream().filter(k -> k.contains("/scrapers/facebook/"))).hasSize(2);
    assertThat(operations().keySet().stream().filter(k -> k.contains("/scrapers/seo/"))).hasSize(3);
    assertThat(operations()).hasSize(62);
  }

  @Test
  void everyOperationHasATagAndAUniqueOperationId() {
    Set<String> ids = new TreeSet<>();
    operations().forEach((key, op) -> {
      assertThat(op.getTags()).as(key).hasSize(1);
      assertThat(ids.add(op.getOperationId())).as("unique operationId of " + key).isTrue();
    });
    assertThat(operations().get("POST /api/v1/monitors").getTags()).containsExactly("Monitors");
    assertThat(operations().get("GET /api/v1/search/{id}").getTags()).containsExactly("Search");
    assertThat(operations().get("POST /api/v1/platform/scrapers/linkedin/profile").getTags())
        .containsExactly("LinkedInScrapers");
  }

  @Test
  void monitorsAndSearchJobsHaveTheirRealShapes() {
    assertThat(operations().get("POST /api/v1/monitors").getResponses()).containsKey("201");
    assertThat(operations().get("POST /api/v1/monitors/{id}/run-now").getResponses().get("202").getContent()
        .get("application/json").getSchema().get$ref()).endsWith("/Monitor");
    assertThat(operations().get("DELETE /api/v1/monitors/{id}").getResponses().get("204").getContent()).isNull();
    assertThat(requiredOf("Monitor")).containsExactlyInAnyOrder("id", "name", "type", "status", "config",
        "cadence_minutes", "last_run_at", "next_run_at", "consecutive_failures", "created_at", "updated_at");
    assertThat(requiredOf("MonitorList")).containsExactlyInAnyOrder("data", "next_cursor");
    assertThat(requiredOf("SearchJob")).containsExactlyInAnyOrder("id", "status", "type", "query", "created_at");
    assertThat(enumOf("SearchJobStatus")).containsExactly("queued", "processing", "succeeded", "failed");
    assertThat(propertiesOf("SearchJobError")).containsExactlyInAnyOrder("message", "retryable");
    assertThat(enumOf("MonitorStatus")).containsExactly("active", "paused", "disabled");
    Schema<?> maxResults = (Schema<?>) api.getComponents().getSchemas().get("SearchRequest").getProperties()
        .get("max_results");
    assertThat(maxResults.getMaximum()).isEqualByComparingTo("50");
    for (String freeForm : List.of("CreateMonitorRequest.config", "UpdateMonitorRequest.config",
        "MonitorEvent.event_json", "SignalsConfig.max_posts", "SignalsConfig.handles", "DeepResearchRequest.schema")) {
      String[] parts = freeForm.split("\\.");
      Schema<?> schema = (Schema<?>) api.getComponents().getSchemas().get(parts[0]).getProperties().get(parts[1]);
      assertThat(schema.getAdditionalProperties()).as(freeForm).isEqualTo(true);
    }
  }

  @Test
  void olderGenerationOperationsAreDeprecatedAndNewerAreNot() {
    Set<String> older = Set.of(
        "POST /api/companies/search", "POST /api/people/search", "POST /api/people/researches",
        "POST /api/context", "POST /api/signals", "POST /api/people/enrich", "POST /api/generate",
        "POST /api/people/enrich/estimate", "POST /api/people/researches/estimate",
        "POST /api/generate/estimate");
    operations().forEach((key, op) ->
        assertThat(Boolean.TRUE.equals(op.getDeprecated())).as(key).isEqualTo(older.contains(key)));
  }

  @Test
  void declaresBothSecuritySchemesAndBothServers() {
    assertThat(api.getComponents().getSecuritySchemes()).containsKeys("accessKey", "secretKey", "bearerAuth");
    assertThat(api.getServers()).extracting(s -> s.getUrl())
        .containsExactly("https://developer.thehog.ai", "https://api.thehog.ai");
  }

  @Test
  void everyPaidPostTakesAnIdempotencyKeyAndEveryOperationAProjectId() {
    operations().forEach((key, op) -> {
      if (!FIVE_PAGES.contains(key)) {
        return; // The official SDK and MCP server send no X-Project-Id.
      }
      Set<String> headers = op.getParameters().stream()
          .filter(p -> "header".equals(p.getIn())).map(p -> p.getName()).collect(Collectors.toSet());
      assertThat(headers).as(key).contains("X-Project-Id");
      boolean paid = key.startsWith("POST") && !key.endsWith("/estimate")
          && !Set.of("POST /api/companies/search", "POST /api/people/search", "POST /api/context",
              "POST /api/signals").contains(key);
      if (paid) {
        assertThat(headers).as(key).contains("Idempotency-Key");
      }
    });
  }

  @Test
  void everyResponseDeclaresTheRequestIdHeaderAndErrorsUseTheErrorBody() {
    operations().forEach((key, op) -> op.getResponses().forEach((code, declared) -> {
      ApiResponse response = declared.get$ref() == null ? declared
          : api.getComponents().getResponses().get(declared.get$ref().substring(declared.get$ref().lastIndexOf('/') + 1));
      assertThat(response.getHeaders()).as(key + " " + code).containsKey("X-Request-Id");
      if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
        Schema<?> schema = response.getContent().get("application/json").getSchema();
        assertThat(schema.get$ref()).as(key + " " + code).endsWith("/ErrorResponse");
      }
    }));
    assertThat(operations().get("POST /api/enrichments").getResponses())
        .containsKeys("200", "202", "400", "401", "402", "429");
    assertThat(operations().get("GET /api/operations/{id}").getResponses()).containsKeys("200", "404");
    assertThat(api.getComponents().getResponses().get("TooManyRequests").getHeaders())
        .containsKeys("Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset");
  }

  @Test
  void documentsTheEnumsTheDocsList() {
    assertThat(enumOf("OperationStatus")).containsExactly(
        "queued", "processing", "succeeded", "failed", "partial_success", "cancelled");
    assertThat(enumOf("TargetAccountSearchMode")).containsExactly(
        "linkedin_company_page", "profile_current_company", "unavailable");
    assertThat(enumOf("TargetAccountOutcome")).containsExactly("provided_linkedin_handle",
        "verified_linkedin_handle", "unverified_or_conflicting_linkedin_candidates", "unresolved");
    assertThat(enumOf("ProviderOutcome")).containsExactly("hit", "empty_clean", "empty_partial_failure");
    assertThat(enumOf("CompanyMatchEvidence")).containsExactly("company_page", "profile_current_job");
  }

  @Test
  void namesTheDocumentedFieldsOfEachShape() {
    assertThat(propertiesOf("OperationAccepted")).containsExactlyInAnyOrder("id", "operationId", "status", "pollUrl", "data", "meta");
    assertThat(propertiesOf("AcceptedHandle")).containsExactlyInAnyOrder("id", "operationId", "status", "pollUrl");
    assertThat(propertiesOf("AcceptedMeta")).contains("requestId", "estimatedCost");
    assertThat(propertiesOf("ResponseMeta")).containsExactlyInAnyOrder("requestId", "projectId", "cost");
    assertThat(propertiesOf("Cost")).containsExactlyInAnyOrder("estimated", "actual");
    assertThat(propertiesOf("Operation")).containsExactlyInAnyOrder("id", "status", "progress", "result", "error");
    assertThat(propertiesOf("Estimate")).containsExactlyInAnyOrder("estimatedCredits", "likelySyncOrAsync",
        "expectedLatencyRange", "expectedLookupDepth", "providersLikelyUsed", "withinPlanLimits");
    assertThat(propertiesOf("ErrorResponse")).containsExactlyInAnyOrder("statusCode", "error", "message",
        "path", "timestamp", "requestId", "errors");
    assertThat(propertiesOf("ValidationError")).containsExactlyInAnyOrder("property", "message", "constraints");
    assertThat(propertiesOf("PersonIdentifier")).containsExactlyInAnyOrder("linkedin_url", "email", "x_handle",
        "github_username");
    assertThat(propertiesOf("SignalsConfig")).containsExactlyInAnyOrder("platforms", "max_posts",
        "intent_signals", "since_days", "handles");
    assertThat(propertiesOf("SearchResultMeta")).containsExactlyInAnyOrder("targetAccountSearchMode",
        "targetAccountOutcome", "providerOutcome", "message");
    Schema<?> identifiers = (Schema<?>) api.getComponents().getSchemas().get("EnrichmentRequest")
        .getProperties().get("identifiers");
    assertThat(identifiers.getMaxItems()).isEqualTo(100);
  }

  @Test
  void schemasWithoutADocumentedBodyStayOpen() {
    for (String name : List.of("CompanySearchRequest", "PeopleSearchRequest", "SearchRequest",
        "DeepResearchRequest", "WebCrawlRequest", "WebScrapeBatchRequest", "WebScrapeJobRequest",
        "PeopleResearchRequest", "ContextRequest", "SignalsRequest", "GenerateRequest", "Company",
        "OperationError", "ResponseMeta")) {
      assertThat(api.getComponents().getSchemas().get(name).getAdditionalProperties()).as(name).isEqualTo(true);
    }
  }

  private static Map<String, Operation> operations() {
    Map<String, Operation> out = new java.util.TreeMap<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap()
        .forEach((PathItem.HttpMethod method, Operation op) -> out.put(method + " " + path, op)));
    return out;
  }

  private static List<String> requiredOf(String schema) {
    return api.getComponents().getSchemas().get(schema).getRequired();
  }

  private static List<String> enumOf(String schema) {
    return api.getComponents().getSchemas().get(schema).getEnum().stream().map(String::valueOf).toList();
  }

  private static Set<String> propertiesOf(String schema) {
    return api.getComponents().getSchemas().get(schema).getProperties().keySet();
  }
}
