package ai.thehog.spec.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits of a spec's YAML text by key path ({@code components}, {@code schemas}, {@code Operation},
 * ...), found by indentation: what the tests do to the live spec, whatever its descriptions, order or
 * formatting are.
 */
final class SpecEdits {

  private SpecEdits() {
  }

  /** The spec without the block of the key at {@code path}. */
  static String remove(String spec, String... path) {
    List<String> lines = lines(spec);
    int[] block = find(lines, path);
    lines.subList(block[0], block[1]).clear();
    return String.join("\n", lines) + "\n";
  }

  /** The spec with {@code yaml} (a block at indent 0) as the first child of the key at {@code path}. */
  static String insertChild(String spec, String yaml, String... path) {
    List<String> lines = lines(spec);
    int[] block = find(lines, path);
    int indent = childIndent(lines, block[0] + 1, block[1]);
    if (indent < 0) {
      indent = indent(lines.get(block[0])) + 2;
    }
    lines.addAll(block[0] + 1, yaml.stripTrailing().indent(indent).lines().toList());
    return String.join("\n", lines) + "\n";
  }

  /** The spec with {@code value} added to the enum of the schema at {@code path} (flow or block style). */
  static String addEnumValue(String spec, String value, String... path) {
    List<String> lines = lines(spec);
    int[] block = find(lines, path);
    for (int i = block[0] + 1; i < block[1]; i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("enum: [")) {
        lines.set(i, line.substring(0, line.lastIndexOf(']')) + ", " + value + "]");
        return String.join("\n", lines) + "\n";
      }
      if (line.strip().equals("enum:")) {
        int k = i + 1;
        while (k < block[1] && lines.get(k).strip().startsWith("- ")) {
          k++;
        }
        lines.add(k, " ".repeat(indent(lines.get(k - 1))) + "- " + value);
        return String.join("\n", lines) + "\n";
      }
    }
    throw new IllegalArgumentException("no enum at " + String.join("/", path));
  }

  /** Start (the key's line) and end (exclusive) of the block of the key at {@code path}. */
  static int[] find(List<String> lines, String... path) {
    int from = 0;
    int to = lines.size();
    int keyLine = -1;
    for (String key : path) {
      int indent = childIndent(lines, from, to);
      keyLine = -1;
      for (int i = from; i < to; i++) {
        String line = lines.get(i);
        if (!ignorable(line) && indent(line) == indent && (line.strip().equals(key + ":")
            || line.strip().startsWith(key + ": ") || line.strip().equals("'" + key + "':"))) {
          keyLine = i;
          break;
        }
      }
      if (keyLine < 0) {
        throw new IllegalArgumentException("no key " + key + " in " + String.join("/", path));
      }
      from = keyLine + 1;
      to = end(lines, keyLine, to);
    }
    return new int[] {keyLine, to};
  }

  private static int end(List<String> lines, int keyLine, int limit) {
    int indent = indent(lines.get(keyLine));
    int i = keyLine + 1;
    int last = keyLine + 1;
    for (; i < limit; i++) {
      if (ignorable(lines.get(i))) {
        continue;
      }
      if (indent(lines.get(i)) <= indent) {
        break;
      }
      last = i + 1;
    }
    return last;
  }

  private static int childIndent(List<String> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!ignorable(lines.get(i))) {
        return indent(lines.get(i));
      }
    }
    return -1;
  }

  private static boolean ignorable(String line) {
    return line.isBlank() || line.strip().startsWith("#");
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static List<String> lines(String spec) {
    return new ArrayList<>(spec.lines().toList());
  }
}
