package ai.thehog.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of page 07 (the API's own OpenAPI contract, copied to spec/contract/07-api-contract.md)
 * as a test reads them: each operation with its path parameters, its JSON request body and its
 * responses, every schema one row per property path ({@code (body)}, {@code data.posts[].text}).
 */
final class ContractFacts {

  static final Path PAGE = Path.of("..", "spec", "contract", "07-api-contract.md");

  private static final Pattern OPERATION = Pattern.compile("^## (GET|POST|PATCH|PUT|DELETE) (\\S+)\\s+\\((\\w+)\\)");
  private static final Pattern REQUEST = Pattern.compile("^Request body \\(([^,;]+)(, required)?; schema \\w+\\):");
  private static final Pattern RESPONSE = Pattern.compile("^Response (\\d{3}) \\([^;]+; schema \\w+\\):");
  private static final Pattern ENUM = Pattern.compile("enum ((?:\"[^\"]*\"/?)+)");

  /** One property path: its type ({@code string}, {@code array<string>}, ...) and constraints. */
  record Row(String path, String type, boolean required, boolean nullable, List<String> enumValues, boolean closed) {

    /** The path as tokens: names, and {@code []} for "each item". Empty for the body itself. */
    List<String> tokens() {
      List<String> out = new ArrayList<>();
      if (path.equals("(body)")) {
        return out;
      }
      for (String part : path.replace("[]", ".[]").split("\\.")) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
      return out;
    }
  }

  /** One operation. */
  record Operation(String method, String path, String operationId, List<Row> jsonRequest,
      Map<Integer, List<Row>> responses) {

    String key() {
      return method + " " + path;
    }
  }

  private ContractFacts() {
  }

  static List<Operation> read() throws IOException {
    List<Operation> ops = new ArrayList<>();
    Operation current = null;
    List<Row> table = null;
    for (String line : Files.readAllLines(PAGE)) {
      Matcher m;
      if ((m = OPERATION.matcher(line)).find()) {
        current = new Operation(m.group(1), m.group(2), m.group(3), new ArrayList<>(), new LinkedHashMap<>());
        ops.add(current);
        table = null;
      } else if (line.startsWith("## ")) {
        current = null;
        table = null;
      } else if (current == null) {
        continue;
      } else if ((m = REQUEST.matcher(line)).find()) {
        table = m.group(1).trim().equals("application/json") ? current.jsonRequest() : new ArrayList<>();
      } else if ((m = RESPONSE.matcher(line)).find()) {
        table = new ArrayList<>();
        current.responses().put(Integer.parseInt(m.group(1)), table);
      } else if (line.matches("^Response \\d{3}: no body\\..*")) {
        current.responses().put(Integer.parseInt(line.substring(9, 12)), List.of());
        table = null;
      } else if (table != null && line.startsWith("| `")) {
        table.add(row(line));
      }
    }
    return ops;
  }

  private static Row row(String line) {
    String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
    String constraints = cells[cells.length - 1].trim();
    StringBuilder type = new StringBuilder();
    for (int c = 1; c < cells.length - 1; c++) {
      type.append(c > 1 ? "|" : "").append(cells[c].trim());
    }
    List<String> flags = new ArrayList<>();
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
    return new Row(cells[0].trim().replace("`", ""), type.toString(), flags.contains("required"),
        flags.contains("nullable"), enumValues, flags.contains("no other keys"));
  }
}
