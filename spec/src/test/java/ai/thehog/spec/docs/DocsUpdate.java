package ai.thehog.spec.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The spec module's part of {@code ./mvnw verify -Pdocs-update}: the conformance check on all six
 * pages (printed; it fails the build on the pages the build gates), then the API diff from the
 * baseline spec of the last release to the current spec, written to CHANGELOG.md under
 * "Unreleased". Run by exec-maven-plugin with the repository root as its only argument.
 */
public final class DocsUpdate {

  private DocsUpdate() {
  }

  /**
   * Runs the conformance check and writes the changelog section.
   *
   * @param args the repository root
   * @throws Exception when a page gated by the build disagrees with the spec, or a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path spec = root.resolve("spec/openapi.yaml");
    boolean factsPage = Boolean.parseBoolean(System.getProperty(DocsConformanceTest.FACTS_PAGE_SWITCH, "false"));

    List<DocFinding> findings = DocsConformanceCheck.check(root.resolve("spec/docs"), spec, name -> true);
    long gated = findings.stream().filter(f -> factsPage || !f.page().startsWith("06-")).count();
    System.out.println("[docs-update] 1/3 conformance: " + findings.size() + " findings on the six pages ("
        + gated + " on the pages the build gates; facts page 06 gated: " + factsPage + ")");
    findings.forEach(f -> System.out.println("[docs-update]   " + f));
    if (gated > 0) {
      throw new IllegalStateException(gated + " doc findings on gated pages; see the list above");
    }

    Properties baseline = baseline(root);
    String version = baseline.getProperty("hog.baseline.version");
    List<ApiChange> changes = ApiChangelog.compare(
        Files.readString(root.resolve(baseline.getProperty("hog.baseline.spec")), StandardCharsets.UTF_8),
        Files.readString(spec, StandardCharsets.UTF_8));
    long breaking = changes.stream().filter(ApiChange::breaking).count();
    System.out.println("[docs-update] 2/3 API diff " + version + " -> current: " + changes.size() + " changes, "
        + breaking + " breaking");
    changes.forEach(c -> System.out.println("[docs-update]   " + c.line()));
    Path changelog = root.resolve("CHANGELOG.md");
    ApiChangelog.write(changelog, ApiChangelog.section(version, changes));
    System.out.println("[docs-update]   written: " + changelog + " (Unreleased)");
    System.out.println("[docs-update] 3/3 regeneration and japicmp against " + version
        + " follow in hog-model, hog-client-generated, hog-client-ergonomic");
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
