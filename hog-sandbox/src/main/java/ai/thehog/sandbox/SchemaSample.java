package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic JSON value that fits a JSON Schema, for a deep research's {@code result.data}:
 * objects get every declared property, arrays two items, strings a short text (or the first
 * {@code enum} value), integers and numbers a value inside {@code minimum}/{@code maximum}.
 * Unknown or missing types give a string; nesting stops at depth 8.
 */
final class SchemaSample {

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
