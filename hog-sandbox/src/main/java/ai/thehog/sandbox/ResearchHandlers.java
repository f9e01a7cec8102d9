package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

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

  /**
   * A deterministic JSON value that fits a JSON Schema, for a deep research's {@code result.data}:
   * objects get every declared property, arrays two items, strings a short text (or the first
   * {@code enum} value), integers and numbers a value inside {@code minimum}/{@code maximum}.
   * Unknown or missing types give a string; nesting stops at depth 8.
   */
  static final class SchemaSample {

    private static final int MAX_DEPTH = 8;

    private SchemaSample() {
    }

    static Object of(Object schema, String subject, SplittableRandom r) {
      return value(schema, subject, "value", r, 0);
    }

    private static Object value(Object schema, String subject, String name, SplittableRandom r, int depth) {
      Map<String, Object> s = schema instanceof Map<?, ?> m ? EnrichmentHandler.cast(m) : Map.of();
      if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
        return values.get(0);
      }
      if (s.containsKey("const")) {
        return s.get("const");
      }
      Object type = s.get("type");
      if (type instanceof List<?> types) {
        type = types.stream().filter(t -> !"null".equals(t)).findFirst().map(Object.class::cast).orElse("null");
      }
      if (type == null) {
        type = s.containsKey("properties") ? "object" : s.containsKey("items") ? "array" : "string";
      }
      if (depth >= MAX_DEPTH) {
        return null;
      }
      switch (String.valueOf(type)) {
        case "object": {
          Map<String, Object> out = Json.obj();
          if (s.get("properties") instanceof Map<?, ?> props) {
            props.forEach((k, v) -> out.put(String.valueOf(k), value(v, subject, String.valueOf(k), r, depth + 1)));
          }
          return out;
        }
        case "array": {
          List<Object> out = new ArrayList<>();
          for (int i = 0; i < 2; i++) {
            out.add(value(s.get("items"), subject, name, r, depth + 1));
          }
          return out;
        }
        case "integer":
          return (long) bounded(s, r, true);
        case "number":
          return Math.round(bounded(s, r, false) * 100) / 100.0;
        case "boolean":
          return r.nextBoolean();
        case "null":
          return null;
        default:
          return name + " of " + subject;
      }
    }

    private static double bounded(Map<String, Object> s, SplittableRandom r, boolean integral) {
      double min = s.get("minimum") instanceof Number n ? n.doubleValue() : 0;
      double max = s.get("maximum") instanceof Number n ? n.doubleValue() : min + 100;
      if (max < min) {
        return min;
      }
      double v = min + r.nextDouble() * (max - min);
      return integral ? Math.max(Math.ceil(min), Math.min(Math.floor(max), Math.round(v))) : v;
    }
  }
}
