package ai.thehog.client.enrichment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Exact conversions of decoded JSON values (String, Boolean, Long, BigInteger, Double, BigDecimal, List, Map). */
final class JsonValues {

  private JsonValues() {
  }

  /** {@code raw} as {@code type}, or null when it is not one exactly. */
  static Object convert(Object raw, Class<?> type) {
    if (type == Object.class) {
      return raw;
    }
    if (type == Map.class) {
      return raw instanceof Map<?, ?> map ? stringKeys(map) : null;
    }
    if (type == List.class) {
      return raw instanceof List<?> list ? Collections.unmodifiableList(list) : null;
    }
    if (type == String.class || type == Boolean.class) {
      return type.isInstance(raw) ? raw : null;
    }
    if (!(raw instanceof Number number)) {
      return null;
    }
    if (type == Number.class) {
      return number;
    }
    BigDecimal exact = decimal(number);
    if (exact == null) {
      return null;
    }
    try {
      if (type == BigDecimal.class) {
        return exact;
      }
      if (type == BigInteger.class) {
        return exact.toBigIntegerExact();
      }
      if (type == Long.class) {
        return exact.longValueExact();
      }
      if (type == Integer.class) {
        return exact.intValueExact();
      }
      if (type == Double.class) {
        double d = exact.doubleValue();
        return Double.isFinite(d) && BigDecimal.valueOf(d).compareTo(exact) == 0 ? d : null;
      }
    } catch (ArithmeticException notExact) {
      return null;
    }
    return null;
  }

  private static BigDecimal decimal(Number number) {
    if (number instanceof BigDecimal d) {
      return d;
    }
    if (number instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
      return BigDecimal.valueOf(number.longValue());
    }
    double d = number.doubleValue();
    return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return Collections.unmodifiableMap(out);
  }

  /** What kind of JSON value {@code raw} is, for messages (never the value itself: it is personal data). */
  static String kind(Object raw) {
    if (raw instanceof String) {
      return "a string";
    }
    if (raw instanceof Boolean) {
      return "a boolean";
    }
    if (raw instanceof Number) {
      return "a number that does not fit";
    }
    if (raw instanceof Map) {
      return "an object";
    }
    if (raw instanceof List) {
      return "an array";
    }
    return "a " + raw.getClass().getSimpleName();
  }
}
