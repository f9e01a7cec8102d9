package ai.thehog.spec.docs;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The changes of one schema's own constraints between two spec versions (format, nullable, bounds,
 * pattern, default, read/write-only, whether other keys are allowed), each as a change line. In a
 * request, a tighter constraint breaks callers (what they sent may now be refused); in a response,
 * a value that may now be null or a changed format (another Java type) does.
 */
final class ConstraintChanges {

  private ConstraintChanges() {
  }

  /** Adds a change for each constraint that differs between {@code old} and {@code now}. */
  @SuppressWarnings("rawtypes")
  static void compare(Schema old, Schema now, String field, String where, boolean request, List<ApiChange> out) {
    if (old == null || now == null) {
      return;
    }
    String at = field + " in " + where;
    if (Objects.equals(old.getType(), now.getType()) && !Objects.equals(old.getFormat(), now.getFormat())) {
      out.add(changed(true, "format", old.getFormat(), now.getFormat(), at));
    }
    boolean wasNullable = Boolean.TRUE.equals(old.getNullable());
    boolean isNullable = Boolean.TRUE.equals(now.getNullable());
    if (wasNullable != isNullable) {
      out.add(new ApiChange("changed", request ? wasNullable : isNullable,
          field + " of " + where + (isNullable ? " may now be null" : " may no longer be null")));
    }
    upper("maximum length", old, now, Schema::getMaxLength, at, request, out);
    lower("minimum length", old, now, Schema::getMinLength, at, request, out);
    upper("maximum", old, now, Schema::getMaximum, at, request, out);
    lower("minimum", old, now, Schema::getMinimum, at, request, out);
    upper("maximum items", old, now, Schema::getMaxItems, at, request, out);
    lower("minimum items", old, now, Schema::getMinItems, at, request, out);
    upper("maximum properties", old, now, Schema::getMaxProperties, at, request, out);
    lower("minimum properties", old, now, Schema::getMinProperties, at, request, out);
    if (on(old.getExclusiveMaximum()) != on(now.getExclusiveMaximum())
        || on(old.getExclusiveMinimum()) != on(now.getExclusiveMinimum())) {
      out.add(changed(request, "exclusive bounds", bounds(old), bounds(now), at));
    }
    if (!Objects.equals(old.getPattern(), now.getPattern())) {
      out.add(changed(request && now.getPattern() != null, "pattern", old.getPattern(), now.getPattern(), at));
    }
    if (!Objects.equals(number(old.getMultipleOf()), number(now.getMultipleOf()))) {
      out.add(changed(request && now.getMultipleOf() != null, "multiple of", old.getMultipleOf(), now.getMultipleOf(), at));
    }
    if (on(old.getUniqueItems()) != on(now.getUniqueItems())) {
      out.add(changed(request && Boolean.TRUE.equals(now.getUniqueItems()), "unique items",
          on(old.getUniqueItems()), on(now.getUniqueItems()), at));
    }
    if (!sameValue(old.getDefault(), now.getDefault())) {
      out.add(changed(false, "default", old.getDefault(), now.getDefault(), at));
    }
    if (on(old.getReadOnly()) != on(now.getReadOnly()) || on(old.getWriteOnly()) != on(now.getWriteOnly())) {
      out.add(changed(true, "read-only/write-only", on(old.getReadOnly()) + "/" + on(old.getWriteOnly()),
          on(now.getReadOnly()) + "/" + on(now.getWriteOnly()), at));
    }
    boolean wasClosed = Boolean.FALSE.equals(old.getAdditionalProperties());
    boolean isClosed = Boolean.FALSE.equals(now.getAdditionalProperties());
    if (wasClosed != isClosed) {
      out.add(new ApiChange("changed", isClosed, field + " of " + where
          + (isClosed ? " no longer allows keys it does not name" : " now allows keys it does not name")));
    }
  }

  private static String bounds(Schema<?> s) {
    return "min " + on(s.getExclusiveMinimum()) + ", max " + on(s.getExclusiveMaximum());
  }

  private static boolean sameValue(Object a, Object b) {
    return a instanceof Number && b instanceof Number ? number(a).compareTo(number(b)) == 0 : Objects.equals(a, b);
  }

  /** A flag as it acts: absent is false, so {@code false} written out is no change. */
  private static boolean on(Boolean flag) {
    return Boolean.TRUE.equals(flag);
  }

  private static ApiChange changed(boolean breaking, String what, Object old, Object now, String at) {
    return new ApiChange("changed", breaking, what + " of " + at + ": " + show(old) + " -> " + show(now));
  }

  private static String show(Object value) {
    return value == null ? "none" : "`" + value + "`";
  }

  @SuppressWarnings("rawtypes")
  private static void upper(String what, Schema old, Schema now, Function<Schema, Object> get, String at,
      boolean request, List<ApiChange> out) {
    bound(what, get.apply(old), get.apply(now), true, at, request, out);
  }

  @SuppressWarnings("rawtypes")
  private static void lower(String what, Schema old, Schema now, Function<Schema, Object> get, String at,
      boolean request, List<ApiChange> out) {
    bound(what, get.apply(old), get.apply(now), false, at, request, out);
  }

  /** A bound that is new, or lower (an upper bound) or higher (a lower bound), is tighter. */
  private static void bound(String what, Object old, Object now, boolean upper, String at, boolean request,
      List<ApiChange> out) {
    if (Objects.equals(number(old), number(now))) {
      return;
    }
    boolean tighter = now != null && (old == null || number(now).compareTo(number(old)) * (upper ? -1 : 1) > 0);
    out.add(changed(request && tighter, what, old, now, at));
  }

  private static BigDecimal number(Object value) {
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros();
    }
    return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros();
  }
}
