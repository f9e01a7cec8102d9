package ai.thehog.spec.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of page 07 (the API's own OpenAPI contract): its operations, each with its parameters,
 * request bodies per content type and responses per status, each schema one row per property path.
 */
final class ContractPage {

  private static final Pattern OPERATION = Pattern.compile("^## (GET|POST|PATCH|PUT|DELETE) (\\S+)\\s+\\((\\w+)\\)");
  private static final Pattern REQUEST = Pattern.compile("^Request body \\(([^,;]+)(, required)?; schema (\\w+)\\):");
  private static final Pattern RESPONSE = Pattern.compile("^Response (\\d{3}) \\(([^;]+); schema (\\w+)\\):");
  private static final Pattern PARAMETER = Pattern.compile("`([^`]+)` in (\\w+), (\\w+)(, required)?");
  private static final Pattern ENUM = Pattern.compile("enum ((?:\"[^\"]*\"/?)+)");
  private static final Pattern BOUND = Pattern.compile("(minimum|maximum|maxLength|minLength|minItems|maxItems) (-?[0-9.]+)");

  /** One property path of a schema (`(body)` for the schema itself). */
  record Row(String path, String type, boolean required, boolean nullable, List<String> enumValues,
      Map<String, String> bounds, boolean closed, boolean freeForm, int line) {
  }

  /** One parameter. */
  record Parameter(String name, String in, String type, boolean required) {
  }

  /** One operation with its facts. */
  record Operation(String method, String path, String operationId, int line, List<Parameter> parameters,
      Map<String, List<Row>> requestBodies, Map<Integer, List<Row>> responses) {

    String key() {
      return method + " " + path;
    }
  }

  private ContractPage() {
  }

  static List<Operation> read(Path page) throws IOException {
    List<String> lines = Files.readAllLines(page);
    List<Operation> ops = new ArrayList<>();
    Operation current = null;
    List<Row> table = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      Matcher m;
      if ((m = OPERATION.matcher(line)).find()) {
        current = new Operation(m.group(1), m.group(2), m.group(3), number, new ArrayList<>(),
            new LinkedHashMap<>(), new LinkedHashMap<>());
        ops.add(current);
        table = null;
      } else if (line.startsWith("## ")) {
        current = null;
        table = null;
      } else if (current == null) {
        continue;
      } else if (line.startsWith("Parameters:")) {
        Matcher p = PARAMETER.matcher(line);
        while (p.find()) {
          current.parameters().add(new Parameter(p.group(1), p.group(2), p.group(3), p.group(4) != null));
        }
      } else if ((m = REQUEST.matcher(line)).find()) {
        table = new ArrayList<>();
        current.requestBodies().put(m.group(1).trim(), table);
      } else if ((m = RESPONSE.matcher(line)).find()) {
        table = new ArrayList<>();
        current.responses().put(Integer.parseInt(m.group(1)), table);
      } else if (line.matches("^Response \\d{3}: no body\\..*")) {
        current.responses().put(Integer.parseInt(line.substring(9, 12)), List.of());
        table = null;
      } else if (table != null && line.startsWith("| `")) {
        table.add(row(line, number));
      }
    }
    return ops;
  }

  private static Row row(String line, int number) {
    String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
    String path = cells[0].trim().replace("`", "");
    String constraints = cells[cells.length - 1].trim();
    StringBuilder type = new StringBuilder();
    for (int c = 1; c < cells.length - 1; c++) {
      type.append(c > 1 ? "|" : "").append(cells[c].trim());
    }
    Set<String> flags = new LinkedHashSet<>();
    for (String part : constraints.split(",")) {
      flags.add(part.trim());
    }
    List<String> enumValues = new ArrayList<>();
    Matcher e = ENUM.matcher(constraints);
    if (e.find()) {
      for (String v : e.group(1).split("/")) {
        enumValues.add(v.replace("\"", ""));
      }
    }
    Map<String, String> bounds = new LinkedHashMap<>();
    Matcher b = BOUND.matcher(constraints);
    while (b.find()) {
      bounds.put(b.group(1), b.group(2));
    }
    return new Row(path, type.toString(), flags.contains("required"), flags.contains("nullable"), enumValues, bounds,
        flags.contains("no other keys"), flags.contains("free-form"), number);
  }
}
