package ai.thehog.spec.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares page 07's facts with a spec: every difference where the spec is looser than (or unlike) the
 * API's contract, as one line "07-api-contract.md:LINE METHOD /path part: what". A spec states a known
 * difference on the property (or schema) with {@code x-hog-contract: <why>} (e.g. where page 06, the
 * official SDK, disagrees); such a property is not reported.
 */
final class ContractComparison {

  static final String PAGE = "07-api-contract.md";
  static final String EXTENSION = "x-hog-contract";

  private final OpenAPI api;
  private final List<String> differences = new ArrayList<>();

  private ContractComparison(OpenAPI api) {
    this.api = api;
  }

  static OpenAPI parse(String specText) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    // A nullable reference is written {allOf: [$ref], nullable: true}; merging the allOf would drop nullable.
    options.setResolveCombinators(false);
    OpenAPI api = new OpenAPIV3Parser().readContents(specText, null, options).getOpenAPI();
    if (api == null) {
      throw new IllegalArgumentException("the spec does not parse");
    }
    return api;
  }

  static List<String> compare(List<ContractPage.Operation> operations, OpenAPI api) {
    ContractComparison c = new ContractComparison(api);
    operations.forEach(c::operation);
    return c.differences;
  }

  private void operation(ContractPage.Operation fact) {
    PathItem item = api.getPaths().get(fact.path());
    Operation op = item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(fact.method()));
    String where = PAGE + ":" + fact.line() + " " + fact.key();
    if (op == null) {
      differences.add(where + ": operation not in the spec");
      return;
    }
    for (ContractPage.Parameter p : fact.parameters()) {
      Parameter spec = parameter(item, op, p);
      if (spec == null) {
        differences.add(where + " parameter " + p.name() + " (" + p.in() + "): not in the spec");
      } else if (p.required() && !Boolean.TRUE.equals(spec.getRequired())) {
        differences.add(where + " parameter " + p.name() + ": required by the contract, optional in the spec");
      }
    }
    fact.requestBodies().forEach((type, rows) -> {
      Content content = op.getRequestBody() == null ? null : op.getRequestBody().getContent();
      MediaType media = content == null ? null : content.get(type);
      if (media == null) {
        differences.add(where + " request " + type + ": content type not in the spec");
        return;
      }
      rows.forEach(row -> property(where + " request", media.getSchema(), row, true));
    });
    fact.responses().forEach((status, rows) -> {
      ApiResponse response = op.getResponses() == null ? null : op.getResponses().get(String.valueOf(status));
      if (response == null) {
        differences.add(PAGE + ":" + (rows.isEmpty() ? fact.line() : rows.get(0).line() - 3) + " " + fact.key()
            + " response " + status + ": status not in the spec");
        return;
      }
      MediaType media = response.getContent() == null ? null : response.getContent().get("application/json");
      if (media == null && !rows.isEmpty()) {
        differences.add(where + " response " + status + ": no application/json body in the spec");
        return;
      }
      rows.forEach(row -> property(where + " response " + status, media.getSchema(), row, false));
    });
  }

  private static Parameter parameter(PathItem item, Operation op, ContractPage.Parameter p) {
    List<Parameter> all = new ArrayList<>();
    if (op.getParameters() != null) {
      all.addAll(op.getParameters());
    }
    if (item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    return all.stream().filter(s -> s.getName().equalsIgnoreCase(p.name()) && s.getIn().equals(p.in()))
        .findFirst().orElse(null);
  }

  private void property(String where, Schema<?> root, ContractPage.Row row, boolean request) {
    String at = where.replaceFirst("^(" + PAGE + "):\\d+", "$1:" + row.line()) + " " + row.path();
    Schema<?> parent = null;
    String name = null;
    Schema<?> schema = root;
    if (!row.path().equals("(body)")) {
      String[] parts = row.path().replace("[]", ".[]").split("\\.");
      for (String part : parts) {
        if (part.isEmpty()) {
          continue;
        }
        if (schema == null) {
          break;
        }
        if (part.equals("[]")) {
          parent = null;
          name = null;
          schema = target(schema).getItems();
        } else {
          parent = target(schema);
          name = part;
          schema = parent.getProperties() == null ? null : parent.getProperties().get(part);
        }
      }
    }
    if (schema == null && parent != null && documented(parent)) {
      return;
    }
    if (schema == null) {
      differences.add(at + ": not in the spec");
      return;
    }
    check(at, schema, parent, name, row, request);
  }

  private void check(String at, Schema<?> wrapper, Schema<?> parent, String name, ContractPage.Row row,
      boolean request) {
    if (documented(wrapper) || (parent != null && documented(parent))) {
      return;
    }
    boolean nullable = Boolean.TRUE.equals(wrapper.getNullable());
    Schema<?> schema = target(wrapper);
    boolean specRequired = parent != null && parent.getRequired() != null && parent.getRequired().contains(name);
    if (name != null && row.required() && !specRequired) {
      differences.add(at + ": required by the contract, optional in the spec");
    }
    if (name != null && request && !row.required() && specRequired) {
      differences.add(at + ": optional in the contract, required in the spec");
    }
    if (row.nullable() && !nullable && !Boolean.TRUE.equals(schema.getNullable())) {
      differences.add(at + ": nullable in the contract, not in the spec");
    }
    if (!row.enumValues().isEmpty()) {
      List<String> specValues = schema.getEnum() == null ? List.of()
          : schema.getEnum().stream().map(String::valueOf).toList();
      if (!specValues.containsAll(row.enumValues())) {
        differences.add(at + ": enum " + row.enumValues() + " in the contract, " + specValues + " in the spec");
      }
    }
    row.bounds().forEach((bound, value) -> {
      Object spec = switch (bound) {
        case "minimum" -> schema.getMinimum();
        case "maximum" -> schema.getMaximum();
        case "maxLength" -> schema.getMaxLength();
        case "minLength" -> schema.getMinLength();
        case "minItems" -> schema.getMinItems();
        case "maxItems" -> schema.getMaxItems();
        default -> null;
      };
      if (spec == null || new BigDecimal(String.valueOf(spec)).compareTo(new BigDecimal(value)) != 0) {
        differences.add(at + ": " + bound + " " + value + " in the contract, " + spec + " in the spec");
      }
    });
    if (row.closed() && !Objects.equals(schema.getAdditionalProperties(), Boolean.FALSE)) {
      differences.add(at + ": the contract allows no other keys, the spec does");
    }
    String type = row.type().replaceAll("<.*", "");
    String specType = schema.getType();
    if (specType != null && !compatible(type, specType)) {
      differences.add(at + ": type " + type + " in the contract, " + specType + " in the spec");
    }
  }

  /** The schema a single-{@code allOf} wrapper (a nullable or described reference) stands for. */
  private static Schema<?> target(Schema<?> schema) {
    if (schema instanceof ComposedSchema composed && composed.getAllOf() != null && composed.getAllOf().size() == 1
        && composed.getProperties() == null) {
      return composed.getAllOf().get(0);
    }
    return schema;
  }

  private static boolean compatible(String contract, String spec) {
    return contract.equals(spec) || contract.contains("|") || contract.equals("any")
        || (contract.equals("number") && spec.equals("integer")) || (contract.equals("integer") && spec.equals("number"));
  }

  private static boolean documented(Schema<?> schema) {
    Map<String, Object> ext = schema.getExtensions();
    return ext != null && ext.containsKey(EXTENSION);
  }
}
