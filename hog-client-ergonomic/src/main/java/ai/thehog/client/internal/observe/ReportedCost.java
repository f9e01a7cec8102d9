package ai.thehog.client.internal.observe;

import ai.thehog.client.common.Meta;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Credits an operation's result reports, in the shapes the API's generations use:
 * {@code meta.cost{estimated, actual}} or {@code cost{estimated, actual}}, {@code actualCost},
 * {@code creditsUsed} / {@code credits_used}, {@code estimatedCost}. Only whole numbers count;
 * anything else is "not reported".
 */
public final class ReportedCost {

  private ReportedCost() {
  }

  /** Adds the operation's reported costs to {@code meta}: its actual cost, and its estimate if the 202 gave none. */
  public static Meta withOperationCost(Meta meta, Map<String, Object> result) {
    Long actual = actual(result);
    Long estimated = meta.estimatedCost() != null ? meta.estimatedCost() : estimated(result);
    if (actual == null && java.util.Objects.equals(estimated, meta.estimatedCost())) {
      return meta;
    }
    return new Meta(meta.requestId(), meta.projectId(), estimated,
        actual != null ? actual : meta.actualCost());
  }

  public static Long actual(Map<String, Object> result) {
    return first(result, "actual", "actualCost", "creditsUsed", "credits_used");
  }

  public static Long estimated(Map<String, Object> result) {
    return first(result, "estimated", "estimatedCost", "estimated_cost");
  }

  private static Long first(Map<String, Object> result, String inCost, String... flat) {
    if (result == null) {
      return null;
    }
    Long found = inCost(result.get("cost"), inCost);
    if (found == null && result.get("meta") instanceof Map<?, ?> meta) {
      found = inCost(meta.get("cost"), inCost);
    }
    for (int i = 0; found == null && i < flat.length; i++) {
      found = whole(result.get(flat[i]));
    }
    return found;
  }

  private static Long inCost(Object cost, String key) {
    return cost instanceof Map<?, ?> map ? whole(map.get(key)) : null;
  }

  private static Long whole(Object value) {
    if (!(value instanceof Number number)) {
      return null;
    }
    try {
      return new BigDecimal(number.toString()).longValueExact();
    } catch (ArithmeticException | NumberFormatException notWhole) {
      return null;
    }
  }
}
