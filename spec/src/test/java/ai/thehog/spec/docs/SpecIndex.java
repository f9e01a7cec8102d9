package ai.thehog.spec.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the conformance check asks of the spec: its operations (with the 2xx statuses that have a
 * JSON body) and its enums, by the property names that use them. Read with swagger-parser, every
 * {@code $ref} resolved.
 */
@SuppressWarnings("rawtypes")
final class SpecIndex {

  /** One operation's JSON response for one 2xx status. */
  record Response(String method, String path, int status) {
    @Override
    public String toString() {
      return "the " + status + " response of " + method + " " + path;
    }
  }

  private final Map<String, Set<String>> operations = new LinkedHashMap<>();
  private final List<Response> responses = new ArrayList<>();
  private final Map<String, List<Set<String>>> enumsByProperty = new LinkedHashMap<>();
  private final List<Set<String>> enums = new ArrayList<>();
  private Map<String, Schema> components = Map.of();

  private SpecIndex() {
  }

  static SpecIndex read(String specText) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(specText, null, options);
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      throw new IllegalArgumentException("The spec does not parse: " + result.getMessages());
    }
    SpecIndex index = new SpecIndex();
    api.getPaths().forEach((path, item) -> index.addPath(path, item));
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      index.components = api.getComponents().getSchemas();
      Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      api.getComponents().getSchemas().values().forEach(s -> index.collectEnums(null, s, seen));
    }
    return index;
  }

  private void addPath(String path, PathItem item) {
    item.readOperationsMap().forEach((method, op) -> {
      operations.computeIfAbsent(path, p -> new LinkedHashSet<>()).add(method.name());
      addResponses(path, method.name(), op);
    });
  }

  private void addResponses(String path, String method, Operation op) {
    if (op.getResponses() == null) {
      return;
    }
    for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
      String code = e.getKey();
      if (code.length() == 3 && code.startsWith("2") && Character.isDigit(code.charAt(2))
          && e.getValue().getContent() != null && e.getValue().getContent().get("application/json") != null) {
        responses.add(new Response(method, path, Integer.parseInt(code)));
      }
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private void collectEnums(String property, Schema<?> given, Set<Schema<?>> seen) {
    Schema<?> schema = given;
    if (schema != null && schema.get$ref() != null) {
      String ref = schema.get$ref();
      schema = components.get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    if (schema == null) {
      return;
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      Set<String> values = new LinkedHashSet<>();
      for (Object v : schema.getEnum()) {
        values.add(String.valueOf(v));
      }
      enums.add(values);
      if (property != null) {
        enumsByProperty.computeIfAbsent(property, p -> new ArrayList<>()).add(values);
      }
    }
    if (!seen.add(schema)) {
      return;
    }
    if (schema.getProperties() != null) {
      Map<String, Schema> props = (Map) schema.getProperties();
      props.forEach((name, s) -> collectEnums(name, s, seen));
    }
    collectEnums(property, schema.getItems(), seen);
    if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
      collectEnums(null, additional, seen);
    }
    for (List<Schema> composed : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
      if (composed != null) {
        composed.forEach(s -> collectEnums(property, s, seen));
      }
    }
  }

  /** The spec operation an endpoint named by a page is, if the spec has it. */
  Optional<String> operationFor(Endpoint endpoint) {
    for (Map.Entry<String, Set<String>> e : operations.entrySet()) {
      for (String method : e.getValue()) {
        if (endpoint.matches(method, e.getKey())) {
          return Optional.of(method + " " + e.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /** Every 2xx JSON response of the spec, in spec order. */
  List<Response> responses() {
    return responses;
  }

  /** The longest name of an enum-valued property that {@code text} starts with. */
  Optional<String> enumPropertyPrefixOf(String text) {
    return enumsByProperty.keySet().stream()
        .filter(text::startsWith)
        .max(java.util.Comparator.comparingInt(String::length));
  }

  /** Whether a property of this name exists in some schema of the spec. */
  boolean hasEnumProperty(String property) {
    return enumsByProperty.containsKey(property);
  }

  /**
   * The values of {@code values} that no enum of the spec holds, comparing with the enum closest to
   * them: an enum of a property named {@code property} when there is one, else any enum.
   */
  Set<String> missingEnumValues(String property, Set<String> values) {
    List<Set<String>> candidates = property != null && enumsByProperty.containsKey(property)
        ? enumsByProperty.get(property) : enums;
    Set<String> best = null;
    for (Set<String> candidate : candidates) {
      Set<String> missing = new LinkedHashSet<>(values);
      missing.removeAll(candidate);
      if (best == null || missing.size() < best.size()) {
        best = missing;
      }
    }
    return best == null ? values : best;
  }
}
