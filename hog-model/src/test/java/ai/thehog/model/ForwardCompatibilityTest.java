package ai.thehog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model keeps what a newer server sends: unknown enum values, unknown fields, exact numbers. */
class ForwardCompatibilityTest {

  private final JsonAdapter<Operation> operations = HogJson.moshi().adapter(Operation.class);

  @Test
  void unknownStatusIsKeptWithItsRawValue() throws IOException {
    Operation operation = operations.fromJson("{\"id\":\"op_1\",\"status\":\"paused\",\"progress\":10}");
    assertThat(operation.status().known()).isEqualTo(OperationStatus.Known.UNKNOWN);
    assertThat(operation.status().isKnown()).isFalse();
    assertThat(operation.status().value()).isEqualTo("paused");
    assertThat(operation.status()).isEqualTo(OperationStatus.of("paused")).isNotEqualTo(OperationStatus.QUEUED);
    assertThat(operations.toJson(operation)).contains("\"status\":\"paused\"");
  }

  @Test
  void unknownFieldsOfClosedSchemasAreIgnored() throws IOException {
    Operation operation = operations.fromJson(
        "{\"id\":\"op_1\",\"status\":\"queued\",\"eta\":{\"seconds\":3},\"tags\":[1,2]}");
    assertThat(operation.id()).isEqualTo("op_1");
    assertThat(operations.toJson(operation)).doesNotContain("eta");
  }

  @Test
  void unknownFieldsOfOpenSchemasAreKeptAndWrittenBack() throws IOException {
    JsonAdapter<Company> companies = HogJson.moshi().adapter(Company.class);
    Company company = companies.fromJson(
        "{\"id\":\"comp_1\",\"website\":\"https://acme.example\",\"funding\":{\"rounds\":3,\"total\":12.5}}");
    assertThat(company.id()).isEqualTo("comp_1");
    assertThat(company.additionalProperties()).containsEntry("website", "https://acme.example")
        .containsEntry("funding", Map.of("rounds", 3L, "total", 12.5));
    assertThat(companies.toJson(company))
        .isEqualTo("{\"id\":\"comp_1\",\"website\":\"https://acme.example\",\"funding\":{\"rounds\":3,\"total\":12.5}}");
  }

  @Test
  void freeFormNumbersStayExact() throws IOException {
    String json = "{\"id\":\"op_1\",\"status\":\"succeeded\",\"result\":{\"count\":1,\"big\":123456789012345678901234567890,"
        + "\"long\":9007199254740993,\"ratio\":0.1,\"precise\":3.14159265358979323846264338327950288,"
        + "\"list\":[1,2.5,-0.0,true,null,\"x\"]}}";
    Operation operation = operations.fromJson(json);
    Map<String, Object> result = operation.result();
    assertThat(result.get("count")).isEqualTo(1L);
    assertThat(result.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(result.get("long")).isEqualTo(9007199254740993L);
    assertThat(result.get("ratio")).isEqualTo(0.1);
    assertThat(result.get("precise")).isEqualTo(new BigDecimal("3.14159265358979323846264338327950288"));
    assertThat(operations.toJson(operation)).isEqualTo(json);
  }

  @Test
  void nullsInsideFreeFormDataAreWrittenBack() throws IOException {
    String json = "{\"id\":\"op_1\",\"status\":\"succeeded\",\"result\":{\"phone\":null,\"emails\":[null,\"a@b.example\"]}}";
    assertThat(operations.toJson(operations.fromJson(json))).isEqualTo(json);
  }

  /**
   * Known limitation of Moshi 1.15's strict reader: an integer literal whose leading digits are a
   * multiple of 2^64 (e.g. 184467440737095516160) wraps its overflow check to zero and is rejected.
   * It fails loudly with a checked exception, never by misreading the number.
   */
  @Test
  void anIntegerMoshiCannotReadFailsLoudly() {
    assertThatThrownBy(() -> operations.fromJson(
        "{\"id\":\"op_1\",\"status\":\"succeeded\",\"result\":{\"n\":184467440737095516160}}"))
        .isInstanceOf(com.squareup.moshi.JsonEncodingException.class)
        .hasMessageContaining("$.result.n");
  }

  record Pair<T>(@com.squareup.moshi.Json(name = "left_side") T left, int count) {
  }

  @Test
  void recordsAreReadByTheSdksOwnAdapterUnderAnyClassLoader() throws IOException {
    // Moshi's own record support lives in its multi-release layer, invisible to some class loaders
    // (it failed in a Maven plugin realm); HogJson does not depend on it.
    assertThat(HogJson.moshi().adapter(Operation.class).toString()).contains("record");
    assertThat(HogJson.moshi().adapter(Company.class).toString()).contains("open");
    JsonAdapter<Pair<Long>> pairs = HogJson.moshi().adapter(
        com.squareup.moshi.Types.newParameterizedTypeWithOwner(ForwardCompatibilityTest.class, Pair.class, Long.class));
    Pair<Long> pair = pairs.fromJson("{\"left_side\":5,\"unknown\":[1]}");
    assertThat(pair).isEqualTo(new Pair<>(5L, 0));
    assertThat(pairs.toJson(pair)).isEqualTo("{\"left_side\":5,\"count\":0}");
  }

  @Test
  void canonicalJsonSortsKeysAtEveryDepthAndKeepsIntegersIntegral() {
    Map<String, Object> a = new java.util.LinkedHashMap<>();
    a.put("z", List.of(Map.of("b", 1L, "a", 2.0)));
    a.put("a", "x");
    Map<String, Object> b = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    b.putAll(a);
    assertThat(HogJson.canonicalJson(a)).isEqualTo("{\"a\":\"x\",\"z\":[{\"a\":2,\"b\":1}]}")
        .isEqualTo(HogJson.canonicalJson(b));
    PersonIdentifier person = PersonIdentifier.builder().email("e@x.example").linkedinUrl("u").build();
    assertThat(HogJson.canonicalJson(person)).isEqualTo("{\"email\":\"e@x.example\",\"linkedin_url\":\"u\"}");
  }

  @Test
  void recordsAreImmutable() {
    EnrichmentRequest request = EnrichmentRequest.builder()
        .fields(new java.util.ArrayList<>(List.of("contact.email")))
        .identifier(PersonIdentifier.builder().email("jane@example.com").build())
        .build();
    assertThatThrownBy(() -> request.fields().add("profile")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> request.additionalProperties().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(request.toBuilder().fields(List.of("profile")).build().fields()).containsExactly("profile");
    assertThat(request.fields()).containsExactly("contact.email");
  }

  @Test
  void builderNamesAMissingRequiredProperty() {
    assertThatThrownBy(() -> EnrichmentRequest.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("EnrichmentRequest.fields is required");
  }

  @Test
  void openRequestBodiesCarryWhateverTheCallerPuts() {
    WebCrawlRequest crawl = WebCrawlRequest.builder()
        .url("https://acme.example")
        .maxPages(25)
        .putAdditionalProperty("excludePaths", List.of("/blog"))
        .build();
    assertThat(HogJson.moshi().adapter(WebCrawlRequest.class).toJson(crawl))
        .isEqualTo("{\"url\":\"https://acme.example\",\"maxPages\":25,\"excludePaths\":[\"/blog\"]}");
    assertThatThrownBy(() -> WebCrawlRequest.builder().putAdditionalProperty("url", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"url\"");
  }

  @Test
  void mistypedKnownFieldFailsWithThePath() {
    assertThatThrownBy(() -> operations.fromJson("{\"id\":\"op_1\",\"status\":7}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.status");
  }
}
