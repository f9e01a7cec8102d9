package ai.thehog.spec.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A spec with every {@code allOf} written as the one schema it means: the parts (each {@code $ref}
 * resolved) merged, then the keys beside {@code allOf} (a description, {@code nullable}). openapi-diff
 * compares a {@code $ref} and an {@code allOf: [$ref]} (written to give the property a description) as
 * two types and stops there; once both are plain schemas it compares what is in them. A reference met
 * again while its own schema is merged (a recursive schema) stays a plain {@code $ref}, which
 * openapi-diff follows once (it loops on a recursive {@code allOf}).
 */
final class EffectiveSchemas {

  private static final String PREFIX = "#/components/schemas/";

  private final JsonNode schemas;
  private final Deque<String> inlining = new ArrayDeque<>();

  private EffectiveSchemas(JsonNode schemas) {
    this.schemas = schemas;
  }

  /** The spec (YAML or JSON) as JSON, each {@code allOf} without {@code oneOf}/{@code anyOf} merged. */
  static String of(String spec) {
    try {
      JsonNode root = Yaml.mapper().readTree(spec);
      if (root == null || !root.isObject()) {
        return spec;
      }
      JsonNode original = root.deepCopy().path("components").path("schemas");
      return Json.mapper().writeValueAsString(new EffectiveSchemas(original).normal(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The node with every mergeable {@code allOf} in it merged; the node itself is changed in place. */
  private JsonNode normal(JsonNode node) {
    if (node.isObject() && node.path("allOf").isArray() && !node.has("oneOf") && !node.has("anyOf")) {
      ObjectNode merged = Json.mapper().createObjectNode();
      boolean resolved = true;
      for (JsonNode part : node.get("allOf")) {
        JsonNode effective = part.has("$ref") ? component(part) : normal(part.deepCopy());
        if (effective == null && node.get("allOf").size() == 1 && part.has("$ref")) {
          return Json.mapper().createObjectNode().put("$ref", part.get("$ref").asText());
        }
        if (effective == null) {
          resolved = false;
          break;
        }
        merge(merged, effective, false);
      }
      if (resolved) {
        ObjectNode own = ((ObjectNode) node).deepCopy();
        own.remove("allOf");
        merge(merged, normal(own), true);
        return merged;
      }
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        ((ArrayNode) node).set(i, normal(node.get(i)));
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        e.setValue(normal(e.getValue()));
      }
    }
    return node;
  }

  /**
   * The component a {@code $ref} part of an {@code allOf} names, a copy with its own {@code allOf}s
   * merged; null when the reference is not a bare local component or is met again while it is merged.
   */
  private JsonNode component(JsonNode part) {
    String ref = part.get("$ref").asText();
    String name = ref.startsWith(PREFIX) ? ref.substring(PREFIX.length()) : null;
    if (name == null || !schemas.has(name) || inlining.contains(name) || part.size() > 1) {
      return null;
    }
    inlining.push(name);
    try {
      return normal(schemas.get(name).deepCopy());
    } finally {
      inlining.pop();
    }
  }

  /** Properties and required names are united; other keys are kept, or replaced when {@code override}. */
  private static void merge(ObjectNode into, JsonNode from, boolean override) {
    Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String key = e.getKey();
      if (key.equals("properties") && into.path(key).isObject() && e.getValue().isObject()) {
        ObjectNode properties = (ObjectNode) into.get(key);
        e.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue().deepCopy()));
      } else if (key.equals("required") && into.path(key).isArray() && e.getValue().isArray()) {
        Set<String> names = new LinkedHashSet<>();
        into.get(key).forEach(n -> names.add(n.asText()));
        e.getValue().forEach(n -> names.add(n.asText()));
        ArrayNode all = into.putArray(key);
        names.forEach(all::add);
      } else if (override || !into.has(key)) {
        into.set(key, e.getValue().deepCopy());
      }
    }
  }
}
