package ai.thehog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.model.json.HogJson;
import ai.thehog.sandbox.HogSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar hog-cli.jar} as a real process against hog-sandbox. */
class CliProcessIT {

  private static final String ACCESS = "ak_cli_process";
  private static final String SECRET = "sk_cli_process_77aa";

  @TempDir
  Path dir;

  private HogSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = HogSandbox.builder().port(0).accessKey(ACCESS).secretKey(SECRET).timeScale(10)
        .operationDuration(Duration.ofSeconds(20)).build();
    sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private record Result(int code, String out, String err) {
  }

  private Process launch(String... args) throws IOException {
    return launchAs("", args);
  }

  /** Starts {@code hog args} writing {@code <name>out.txt} and {@code <name>err.txt}. */
  private Process launchAs(String name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", System.getProperty("hog.cliJar")));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve(name + "out.txt").toFile()).redirectError(dir.resolve(name + "err.txt").toFile());
    builder.environment().put("THE_HOG_ACCESS_KEY", ACCESS);
    builder.environment().put("THE_HOG_SECRET_KEY", SECRET);
    builder.environment().put("THE_HOG_SERVER_URL", sandbox.baseUrl());
    builder.environment().put("XDG_CACHE_HOME", dir.resolve("xdg").toString());
    return builder.start();
  }

  private Result hog(String... args) throws Exception {
    Process process = launch(args);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
  }

  private Path csv(int people) throws IOException {
    String rows = IntStream.range(0, people).mapToObj(i -> "P" + i + ",p" + i + "@acme.example")
        .collect(Collectors.joining("\n"));
    return Files.writeString(dir.resolve("crm.csv"), "name,email\n" + rows + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void theLauncherRunsTheExecutableJarBesideTheSourcesAndJavadocJars() throws Exception {
    // target/ holds hog-cli-<version>.jar, -sources.jar and -javadoc.jar: the script must pick the first.
    Process process = new ProcessBuilder("sh", System.getProperty("hog.launcher"), "--version")
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).startsWith("hog ").doesNotContain("no main manifest");
  }

  @Test
  void csvInCsvOutThenTheReRunMakesNoRequestAndABadRowNamesFileAndLine() throws Exception {
    Path csv = csv(5);

    Result first = hog("enrich", "crm.csv", "-f", "contact.email", "--json");

    assertThat(first.code()).as(first.err()).isZero();
    List<String> lines = Files.readAllLines(dir.resolve("crm.enriched.csv"));
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).startsWith("name,email,hog.status,hog.error,hog.contact.email");
    assertThat(lines.get(3)).startsWith("P2,p2@acme.example,succeeded,,p2@acme.example");

    Result second = hog("enrich", "crm.csv", "-f", "contact.email", "--json");

    assertThat(second.code()).as(second.err()).isZero();
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = (Map<String, Object>) HogJson.moshi().adapter(Object.class).fromJson(second.out().strip());
    assertThat(summary).containsEntry("requests", 0L).containsEntry("fromCache", 5L);
    assertThat(first.out() + first.err() + second.out() + second.err()).doesNotContain(SECRET);

    Files.writeString(csv, "name,email\nA,a@acme.example\nB,\n");
    Result bad = hog("enrich", "crm.csv", "-f", "contact.email");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("crm.csv:3: no identifier in this row");
  }

  @Test
  void aRunKilledWithSigkillWhileWaitingIsResumedAndEveryPersonChargedOnce() throws Exception {
    csv(250);
    Process victim = launch("enrich", "crm.csv", "-f", "contact.email");
    Path state = dir.resolve("xdg");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (sandbox.ledger().charges().isEmpty() && System.nanoTime() < deadline && victim.isAlive()) {
      Thread.sleep(50);
    }
    assertThat(victim.isAlive()).as("the run must still be waiting on its operations").isTrue();
    victim.destroyForcibly().waitFor(1, TimeUnit.MINUTES); // SIGKILL
    assertThat(Files.exists(state)).isTrue();

    Result rerun = hog("enrich", "crm.csv", "-f", "contact.email");

    assertThat(rerun.code()).as(rerun.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("crm.enriched.csv"))).hasSize(251);
    Map<String, Long> charges = sandbox.ledger().chargesPerIdentifier();
    assertThat(charges).hasSize(250);
    assertThat(charges.values()).allMatch(count -> count == 1L);
  }

  private static Path people(Path file, int from, int to) throws IOException {
    String rows = IntStream.range(from, to).mapToObj(i -> "P" + i + ",p" + i + "@acme.example")
        .collect(Collectors.joining("\n"));
    return Files.writeString(file, "name,email\n" + rows + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void twoRunsAtOnceOnTwoFilesOfOneFolderPayOnceForEachPersonAndLoseNothing() throws Exception {
    // Failed before: each run locked only its own work directory, so both paid for the 200 people
    // they share (1,000 charges for 600 people) and the second cache write dropped the first's records.
    people(dir.resolve("a.csv"), 0, 400);
    people(dir.resolve("b.csv"), 200, 600);

    Process a = launchAs("a-", "enrich", "a.csv", "-f", "contact.email");
    Process b = launchAs("b-", "enrich", "b.csv", "-f", "contact.email");

    assertThat(a.waitFor(5, TimeUnit.MINUTES) && b.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String errors = Files.readString(dir.resolve("a-err.txt")) + Files.readString(dir.resolve("b-err.txt"));
    assertThat(a.exitValue()).as(errors).isZero();
    assertThat(b.exitValue()).as(errors).isZero();
    Map<String, Long> charges = sandbox.ledger().chargesPerIdentifier();
    assertThat(charges).hasSize(600);
    assertThat(charges.values()).as("charges per person").allMatch(count -> count == 1L);
    assertThat(Files.readAllLines(dir.resolve("hog-cache.jsonl"))).hasSize(600);
    assertThat(Files.readAllLines(dir.resolve("a.enriched.csv"))).hasSize(401);
    assertThat(Files.readAllLines(dir.resolve("b.enriched.csv"))).hasSize(401);
    assertThat(errors).as("the run that waits says so").contains("Waiting for another run on the cache");

    Result again = hog("enrich", "b.csv", "-f", "contact.email", "--json");
    assertThat(again.out()).contains("\"requests\":0");
  }

  @Test
  void aHundredThousandCachedRowsAreServedUnder128MegabytesOfHeapWithNoRequestInUnderTwentySeconds() throws Exception {
    // Failed before: the cache and the input were read whole into memory (OutOfMemoryError under -Xmx128m).
    int rows = 100_000;
    List<String> fields = List.of("contact.email");
    StringBuilder csv = new StringBuilder("name,email\n");
    StringBuilder cache = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      String email = "p" + i + "@big.example";
      csv.append("P").append(i).append(',').append(email).append('\n');
      Map<String, Object> identifier = Map.of("email", email);
      cache.append("{\"key\":\"").append(ai.thehog.fixtures.RecordKey.of(identifier, fields, null).value())
          .append("\",\"identifier\":{\"email\":\"").append(email).append("\"},\"fields\":[\"contact.email\"],")
          .append("\"status\":\"succeeded\",\"data\":{\"email\":\"").append(email).append("\"}}\n");
    }
    Files.writeString(dir.resolve("big.csv"), csv);
    Files.writeString(dir.resolve("hog-cache.jsonl"), cache);
    csv.setLength(0);
    cache.setLength(0);

    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
        "-jar", System.getProperty("hog.cliJar"), "enrich", "big.csv", "-f", "contact.email", "--json");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    builder.environment().put("THE_HOG_ACCESS_KEY", ACCESS);
    builder.environment().put("THE_HOG_SECRET_KEY", SECRET);
    builder.environment().put("THE_HOG_SERVER_URL", sandbox.baseUrl());
    builder.environment().put("XDG_CACHE_HOME", dir.resolve("xdg").toString());
    long started = System.nanoTime();
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    double seconds = (System.nanoTime() - started) / 1e9;

    String err = Files.readString(dir.resolve("err.txt"));
    assertThat(process.exitValue()).as(err).isZero();
    assertThat(Files.readString(dir.resolve("out.txt"))).contains("\"fromCache\":" + rows).contains("\"requests\":0");
    assertThat(sandbox.ledger().requestsPerRoute()).isEmpty();
    try (var lines = Files.lines(dir.resolve("big.enriched.csv"))) {
      assertThat(lines.count()).isEqualTo(rows + 1L);
    }
    System.out.printf(java.util.Locale.ROOT, "CLI 100,000 cached rows under -Xmx128m: %.1f s%n", seconds);
    // The goal is under 20 s on a quiet machine (docs/benchmarks.md); the bound here leaves room for a
    // loaded CI machine while still catching a re-run that reads the cache whole or pays per record.
    assertThat(seconds).as("the whole process, JVM start included").isLessThan(120);
  }
}
