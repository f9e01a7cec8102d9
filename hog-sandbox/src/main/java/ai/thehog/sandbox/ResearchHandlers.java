package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Deep research (always async) and the older sync research, context and signals endpoints. */
final class ResearchHandlers {

  private ResearchHandlers() {
  }

  static String subject(Map<String, Object> body) {
    for (String key : List.of("query", "prompt", "topic", "company", "name", "email", "url")) {
      if (body.get(key) instanceof String s && !s.isBlank()) {
        return s;
      }
    }
    return "the requested subject";
  }

  static ApiResponse deepResearch(Call call) {
    String subject = subject(call.bodyMap());
    List<Object> sources = new ArrayList<>();
    var r = SyntheticData.random("research:" + call.bodyText());
    for (int i = 0; i < 3; i++) {
      sources.add(Json.obj("url", "https://news.example.com/articles/" + Long.toString(r.nextLong() & 0xffffffL, 36),
          "title", "Coverage of " + subject + " (" + (i + 1) + ")"));
    }
    Map<String, Object> result = Json.obj(
        "data", SchemaSample.of(call.bodyMap().get("schema"), subject, SyntheticData.random("data:" + call.bodyText())),
        "report", Json.obj(
            "title", "Research: " + subject,
            "summary", "A synthetic research report on " + subject + ", built by the sandbox.",
            "sections", List.of(
                Json.obj("heading", "Overview", "body", subject + " operates in a competitive market."),
                Json.obj("heading", "Signals", "body", "Recent hiring and product activity suggest growth."))),
        "sources", sources);
    return Triggers.acceptFixedCost(call, result, "Some sources could not be read.");
  }

  /** POST /api/people/researches: a research dossier for a person. */
  static ApiResponse researchPerson(Call call) {
    return Triggers.syncFixedCost(call, dossier(call.bodyMap()));
  }

  static Map<String, Object> dossier(Map<String, Object> body) {
    Map<String, Object> identifier = Json.obj();
    for (String key : Identifiers.KEYS) {
      if (body.get(key) != null) {
        identifier.put(key, body.get(key));
      }
    }
    if (identifier.isEmpty()) {
      identifier.put("seed", Json.write(body));
    }
    SyntheticData.Person p = SyntheticData.person(identifier);
    return Json.obj(
        "person", p.profile(),
        "identities", List.of(
            Json.obj("platform", "linkedin", "url", p.linkedinUrl(), "confidence", 0.97),
            Json.obj("platform", "github", "username", (p.firstName() + p.lastName()).toLowerCase(java.util.Locale.ROOT),
                "confidence", 0.71)),
        "company", p.companyInfo(),
        "summary", p.fullName() + " is " + p.title() + " at " + p.company() + ", based in " + p.location() + ".");
  }

  static ApiResponse assembleContext(Call call) {
    String subject = subject(call.bodyMap());
    Map<String, Object> data = Json.obj(
        "messaging", Json.obj("valueProposition", "Help " + subject + " reach the right buyers faster.",
            "tone", "consultative"),
        "personas", List.of(
            Json.obj("name", "Revenue leader", "titles", List.of("CRO", "VP of Sales")),
            Json.obj("name", "Growth marketer", "titles", List.of("Head of Growth", "Director of Marketing"))),
        "signals", SyntheticData.signals("context:" + call.bodyText(), 3));
    return Triggers.syncFixedCost(call, data);
  }

  static ApiResponse classifySignals(Call call) {
    return Triggers.syncFixedCost(call, SyntheticData.signals("classify:" + call.bodyText(), 5));
  }
}
