package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests are validated against the spec (and the checks it cannot express); errors name the property. */
class ValidationTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().build();

  @SuppressWarnings("unchecked")
  static List<String> properties(SandboxHttp.Reply reply) {
    return ((List<Map<String, Object>>) reply.at("errors")).stream()
        .map(e -> (String) e.get("property")).collect(Collectors.toList());
  }

  @Test
  void missingRequiredFieldIsNamed(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).post("/api/enrichments",
        "{\"identifier\":{\"email\":\"jane@acme.example\"}}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(properties(reply)).containsExactly("fields");
    assertThat((String) reply.at("message")).contains("fields");
    assertThat(reply.at("errors.0.constraints").toString()).startsWith("{required=");
    assertThat(sandbox.ledger().charges()).isEmpty();
  }

  @Test
  void wrongTypesAndEmptyListsAreNamed(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    assertThat(properties(http.post("/api/enrichments",
        "{\"identifier\":{\"email\":\"j@acme.example\"},\"fields\":\"contact.email\"}"))).containsExactly("fields");
    assertThat(properties(http.post("/api/enrichments",
        "{\"identifier\":{\"email\":\"j@acme.example\"},\"fields\":[]}"))).containsExactly("fields");
    assertThat(properties(http.post("/api/enrichments",
        "{\"identifier\":{\"email\":42},\"fields\":[\"profile\"]}"))).containsExactly("identifier.email");
  }

  @Test
  void identifierAndIdentifiersAreMutuallyExclusive(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).post("/api/enrichments",
        "{\"identifier\":{\"email\":\"a@acme.example\"},\"identifiers\":[{\"email\":\"b@acme.example\"}],"
            + "\"fields\":[\"profile\"]}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(properties(reply)).containsExactly("identifiers");
    assertThat((String) reply.at("errors.0.message")).contains("mutually exclusive");
  }

  @Test
  void anIdentifierNeedsOneOfItsKeys(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    assertThat(properties(http.post("/api/enrichments", "{\"identifier\":{\"nickname\":\"jd\"},\"fields\":[\"profile\"]}")))
        .containsExactly("identifier");
    assertThat(properties(http.post("/api/enrichments",
        "{\"identifiers\":[{\"email\":\"a@acme.example\"},{\"nickname\":\"jd\"}],\"fields\":[\"profile\"]}")))
        .containsExactly("identifiers[1]");
    assertThat(properties(http.post("/api/enrichments", "{\"fields\":[\"profile\"]}"))).containsExactly("identifier");
  }

  @Test
  void moreThan100IdentifiersAreRefused(HogSandbox sandbox) {
    String ids = IntStream.range(0, 101).mapToObj(i -> "{\"email\":\"p" + i + "@acme.example\"}")
        .collect(Collectors.joining(","));
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).post("/api/enrichments",
        "{\"identifiers\":[" + ids + "],\"fields\":[\"profile\"]}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(properties(reply)).contains("identifiers");
    assertThat(sandbox.ledger().charges()).isEmpty();
  }

  @Test
  void exactly100IdentifiersAreAccepted(HogSandbox sandbox) {
    String ids = IntStream.range(0, 100).mapToObj(i -> "{\"email\":\"p" + i + "@acme.example\"}")
        .collect(Collectors.joining(","));
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).post("/api/enrichments",
        "{\"identifiers\":[" + ids + "],\"fields\":[\"profile\"]}");
    assertThat(reply.status()).isEqualTo(202);
    assertThat(sandbox.ledger().chargesPerIdentifier()).hasSize(100);
  }

  @Test
  void unknownExtraFieldsAreAccepted(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).post("/api/enrichments",
        "{\"identifier\":{\"email\":\"jane@acme.example\",\"crm_id\":\"0031\"},\"fields\":[\"contact.email\"],"
            + "\"future_option\":{\"x\":1}}");
    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void bodyThatIsNotJsonIsRefused(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).post("/api/enrichments", "{not json");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(properties(reply)).containsExactly("body");
  }

  @Test
  void tooLongIdempotencyKeyIsNamed(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).post("/api/deep-research", "{\"prompt\":\"Acme\",\"schema\":{\"type\":\"object\"}}",
        "Idempotency-Key", "k".repeat(256));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(properties(reply)).containsExactly("Idempotency-Key");
  }

  @Test
  void unknownRouteIs404(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).raw("POST", "/api/nope", "{}",
        "X-Access-Key", SandboxHttp.ACCESS, "X-Secret-Key", SandboxHttp.SECRET);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("X-Request-Id")).isNotBlank();
  }

  @Test
  void wrongMethodOnAKnownPathIs405(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).get("/api/enrichments");
    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.header("Allow")).isEqualTo("POST");
  }
}
