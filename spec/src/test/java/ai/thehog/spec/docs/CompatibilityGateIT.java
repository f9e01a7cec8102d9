package ai.thehog.spec.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The japicmp gate of {@code -Pdocs-update}, run for real: a copy of the repository with an edited
 * spec is built ({@code verify -Pdocs-update} of spec, hog-model and hog-client-generated) against
 * the baseline jars in the local repository. An added optional field, enum value and endpoint pass; a
 * removed field fails the build, naming the lines that accept it; with those lines added it passes. Run
 * by failsafe in the docs-update profile, after the baseline jars are installed; each build is bounded
 * by a timeout.
 */
class CompatibilityGateIT {

  private static final long BUILD_MINUTES = 8;
  @TempDir
  Path dir;

  @Test
  void anAddedOptionalFieldEnumValueAndEndpointPassTheGate() throws Exception {
    Path copy = copyRepository();
    String spec = SpecEdits.addEnumValue(DocsFixtures.specWithEtaAndExport(DocsFixtures.SPEC), "paused",
        "components", "schemas", "OperationStatus");
    Files.writeString(copy.resolve("spec/openapi.yaml"), spec, StandardCharsets.UTF_8);

    Build build = build(copy, true);

    assertThat(build.exitCode()).as(build.tail()).isZero();
    assertThat(build.log()).contains("japicmp").contains("(binary-compatibility-with-baseline) @ hog-model")
        .contains("(binary-compatibility-with-baseline) @ hog-client-generated");
    String changelog = Files.readString(copy.resolve("CHANGELOG.md"));
    assertThat(changelog)
        .contains("- added, not breaking: endpoint `POST /api/v1/lists/export`")
        .contains("- added, not breaking: field `etaSeconds` to the 200 response of `GET /api/operations/{id}`")
        .contains("- added, not breaking: enum value `paused` of `status` in the 200 response of `GET /api/operations/{id}`");
    assertThat(Files.readString(copy.resolve("hog-model/target/japicmp/binary-compatibility-with-baseline.diff")))
        .contains("ai.thehog.model.Operation").contains("etaSeconds")
        .contains("ai.thehog.model.OperationStatus").contains("PAUSED");
  }

  @Test
  void aRemovedFieldFailsTheGateUnlessAccepted() throws Exception {
    Path copy = copyRepository();
    String spec = SpecEdits.remove(Files.readString(copy.resolve("spec/openapi.yaml")),
        "components", "schemas", "Operation", "properties", "progress");
    Files.writeString(copy.resolve("spec/openapi.yaml"), spec, StandardCharsets.UTF_8);

    Build refused = build(copy, false);

    assertThat(refused.exitCode()).as(refused.tail()).isNotZero();
    assertThat(refused.log()).contains("hog-model").containsIgnoringCase("incompatib")
        .contains("ai.thehog.model.Operation");

    List<String> toAdd = refused.log().lines().filter(l -> l.matches("^  \\S+;\\\\$")).toList();
    assertThat(toAdd).as("the lines the gate says to add").contains("  ai.thehog.model.Operation#progress();\\");
    Path acceptedFile = copy.resolve("spec/baseline/accepted-breaking-changes.properties");
    String list = Files.readString(acceptedFile, StandardCharsets.UTF_8);
    int after = list.indexOf('\n', list.indexOf("hog.japicmp.accepted=")) + 1;
    Files.writeString(acceptedFile, list.substring(0, after) + String.join("\n", toAdd) + "\n" + list.substring(after),
        StandardCharsets.UTF_8);
    Build accepted = build(copy, false);

    assertThat(accepted.exitCode()).as(accepted.tail()).isZero();
  }

  private record Build(int exitCode, String log) {
    String tail() {
      return log.substring(Math.max(0, log.length() - 6000));
    }
  }

  /**
   * {@code mvnw verify -Pdocs-update -DskipTests} of spec, hog-model and hog-client-generated in the
   * copy. Without the changelog step (exec skipped, tests not compiled) when a field is removed: the
   * doc pages and the model's tests still use it, which would stop the build before the gate.
   */
  private Build build(Path copy, boolean changelog) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "build", ".log");
    String repo = System.getProperty("hog.it.localRepository");
    List<String> command = new java.util.ArrayList<>(List.of(copy.resolve("mvnw").toString(), "-B", "-ntp",
        "verify", "-Pdocs-update", "-pl", "spec,hog-model,hog-client-generated",
        changelog ? "-DskipTests" : "-Dmaven.test.skip=true"));
    if (!changelog) {
      command.add("-Dexec.skip=true");
    }
    if (repo != null && !repo.isBlank()) {
      command.add("-Dmaven.repo.local=" + repo);
    }
    Process p = new ProcessBuilder(command)
        .directory(copy.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!p.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("build did not finish in " + BUILD_MINUTES + " minutes: " + log);
    }
    return new Build(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The working tree (without target folders and .git) copied into the temporary folder. */
  private Path copyRepository() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Path copy = dir.resolve("repo");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path relative = root.relativize(source);
        String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
        if (first.equals(".git") || first.equals("examples") || relative.toString().contains("target")
            && containsSegment(relative, "target")) {
          continue;
        }
        Path target = copy.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return copy;
  }

  private static boolean containsSegment(Path relative, String name) {
    for (Path segment : relative) {
      if (segment.toString().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
