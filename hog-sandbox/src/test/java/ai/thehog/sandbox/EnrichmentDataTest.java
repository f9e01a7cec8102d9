package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Synthetic people: deterministic per identifier, plausible, covering every documented field. */
class EnrichmentDataTest {

  static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().clock(CLOCK).build();

  static String single(String identifierJson, String fields) {
    return "{\"identifier\":" + identifierJson + ",\"fields\":[" + fields + "]}";
  }

  @Test
  void sameIdentifierGivesTheSamePerson(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    qt().withExamples(25).forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 20))
        .checkAssert(handle -> {
          String body = single("{\"x_handle\":" + Json.write(handle) + "}", "\"contact\",\"profile\",\"company\"");
          Object first = http.post("/api/enrichments", body).at("data");
          Object second = http.post("/api/enrichments", body).at("data");
          assertThat(second).isEqualTo(first);
        });
  }

  @Test
  void differentIdentifiersGiveDifferentPeople(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    Object a = http.post("/api/enrichments", single("{\"github_username\":\"octo-a\"}", "\"contact\",\"profile\"")).at("data");
    Object b = http.post("/api/enrichments", single("{\"github_username\":\"octo-b\"}", "\"contact\",\"profile\"")).at("data");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void contactAndProfileFieldsArePlausible(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).post("/api/enrichments",
        single("{\"linkedin_url\":\"https://www.linkedin.com/in/jane\"}", "\"contact.email\",\"contact.phone\",\"profile\",\"company\""));

    assertThat((String) reply.at("data.contact.email")).matches("[a-z]+\\.[a-z]+@[a-z]+\\.com");
    assertThat(reply.at("data.contact.emailVerified")).isInstanceOf(Boolean.class);
    assertThat((String) reply.at("data.contact.phone")).matches("\\+1-\\d{3}-555-\\d{4}");
    assertThat((String) reply.at("data.profile.fullName")).matches("[A-Z][a-z]+ [A-Z][a-z]+");
    assertThat((String) reply.at("data.profile.title")).isNotBlank();
    assertThat((String) reply.at("data.profile.location")).contains(", ");
    assertThat(reply.at("data.profile.linkedinUrl")).isEqualTo("https://www.linkedin.com/in/jane");
    assertThat((String) reply.at("data.company.name")).contains(" ");
    assertThat((Long) reply.at("data.company.employee_count")).isPositive();
    String emailDomain = ((String) reply.at("data.contact.email")).split("@")[1];
    assertThat(reply.at("data.company.domain")).isEqualTo(emailDomain);
  }

  @Test
  void onlyTheRequestedFieldsAreReturnedAndUnknownOnesAreListed(HogSandbox sandbox) {
    SandboxHttp.Reply reply = new SandboxHttp(sandbox).post("/api/enrichments",
        single("{\"email\":\"jane@acme.example\"}", "\"contact.phone\",\"profile.title\",\"shoe_size\""));

    assertThat(reply.map().get("data")).isInstanceOf(Map.class);
    assertThat(reply.mapAt("data").keySet()).containsExactly("contact", "profile", "notAvailable");
    assertThat(reply.mapAt("data.contact").keySet()).containsExactly("phone");
    assertThat(reply.mapAt("data.profile").keySet()).containsExactly("title");
    assertThat(reply.at("data.notAvailable")).isEqualTo(List.of("shoe_size"));
    assertThat(reply.at("meta.cost.actual")).isEqualTo(3L);
  }

  @Test
  void signalsAreAsyncAndPlausible(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply accepted = http.post("/api/enrichments",
        "{\"identifier\":{\"email\":\"jane@acme.example\"},\"fields\":[\"signals\"],"
            + "\"signals_config\":{\"platforms\":[\"linkedin\"],\"since_days\":30}}");
    assertThat(accepted.status()).isEqualTo(202);
    CLOCK.advance(Duration.ofSeconds(6));
    SandboxHttp.Reply done = http.get((String) accepted.at("pollUrl"));

    assertThat(done.at("status")).isEqualTo("succeeded");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> signals = (List<Map<String, Object>>) done.at("result.records.0.data.signals");
    assertThat(signals).isNotEmpty().allSatisfy(s -> {
      assertThat(s).containsKeys("type", "platform", "summary", "confidence");
      assertThat((Double) s.get("confidence")).isBetween(0.5, 1.0);
    });
  }

  @Test
  void aPersonIsTheSameInASyncAnswerAndInABatch(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    String identifier = "{\"linkedin_url\":\"https://www.linkedin.com/in/same-person\"}";
    Object sync = http.post("/api/enrichments", single(identifier, "\"contact\",\"profile\"")).at("data");
    SandboxHttp.Reply accepted = http.post("/api/enrichments",
        "{\"identifiers\":[{\"email\":\"other@acme.example\"}," + identifier + "],\"fields\":[\"contact\",\"profile\"]}");
    CLOCK.advance(Duration.ofSeconds(6));
    assertThat(http.get((String) accepted.at("pollUrl")).at("result.records.1.data")).isEqualTo(sync);
  }
}
