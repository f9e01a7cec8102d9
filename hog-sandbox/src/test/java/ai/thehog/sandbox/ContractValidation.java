package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON value (maps, lists, strings, numbers, booleans, null) against the rows of one schema
 * of page 07: every required key present wherever its parent is, null only where nullable, each value
 * of its type and enum, and no other keys where the contract closes an object.
 */
final class ContractValidation {

  private ContractValidation() {
  }

  static List<String> problems(List<ContractFacts.Row> rows, Object json) {
    List<String> out = new ArrayList<>();
    for (ContractFacts.Row row : rows) {
      List<String> tokens = row.tokens();
      if (tokens.isEmpty()) {
        check(row, "(body)", json, out);
        if (row.closed()) {
          closed(rows, tokens, "(body)", json, out);
        }
        continue;
      }
      String last = tokens.get(tokens.size() - 1);
      List<String> parentTokens = tokens.subList(0, tokens.size() - 1);
      if (last.equals("[]")) {
        continue; // an item row: its type is checked through its array's row
      }
      List<Located> parents = new ArrayList<>();
      collect(json, parentTokens, 0, "", parents);
      for (Located parent : parents) {
        if (!(parent.value() instanceof Map<?, ?> object)) {
          continue;
        }
        String at = parent.where().isEmpty() ? last : parent.where() + "." + last;
        if (!object.containsKey(last)) {
          if (row.required()) {
            out.add(at + ": required, missing");
          }
          continue;
        }
        Object value = object.get(last);
        check(row, at, value, out);
        if (row.closed() && value instanceof Map<?, ?>) {
          closed(rows, tokens, at, value, out);
        }
      }
    }
    return out;
  }

  private record Located(String where, Object value) {
  }

  private static void collect(Object node, List<String> tokens, int index, String where, List<Located> out) {
    if (node == null) {
      return;
    }
    if (index == tokens.size()) {
      out.add(new Located(where, node));
      return;
    }
    String token = tokens.get(index);
    if (token.equals("[]")) {
      if (node instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          collect(list.get(i), tokens, index + 1, where + "[" + i + "]", out);
        }
      }
    } else if (node instanceof Map<?, ?> map && map.containsKey(token)) {
      collect(map.get(token), tokens, index + 1, where.isEmpty() ? token : where + "." + token, out);
    }
  }

  private static void check(ContractFacts.Row row, String at, Object value, List<String> out) {
    if (value == null) {
      if (!row.nullable()) {
        out.add(at + ": null, not nullable");
      }
      return;
    }
    String type = row.type();
    if (type.contains("|") || type.equals("any") || type.isEmpty()) {
      return;
    }
    if (type.startsWith("array")) {
      if (!(value instanceof List<?> list)) {
        out.add(at + ": " + kind(value) + ", the contract says " + type);
        return;
      }
      String item = type.replaceAll("^array<(.*)>$", "$1");
      for (int i = 0; i < list.size(); i++) {
        if (item.matches("string|number|boolean") && !matches(item, list.get(i))) {
          out.add(at + "[" + i + "]: " + kind(list.get(i)) + ", the contract says " + item);
        }
      }
      return;
    }
    if (!matches(type, value)) {
      out.add(at + ": " + kind(value) + ", the contract says " + type);
    } else if (!row.enumValues().isEmpty() && !row.enumValues().contains(String.valueOf(value))) {
      out.add(at + ": " + value + " is not one of " + row.enumValues());
    }
  }

  private static boolean matches(String type, Object value) {
    return switch (type) {
      case "string" -> value instanceof String;
      case "number", "integer" -> value instanceof Number;
      case "boolean" -> value instanceof Boolean;
      case "object" -> value instanceof Map<?, ?>;
      default -> true;
    };
  }

  private static void closed(List<ContractFacts.Row> rows, List<String> tokens, String at, Object value,
      List<String> out) {
    if (!(value instanceof Map<?, ?> object)) {
      return;
    }
    Set<String> allowed = new LinkedHashSet<>();
    for (ContractFacts.Row other : rows) {
      List<String> t = other.tokens();
      if (t.size() == tokens.size() + 1 && t.subList(0, tokens.size()).equals(tokens)) {
        allowed.add(t.get(t.size() - 1));
      }
    }
    for (Object key : object.keySet()) {
      if (!allowed.contains(String.valueOf(key))) {
        out.add(at + "." + key + ": a key the contract does not allow here");
      }
    }
  }

  private static String kind(Object value) {
    return value instanceof Map<?, ?> ? "an object" : value instanceof List<?> ? "an array"
        : value instanceof String ? "a string" : value instanceof Number ? "a number"
        : value instanceof Boolean ? "a boolean" : String.valueOf(value);
  }
}
