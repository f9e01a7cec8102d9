package ai.thehog.maven;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.HogEnvironment;
import ai.thehog.sandbox.HogSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Maven builds running {@code hog:enrich} against a hog-sandbox on loopback. The plugin and
 * its dependencies were installed into {@code target/it-repo} by maven-invoker-plugin:install.
 */
class EnrichGoalIT {

  private static final String ACCESS_KEY = "ak_it_plugin";
  private static final String SECRET_KEY = "sk_it_plugin_Secret_7f3a9c";
  private static final String GOAL = "ai.thehog:hog-maven-plugin:" + System.getProperty("hog.version") + ":enrich";

  private static HogSandbox fast;
  private HogSandbox sandbox;

  @TempDir
  Path project;

  @BeforeAll
  static void startSandbox() {
    fast = sandbox(Duration.ofSeconds(10));
  }

  private static HogSandbox sandbox(Duration operationDuration) {
    return sandbox(operationDuration, true);
  }

  private static HogSandbox sandbox(Duration operationDuration, boolean estimateEndpoints) {
    HogSandbox started = HogSandbox.builder().port(0).accessKey(ACCESS_KEY).secretKey(SECRET_KEY)
        .timeScale(10).operationDuration(operationDuration).estimateEndpoints(estimateEndpoints).build();
    started.start();
    return started;
  }

  @AfterAll
  static void stopSandbox() {
    fast.close();
  }

  @BeforeEach
  void freshSandbox() throws IOException {
    fast.reset();
    sandbox = fast;
    Files.writeString(project.resolve("pom.xml"), pom(""));
    fixture("people.json", 30);
  }

  // ---- the contract ----

  @Test
  void firstRunEnrichesAndSecondRunMakesNoRequest() throws Exception {
    Build first = maven(GOAL);
    assertThat(first.exitCode).as(first.output).isZero();
    assertThat(first.output).contains("enriched 30").contains("generated-test-resources");
    assertThat(project.resolve("target/generated-test-resources/hog/people.json")).exists();
    assertThat(project.resolve("src/test/hog/hog-cache.jsonl")).exists();
    assertThat(chargedIdentifiers()).isEqualTo(30);
    long requests = totalRequests();

    Build second = maven(GOAL);

    assertThat(second.exitCode).as(second.output).isZero();
    assertThat(totalRequests()).isEqualTo(requests);
    assertThat(second.output).contains("from cache 30, enriched 0");
  }

  @Test
  void offlineRunServesTheCache() throws Exception {
    assertThat(maven(GOAL).exitCode).isZero();
    Files.delete(project.resolve("target/generated-test-resources/hog/people.json"));
    long requests = totalRequests();

    Build offline = maven("-o", GOAL);

    assertThat(offline.exitCode).as(offline.output).isZero();
    assertThat(project.resolve("target/generated-test-resources/hog/people.json")).exists();
    assertThat(totalRequests()).isEqualTo(requests);
  }

  @Test
  void withoutCredentialsTheCacheIsUsedAndAMissingRecordIsListed() throws Exception {
    assertThat(maven(GOAL).exitCode).isZero();
    long requests = totalRequests();

    Build cached = run(Map.of(), GOAL);
    assertThat(cached.exitCode).as(cached.output).isZero();
    assertThat(totalRequests()).isEqualTo(requests);

    fixture("people.json", 31);
    Build missing = run(Map.of(), GOAL);
    assertThat(missing.exitCode).isNotZero();
    assertThat(missing.output).contains("no credentials were found").contains("person30@acme.example");
    assertThat(totalRequests()).isEqualTo(requests);
  }

  @Test
  void sandboxTrueEnrichesAgainstTheEmbeddedSandboxWithoutCredentials() throws Exception {
    Files.writeString(project.resolve("pom.xml"), pom("""
        <build>
          <plugins>
            <plugin>
              <groupId>ai.thehog</groupId>
              <artifactId>hog-maven-plugin</artifactId>
              <version>%1$s</version>
              <dependencies>
                <dependency>
                  <groupId>ai.thehog</groupId>
                  <artifactId>hog-sandbox</artifactId>
                  <version>%1$s</version>
                </dependency>
              </dependencies>
            </plugin>
          </plugins>
        </build>
        """.formatted(System.getProperty("hog.version"))));

    Build build = run(Map.of(), "-Dhog.sandbox=true", GOAL);

    assertThat(build.exitCode).as(build.output).isZero();
    assertThat(build.output).contains("Started the embedded hog-sandbox at http://127.0.0.1:")
        .contains("enriched 30").doesNotContain(HogSandbox.DEMO_SECRET_KEY);
    assertThat(project.resolve("target/generated-test-resources/hog/people.json")).exists();
    assertThat(totalRequests()).as("the test's own sandbox was not used").isZero();
  }

  @Test
  void sandboxTrueWithoutTheSandboxOnThePluginClasspathSaysWhatToAdd() throws Exception {
    Build build = run(Map.of(), "-Dhog.sandbox=true", GOAL);

    assertThat(build.exitCode).isNotZero();
    assertThat(build.output).contains("hog.sandbox=true needs the sandbox: add ai.thehog:hog-sandbox as a"
        + " <dependency> of the hog-maven-plugin <plugin> in your pom.");
    assertThat(project.resolve("src/test/hog/hog-cache.jsonl")).doesNotExist();
    assertThat(totalRequests()).isZero();
  }

  @Test
  void skipDoesNothing() throws Exception {
    Build build = maven("-Dhog.skip=true", GOAL);

    assertThat(build.exitCode).as(build.output).isZero();
    assertThat(build.output).contains("skipped (hog.skip)");
    assertThat(project.resolve("target")).doesNotExist();
    assertThat(totalRequests()).isZero();
  }

  @Test
  void offlineRunWithARecordMissingFromTheCacheFailsListingIt() throws Exception {
    assertThat(maven(GOAL).exitCode).isZero();
    fixture("people.json", 31);

    Build offline = maven("-o", GOAL);

    assertThat(offline.exitCode).isNotZero();
    assertThat(offline.output).contains("1 record(s) are not in the cache")
        .contains("people.json:34:5 {\"email\":\"person30@acme.example\"}");
  }

  @Test
  void aMalformedFixtureFailsWithFileAndLine() throws Exception {
    Files.writeString(project.resolve("src/test/hog/broken.json"), "{\n  \"fields\": [\"contact.email\"],\n"
        + "  \"identifiers\": [\n    {\"email\": \"a@acme.example\"\n  ]\n}\n");

    Build build = maven(GOAL);

    assertThat(build.exitCode).isNotZero();
    assertThat(build.output).containsPattern("broken\\.json:5:\\d+: malformed JSON");
    assertThat(totalRequests()).isZero();
    assertThat(project.resolve("target/generated-test-resources/hog/people.json")).doesNotExist();
  }

  @Test
  void exceedingTheBudgetFailsBeforeAnyCharge() throws Exception {
    Build build = maven("-Dhog.maxCredits=5", GOAL);

    assertThat(build.exitCode).isNotZero();
    assertThat(build.output).contains("more than hog.maxCredits=5; nothing was spent");
    assertThat(sandbox.ledger().charges()).isEmpty();
  }

  // ---- a server without estimate endpoints (the current API has none) ----

  @Test
  void withoutEstimateEndpointsTheBuildEnrichesEverything() throws Exception {
    try (HogSandbox noEstimates = sandbox(Duration.ofSeconds(10), false)) {
      sandbox = noEstimates;

      Build build = maven(GOAL);

      assertThat(build.exitCode).as(build.output).isZero();
      assertThat(build.output).contains("enriched 30").contains("no cost estimate");
      assertThat(chargedIdentifiers()).isEqualTo(30);
      assertThat(sandbox.ledger().requestsPerRoute().keySet()).noneMatch(route -> route.contains("estimate"));
    }
  }

  @Test
  void withoutEstimateEndpointsABudgetBelowTheCostStopsBeforeItIsPassedAndTheNextRunContinues() throws Exception {
    fixture("people.json", 250); // 2 fields: 500 credits in batches of 100 (200 credits each)
    try (HogSandbox noEstimates = sandbox(Duration.ofSeconds(10), false)) {
      sandbox = noEstimates;

      Build stopped = maven("-Dhog.maxCredits=300", "-Dhog.creditsPerField=1", GOAL);

      assertThat(stopped.exitCode).as(stopped.output).isNotZero();
      long spent = sandbox.ledger().creditsCharged(ACCESS_KEY);
      assertThat(spent).isPositive().isLessThanOrEqualTo(300);
      Matcher said = Pattern.compile("spent (?:about )?(\\d+) credits").matcher(stopped.output);
      assertThat(said.find()).as(stopped.output).isTrue();
      assertThat(Long.parseLong(said.group(1))).isEqualTo(spent);
      assertThat(stopped.output).contains("Missing (" + (250 - spent / 2) + ")");

      Build continued = maven("-Dhog.maxCredits=1000", "-Dhog.creditsPerField=1", GOAL);

      assertThat(continued.exitCode).as(continued.output).isZero();
      assertThat(sandbox.ledger().chargesPerIdentifier()).hasSize(250).allSatisfy((id, n) -> assertThat(n).isOne());
      assertThat(sandbox.ledger().creditsCharged(ACCESS_KEY)).isEqualTo(500);
    }
  }

  @Test
  void aBuildKilledWhilePollingIsResumedAndEachRecordIsChargedOnce() throws Exception {
    fixture("people.json", 250);
    // Operations take 6 s here, so that the build is killed while it polls.
    sandbox = sandbox(Duration.ofSeconds(60));
    try {
      killAndResume();
    } finally {
      sandbox.close();
    }
  }

  private void killAndResume() throws Exception {
    Process killed = start(GOAL);
    Path state = project.resolve("src/test/hog/.hog-cache.jsonl.d/in-flight.jsonl");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    // Killed once an operation was accepted and recorded: the build is then polling.
    while (!(Files.exists(state) && Files.readString(state).contains("\"operation\"")) && killed.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    if (!killed.isAlive()) {
      throw new AssertionError("the build ended before it polled:\n"
          + new String(killed.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    assertThat(state).as("the state file is written before waiting").exists();
    killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(project.resolve("target/generated-test-resources/hog/people.json")).doesNotExist();

    Build resumed = maven(GOAL);

    assertThat(resumed.exitCode).as(resumed.output).isZero();
    assertThat(resumed.output).contains("Resuming operation");
    Map<String, Long> charges = sandbox.ledger().chargesPerIdentifier();
    assertThat(charges).hasSize(250);
    assertThat(charges.values()).allMatch(count -> count == 1L);
    assertThat(state).doesNotExist();
  }

  @Test
  void aPriceOfZeroOrANegativeBudgetFailsTheBuildNamingThePropertyBeforeAnything() throws Exception {
    // Failed before: hog.creditsPerField=0 was accepted (every batch reserved 0 credits under a budget).
    Build zeroPrice = maven("-Dhog.maxCredits=300", "-Dhog.creditsPerField=0", GOAL);
    Build negative = maven("-Dhog.maxCredits=-5", GOAL);

    assertThat(zeroPrice.exitCode).isNotZero();
    assertThat(zeroPrice.output).contains("hog.creditsPerField must be a positive number of credits, was 0");
    assertThat(negative.exitCode).isNotZero();
    assertThat(negative.output).contains("hog.maxCredits must not be negative, was -5");
    assertThat(totalRequests()).isZero();
  }

  @Test
  void anOutputDirectoryThatIsTheFixturesDirectoryIsRefusedBeforeAnything() throws Exception {
    Path fixture = project.resolve("src/test/hog/people.json");
    String before = Files.readString(fixture);

    Build build = maven("-Dhog.outputDirectory=src/test/hog", GOAL);

    assertThat(build.exitCode).isNotZero();
    assertThat(build.output).contains("is the fixtures directory").contains("nothing was read, sent or written");
    assertThat(Files.readString(fixture)).isEqualTo(before);
    assertThat(totalRequests()).isZero();
  }

  @Test
  void stateFilesOfAServerThatIsGoneAreSetAsideAndTheBuildGoesOn() throws Exception {
    Files.createDirectories(project.resolve("target/hog"));
    Files.writeString(project.resolve("target/hog/in-flight.json"), "{\"operations\":[{\"operationId\":\"op_gone\","
        + "\"idempotencyKey\":\"k\",\"fields\":[\"contact.email\",\"profile\"],"
        + "\"identifiers\":[{\"email\":\"person0@acme.example\"}]}]}");

    Build build = maven(GOAL);

    assertThat(build.exitCode).as(build.output).isZero();
    assertThat(build.output).contains("[WARNING]").contains("set aside as in-flight.json.set-aside-");
    assertThat(chargedIdentifiers()).isEqualTo(30);
  }

  @Test
  void encryptedSettingsCredentialsWork() throws Exception {
    Path security = project.resolve("settings-security.xml");
    String master = encrypt("--encrypt-master-password", "it-master-password", null);
    Files.writeString(security, "<settingsSecurity><master>" + master + "</master></settingsSecurity>");
    String password = encrypt("--encrypt-password", SECRET_KEY, security);
    assertThat(password).startsWith("{").doesNotContain(SECRET_KEY);
    Path settings = project.resolve("settings.xml");
    Files.writeString(settings, "<settings><servers><server><id>thehog</id><username>" + ACCESS_KEY
        + "</username><password>" + password + "</password></server></servers></settings>");

    Build build = run(Map.of(), "-s", settings.toString(), "-Dsettings.security=" + security, GOAL);

    assertThat(build.exitCode).as(build.output).isZero();
    assertThat(build.output).contains("settings.xml server 'thehog'");
    assertThat(chargedIdentifiers()).isEqualTo(30);
  }

  @Test
  void theSecretKeyIsAbsentFromADebugBuildLog() throws Exception {
    Build build = maven("-X", GOAL);

    assertThat(build.exitCode).as(build.output).isZero();
    assertThat(build.output).contains("[DEBUG]").contains("enriched 30");
    assertThat(build.output).doesNotContain(SECRET_KEY);
  }

  // ---- harness ----

  private void fixture(String name, int people) throws IOException {
    Files.createDirectories(project.resolve("src/test/hog"));
    String identifiers = IntStream.range(0, people)
        .mapToObj(i -> "    {\"email\": \"person" + i + "@acme.example\"}").collect(Collectors.joining(",\n"));
    Files.writeString(project.resolve("src/test/hog").resolve(name),
        "{\n  \"fields\": [\"contact.email\", \"profile\"],\n  \"identifiers\": [\n" + identifiers + "\n  ]\n}\n");
  }

  /** A project of packaging pom with {@code build} (a {@code <build>} element, or nothing). */
  private static String pom(String build) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>it.hog</groupId>
          <artifactId>fixtures</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
        %s</project>
        """.formatted(build.indent(2));
  }

  private long totalRequests() {
    return sandbox.ledger().requestsPerRoute().values().stream().mapToLong(Long::longValue).sum();
  }

  private int chargedIdentifiers() {
    return sandbox.ledger().chargesPerIdentifier().size();
  }

  private record Build(int exitCode, String output) {
  }

  private Build maven(String... args) throws IOException, InterruptedException {
    return run(Map.of(HogEnvironment.ACCESS_KEY, ACCESS_KEY, HogEnvironment.SECRET_KEY, SECRET_KEY), args);
  }

  private Build run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    Process process = start(env, args);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Build(process.exitValue(), output);
  }

  private Process start(String... args) throws IOException {
    return start(Map.of(HogEnvironment.ACCESS_KEY, ACCESS_KEY, HogEnvironment.SECRET_KEY, SECRET_KEY), args);
  }

  private Process start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(mvn(), "-B", "-nsu",
        "-Dmaven.repo.local=" + System.getProperty("hog.itRepo"),
        "-Dhog.baseUrl=" + sandbox.baseUrl(), "-Dhog.progressInterval=1"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.remove(HogEnvironment.ACCESS_KEY);
    environment.remove(HogEnvironment.SECRET_KEY);
    environment.remove(HogEnvironment.SERVER_URL);
    environment.remove("MAVEN_OPTS");
    environment.remove("MAVEN_ARGS");
    environment.putAll(env);
    return builder.start();
  }

  private String encrypt(String option, String value, Path security) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(option, value));
    if (security != null) {
      args.add("-Dsettings.security=" + security);
    }
    Build build = run(new HashMap<>(), args.toArray(String[]::new));
    Matcher matcher = Pattern.compile("\\{[^{}\\s]+}").matcher(build.output);
    assertThat(matcher.find()).as(build.output).isTrue();
    return matcher.group();
  }

  private static String mvn() {
    return Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
  }
}
