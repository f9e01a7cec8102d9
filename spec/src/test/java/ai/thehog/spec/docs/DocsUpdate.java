package ai.thehog.spec.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The spec module's part of {@code ./mvnw verify -Pdocs-update}: every name added, removed or changed
 * on the pages since the spec last agreed with them (spec/baseline/doc-names.tsv), the conformance
 * check of the pages against the spec (printed; it fails the build on the pages the build gates),
 * then each API change from the baseline spec of the last release to the current spec, breaking or
 * not, written to CHANGELOG.md under "Unreleased" with the page changes this run and earlier ones
 * recorded. Run by exec-maven-plugin with the repository root as its only argument.
 */
public final class DocsUpdate {

  /** The names of the pages the spec last agreed with, from the repository root. */
  static final String NAMES_FILE = "spec/baseline/doc-names.tsv";
  private static final String PREFIX = "[docs-update] ";

  private DocsUpdate() {
  }

  /**
   * Runs the command on the repository whose root is the only argument.
   *
   * @param args the repository root
   * @throws Exception when a page gated by the build disagrees with the spec, or a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    boolean factsPage = Boolean.parseBoolean(System.getProperty(DocsConformanceTest.FACTS_PAGE_SWITCH, "false"));
    run(root, factsPage, System.out);
  }

  /**
   * Names what changed on the pages since the names file, checks the pages against the spec (and,
   * when they agree, records their names), then writes the API diff since the baseline release and
   * the page changes recorded (those listed before, then this run's) to the changelog.
   *
   * @throws IllegalStateException when a gated page disagrees with the spec (nothing is written then)
   */
  static void run(Path root, boolean factsPage, PrintStream out) throws IOException {
    Path spec = root.resolve("spec/openapi.yaml");
    Path docs = root.resolve("spec/docs");
    Path namesFile = root.resolve(NAMES_FILE);
    String specText = Files.readString(spec, StandardCharsets.UTF_8);
    DocsConformanceCheck check = DocsConformanceCheck.of(specText);

    List<DocName> names = PageNames.of(docs, check, p -> true);
    List<PageNameDiff.Change> pageChanges = PageNameDiff.diff(PageNames.read(namesFile), names);
    out.println(PREFIX + "1/4 page names since " + NAMES_FILE + ": " + summary(pageChanges));
    pageChanges.forEach(c -> out.println(PREFIX + "  " + c));

    List<DocFinding> findings = DocsConformanceCheck.check(docs, spec, name -> true);
    List<DocFinding> gated = findings.stream().filter(f -> factsPage || !f.page().startsWith("06-")).toList();
    out.println(PREFIX + "2/4 conformance: " + findings.size() + " findings on the pages ("
        + gated.size() + " on the pages the build gates; facts page 06 gated: " + factsPage + ")");
    findings.forEach(f -> out.println(PREFIX + "  " + f));
    if (!gated.isEmpty()) {
      throw new IllegalStateException(gated.size() + " doc findings on gated pages (first: " + gated.get(0)
          + "); bring spec/openapi.yaml up to date with the pages and run again. " + NAMES_FILE
          + " is left as it was, so the next run lists the same page changes");
    }
    if (!pageChanges.isEmpty()) {
      PageNames.write(namesFile, names);
      out.println(PREFIX + "  the pages agree with the spec; names recorded in " + NAMES_FILE);
    }

    Properties baseline = baseline(root);
    String version = baseline.getProperty("hog.baseline.version");
    List<ApiChange> changes = ApiChangelog.compare(
        Files.readString(root.resolve(baseline.getProperty("hog.baseline.spec")), StandardCharsets.UTF_8), specText);
    long breaking = changes.stream().filter(ApiChange::breaking).count();
    out.println(PREFIX + "3/4 API diff " + version + " -> current: " + changes.size() + " changes, "
        + breaking + " breaking");
    changes.forEach(c -> out.println(PREFIX + "  " + c.line()));
    Path changelog = root.resolve("CHANGELOG.md");
    List<String> pageLines = new ArrayList<>(ApiChangelog.pageChanges(changelog));
    pageChanges.stream().map(PageNameDiff.Change::toString).filter(l -> !pageLines.contains(l)).forEach(pageLines::add);
    ApiChangelog.write(changelog, ApiChangelog.section(version, changes, pageLines));
    out.println(PREFIX + "  written: " + changelog + " (Unreleased; " + pageLines.size() + " doc page changes listed)");
    out.println(PREFIX + "4/4 regeneration and japicmp against " + version
        + " follow in hog-model, hog-client-generated, hog-client-ergonomic");
  }

  private static String summary(List<PageNameDiff.Change> changes) {
    if (changes.isEmpty()) {
      return "no change";
    }
    Map<String, Long> counts = new TreeMap<>();
    changes.forEach(c -> counts.merge(c.change(), 1L, Long::sum));
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return sb.toString();
  }

  /** spec/baseline/baseline.properties: the last release's version, its spec and its commit. */
  static Properties baseline(Path root) throws IOException {
    Properties p = new Properties();
    Path file = root.resolve("spec/baseline/baseline.properties");
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    }
    for (String key : List.of("hog.baseline.version", "hog.baseline.spec", "hog.baseline.commit")) {
      if (p.getProperty(key, "").isBlank()) {
        throw new IOException(file + ": missing " + key);
      }
    }
    return p;
  }
}
