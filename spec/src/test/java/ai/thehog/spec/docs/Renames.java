package ai.thehog.spec.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;

/**
 * Which removed name and added name of one place (the properties of one schema, the values of one enum,
 * the parameters of one operation) are one name renamed: those of the same shape (type and constraints,
 * descriptions and examples aside). A pair is taken when the two differ only in case or separators
 * ({@code pollUrl}, {@code poll_url}), when each is the other's only candidate, or, among several
 * candidates, when both stand at the same position of their list.
 */
final class Renames {

  private static final List<String> DOCS =
      List.of("description", "title", "example", "examples", "externalDocs", "extensions", "exampleSetFlag");

  private Renames() {
  }

  /**
   * The renames, removed name to added name, in the order of {@code removed}.
   *
   * @param removed the names only the old version has, in its order
   * @param added the names only the new version has, in its order
   * @param oldOrder every name of the old version, in order (gives a removed name's position)
   * @param newOrder every name of the new version, in order
   * @param sameShape whether a removed and an added name could be one name renamed
   */
  static Map<String, String> pair(List<String> removed, List<String> added, List<String> oldOrder,
      List<String> newOrder, BiPredicate<String, String> sameShape) {
    Map<String, List<String>> candidates = new LinkedHashMap<>();
    Map<String, Integer> wanted = new LinkedHashMap<>();
    for (String r : removed) {
      List<String> c = added.stream().filter(a -> sameShape.test(r, a)).toList();
      candidates.put(r, c);
      c.forEach(a -> wanted.merge(a, 1, Integer::sum));
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    List<String> taken = new ArrayList<>();
    for (String r : removed) {
      candidates.get(r).stream().filter(a -> !taken.contains(a) && spelling(a).equals(spelling(r))).findFirst()
          .ifPresent(a -> {
            pairs.put(r, a);
            taken.add(a);
          });
    }
    for (String r : removed) {
      List<String> c = candidates.get(r);
      if (!pairs.containsKey(r) && c.size() == 1 && wanted.get(c.get(0)) == 1 && !taken.contains(c.get(0))) {
        pairs.put(r, c.get(0));
        taken.add(c.get(0));
      }
    }
    for (String r : removed) {
      if (pairs.containsKey(r)) {
        continue;
      }
      int at = oldOrder.indexOf(r);
      candidates.get(r).stream().filter(a -> !taken.contains(a) && newOrder.indexOf(a) == at).findFirst()
          .ifPresent(a -> {
            pairs.put(r, a);
            taken.add(a);
          });
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    removed.stream().filter(pairs::containsKey).forEach(r -> ordered.put(r, pairs.get(r)));
    return ordered;
  }

  /** The renamed parameters of an operation, removed to added: same place ({@code in}) and schema. */
  static Map<Parameter, Parameter> parameters(ChangedParameters changed) {
    List<Parameter> missing = changed.getMissing();
    List<Parameter> increased = changed.getIncreased();
    Map<String, String> pairs = pair(keys(missing), keys(increased), keys(changed.getOldParameterList()),
        keys(changed.getNewParameterList()), (a, b) -> sameShape(find(missing, a), find(increased, b)));
    Map<Parameter, Parameter> renamed = new LinkedHashMap<>();
    pairs.forEach((a, b) -> renamed.put(find(missing, a), find(increased, b)));
    return renamed;
  }

  /** The renamed values of an enum, removed to added. */
  static Map<String, String> values(ChangedEnum<?> changed) {
    return pair(strings(changed.getMissing()), strings(changed.getIncreased()), strings(changed.getOldValue()),
        strings(changed.getNewValue()), (a, b) -> true);
  }

  static List<String> strings(List<?> values) {
    return values == null ? List.of() : values.stream().map(String::valueOf).toList();
  }

  private static List<String> keys(List<Parameter> parameters) {
    return parameters == null ? List.of() : parameters.stream().map(p -> p.getIn() + " " + p.getName()).toList();
  }

  private static Parameter find(List<Parameter> parameters, String key) {
    return parameters.stream().filter(p -> (p.getIn() + " " + p.getName()).equals(key)).findFirst().orElseThrow();
  }

  /** The name in lower case without separators: {@code pollUrl} and {@code poll_url} spell alike. */
  private static String spelling(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** Whether two schemas (or parameters) have the same type and constraints, whatever their docs say. */
  static boolean sameShape(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    JsonNode left = shape(Json.mapper().valueToTree(a));
    JsonNode right = shape(Json.mapper().valueToTree(b));
    if (left.isObject() && right.isObject()) {
      ((ObjectNode) left).remove("name");
      ((ObjectNode) right).remove("name");
    }
    return left.equals(right);
  }

  /** A schema without what only documents it: descriptions, titles, examples, extensions. */
  private static JsonNode shape(JsonNode node) {
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.forEach(n -> items.add(shape(n)));
      return Json.mapper().valueToTree(items);
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = Json.mapper().createObjectNode();
    node.fields().forEachRemaining(e -> {
      String key = e.getKey();
      if (DOCS.contains(key) || key.startsWith("x-")) {
        return;
      }
      if (key.equals("properties") && e.getValue().isObject()) {
        ObjectNode properties = copy.putObject(key);
        e.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), shape(p.getValue())));
      } else {
        copy.set(key, shape(e.getValue()));
      }
    });
    return copy;
  }
}
