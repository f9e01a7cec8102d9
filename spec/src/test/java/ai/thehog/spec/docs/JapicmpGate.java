package ai.thehog.spec.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The japicmp gate of {@code ./mvnw verify -Pdocs-update}: reads a module's japicmp XML report (the
 * accepted breaks already left out of it) and fails the build when a binary-incompatible change is
 * left, naming each with the exact line to add to spec/baseline/accepted-breaking-changes.properties
 * if it is intended. One file with no dependency but the JDK: the gated modules run it with
 * {@code java JapicmpGate.java <report.xml> <module> <breakOnBreaking> <baseline version>}.
 */
public final class JapicmpGate {

  static final String ACCEPTED = "spec/baseline/accepted-breaking-changes.properties";
  private static final String PREFIX = "[japicmp-gate] ";

  /** One unaccepted break: its japicmp exclude entry and what changed. */
  record Break(String entry, String what) {
  }

  private JapicmpGate() {
  }

  /**
   * Checks one report.
   *
   * @param args the report, the module's name, whether a break fails the build ("true"), the baseline version
   */
  public static void main(String[] args) throws Exception {
    Path report = Path.of(args[0]);
    String module = args[1];
    boolean breakBuild = "true".equals(args[2]);
    String version = args.length > 3 ? args[3] : "the baseline";
    if (!Files.exists(report)) {
      System.out.println(PREFIX + module + ": no japicmp report (" + report + "), nothing to check");
      return;
    }
    List<Break> breaks = breaks(report);
    if (breaks.isEmpty()) {
      System.out.println(PREFIX + module + ": no unaccepted binary-incompatible change since " + version);
      return;
    }
    String message = message(module, version, breaks);
    if (!breakBuild) {
      System.out.println(message.replace(PREFIX + "FAILED: ", PREFIX + "(major version raised, reported only) "));
      return;
    }
    System.err.println(message);
    System.exit(1);
  }

  /** The report of the gate's failure: each break, then the lines to accept them. */
  static String message(String module, String version, List<Break> breaks) {
    StringBuilder sb = new StringBuilder(PREFIX + "FAILED: " + module + " has " + breaks.size()
        + " binary-incompatible change(s) since " + version + " that " + ACCEPTED + " does not accept:\n");
    breaks.forEach(b -> sb.append(PREFIX).append("  ").append(b.entry()).append("  (").append(b.what()).append(")\n"));
    sb.append(PREFIX).append("If a change is intended, insert its line below right after the line starting with")
        .append(" 'hog.japicmp.accepted=' in ").append(ACCEPTED)
        .append(", say why in the comment above it, and say what moved in CHANGELOG.md:\n");
    breaks.forEach(b -> sb.append("  ").append(b.entry()).append(";\\\n"));
    sb.append(PREFIX).append("Otherwise bring back what the change removed. Details: ").append(module)
        .append("/target/japicmp/binary-compatibility-with-baseline.html");
    return sb.toString();
  }

  /** The binary-incompatible changes of a japicmp XML report, as exclude entries. */
  static List<Break> breaks(Path xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(xml.toFile());
    List<Break> breaks = new ArrayList<>();
    for (Element cls : children(first(doc.getDocumentElement(), "classes"), "class")) {
      if (!"false".equals(cls.getAttribute("binaryCompatible"))) {
        continue;
      }
      String name = cls.getAttribute("fullyQualifiedName");
      Set<String> classChanges = incompatible(cls);
      if ("REMOVED".equals(cls.getAttribute("changeStatus")) || !classChanges.isEmpty()) {
        breaks.add(new Break(name, "REMOVED".equals(cls.getAttribute("changeStatus")) ? "CLASS_REMOVED"
            : String.join(", ", classChanges)));
        continue;
      }
      int before = breaks.size();
      for (String group : List.of("constructors", "methods", "fields")) {
        for (Element member : children(first(cls, group), group.substring(0, group.length() - 1))) {
          if ("false".equals(member.getAttribute("binaryCompatible"))) {
            String entry = name + "#" + member.getAttribute("name")
                + (group.equals("fields") ? "" : "(" + parameters(member) + ")");
            Set<String> what = incompatible(member);
            breaks.add(new Break(entry, what.isEmpty() ? member.getAttribute("changeStatus") : String.join(", ", what)));
          }
        }
      }
      if (breaks.size() == before) {
        breaks.add(new Break(name, "CLASS_INCOMPATIBLE"));
      }
    }
    return breaks;
  }

  private static String parameters(Element member) {
    List<String> types = new ArrayList<>();
    for (Element p : children(first(member, "parameters"), "parameter")) {
      types.add(p.getAttribute("type"));
    }
    return String.join(",", types);
  }

  /** The binary-incompatible change types listed directly under an element. */
  private static Set<String> incompatible(Element element) {
    Set<String> types = new LinkedHashSet<>();
    for (Element c : children(first(element, "compatibilityChanges"), "compatibilityChange")) {
      if ("false".equals(c.getAttribute("binaryCompatible"))) {
        types.add(c.getAttribute("type"));
      }
    }
    return types;
  }

  private static Element first(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }
}
