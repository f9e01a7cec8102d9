package ai.thehog.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Class cycles as the source shows them: the compiler copies constants into the classes that use
 * them, so {@code A.X} with {@code X} a constant leaves no trace of A in the bytecode. A file
 * depends on a class of the module when its code (comments and string literals left out) names it:
 * by simple name when it is in the same package or imported, or by its qualified name. A client
 * and its builder ({@code HogClient}, {@code HogClientBuilder}) are one unit, as a nested class is.
 */
final class SourceCycles {

  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+)\\.(\\w+);", Pattern.MULTILINE);
  private static final Pattern NOISE = Pattern.compile(
      "/\\*.*?\\*/|//[^\\n]*|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'", Pattern.DOTALL);

  private SourceCycles() {
  }

  /** The unit a class belongs to: its top-level class, or the client a builder builds. */
  static String unit(String className) {
    int nested = className.indexOf('$');
    String top = nested < 0 ? className : className.substring(0, nested);
    return top.endsWith("Builder") && !top.endsWith(".Builder") ? top.substring(0, top.length() - "Builder".length())
        : top;
  }

  /**
   * The cycles (as sorted lists of units, each strongly connected group of two or more once) among
   * {@code sources}: path to text.
   */
  static List<List<String>> find(Map<String, String> sources) {
    return stronglyConnected(edges(sources));
  }

  /**
   * The cycles between packages among {@code sources} (as sorted lists of package names), through
   * the same dependencies as {@link #find}: constants included.
   */
  static List<List<String>> findBetweenPackages(Map<String, String> sources) {
    Map<String, Set<String>> packages = new TreeMap<>();
    for (Map.Entry<String, Set<String>> edge : edges(sources).entrySet()) {
      String from = packageOf(edge.getKey());
      Set<String> targets = packages.computeIfAbsent(from, k -> new TreeSet<>());
      edge.getValue().stream().map(SourceCycles::packageOf).filter(to -> !to.equals(from)).forEach(targets::add);
    }
    return stronglyConnected(packages);
  }

  private static String packageOf(String unit) {
    int dot = unit.lastIndexOf('.');
    return dot < 0 ? "" : unit.substring(0, dot);
  }

  /** Each unit of {@code sources} to the units its code names. */
  private static Map<String, Set<String>> edges(Map<String, String> sources) {
    Map<String, String> packageOfUnit = new HashMap<>();
    Map<String, String> textOfFile = new TreeMap<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      String text = source.getValue();
      Matcher pkg = PACKAGE.matcher(text);
      String packageName = pkg.find() ? pkg.group(1) : "";
      String file = source.getKey().replace('\\', '/');
      String simple = file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
      String name = packageName.isEmpty() ? simple : packageName + "." + simple;
      textOfFile.put(name, text);
      packageOfUnit.put(name, packageName);
    }
    Map<String, Set<String>> edges = new TreeMap<>();
    for (Map.Entry<String, String> file : textOfFile.entrySet()) {
      String from = unit(file.getKey());
      String own = packageOfUnit.get(file.getKey());
      String text = file.getValue();
      Map<String, String> visible = new HashMap<>();
      for (String other : textOfFile.keySet()) {
        if (packageOfUnit.get(other).equals(own)) {
          visible.put(other.substring(other.lastIndexOf('.') + 1), other);
        }
      }
      Matcher imports = IMPORT.matcher(text);
      while (imports.find()) {
        String imported = imports.group(1) + "." + imports.group(2);
        if (textOfFile.containsKey(imported)) {
          visible.put(imports.group(2), imported);
        }
      }
      String code = NOISE.matcher(IMPORT.matcher(PACKAGE.matcher(text).replaceAll("")).replaceAll(""))
          .replaceAll(" ");
      Set<String> targets = edges.computeIfAbsent(from, k -> new TreeSet<>());
      for (Map.Entry<String, String> candidate : visible.entrySet()) {
        if (Pattern.compile("(?<![\\w.$])" + candidate.getKey() + "\\b").matcher(code).find()) {
          targets.add(unit(candidate.getValue()));
        }
      }
      for (String other : textOfFile.keySet()) {
        if (code.contains(other + ".") || code.matches("(?s).*\\b" + Pattern.quote(other) + "\\b.*")) {
          targets.add(unit(other));
        }
      }
      targets.remove(from);
    }
    return edges;
  }

  /** Tarjan's algorithm, iterative enough for a few hundred classes. */
  private static List<List<String>> stronglyConnected(Map<String, Set<String>> edges) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<List<String>> groups = new ArrayList<>();
    int[] counter = {0};
    for (String node : edges.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, edges, index, low, stack, onStack, groups, counter);
      }
    }
    groups.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    return groups;
  }

  private static void connect(String node, Map<String, Set<String>> edges, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> groups, int[] counter) {
    index.put(node, counter[0]);
    low.put(node, counter[0]);
    counter[0]++;
    stack.push(node);
    onStack.add(node);
    for (String next : edges.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        connect(next, edges, index, low, stack, onStack, groups, counter);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      List<String> group = new ArrayList<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        group.add(member);
      } while (!member.equals(node));
      if (group.size() > 1) {
        group.sort(null);
        groups.add(group);
      }
    }
  }
}
