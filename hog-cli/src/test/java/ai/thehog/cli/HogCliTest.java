package ai.thehog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.fixtures.FixtureEnrichment;
import ai.thehog.fixtures.FixtureLog;
import ai.thehog.model.json.HogJson;
import ai.thehog.sandbox.HogSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hog} through its main entry point, in-process, against a real hog-sandbox on loopback. */
class HogCliTest {

  private static final String ACCESS = "ak_cli_test";
  private static final String SECRET = "sk_cli_test_5e1f9";
  private static HogSandbox sandbox;

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() {
    sandbox = HogSandbox.builder().port(0).accessKey(ACCESS).secretKey(SECRET).timeScale(20)
        .operationDuration(Duration.ofSeconds(2)).build();
    sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void clean() {
    sandbox.reset();
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("THE_HOG_ACCESS_KEY", ACCESS);
    env.put("THE_HOG_SECRET_KEY", SECRET);
    env.put("THE_HOG_SERVER_URL", sandbox.baseUrl());
    env.put("XDG_CACHE_HOME", dir.resolve("xdg").toString());
    return env;
  }

  private int hog(Map<String, String> env, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return HogCli.run(args, new PrintWriter(out), new PrintWriter(err), env, false);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> jsonSummary() throws Exception {
    return (Map<String, Object>) HogJson.moshi().adapter(Object.class).fromJson(out.toString().strip());
  }

  @Test
  void csvInCsvOutThenAReRunIsServedFromTheCacheWithNoRequest() throws Exception {
    Path csv = Files.writeString(dir.resolve("crm.csv"),
        "Name,E-mail,Note\nAda,ada@acme.example,\"likes, commas\"\nBob,bob@fail.example,x\n");

    int first = hog(env(), "enrich", csv.toString(), "--fields", "contact.email", "--column", "email=E-mail", "--json");

    assertThat(first).as(err.toString()).isEqualTo(HogCli.FAILED_RECORDS);
    assertThat(jsonSummary()).containsEntry("records", 2L).containsEntry("succeeded", 1L)
        .containsEntry("failed", 1L).containsEntry("enriched", 2L);
    List<String> lines = Files.readAllLines(dir.resolve("crm.enriched.csv"));
    assertThat(lines.get(0)).isEqualTo("Name,E-mail,Note,hog.status,hog.error,hog.contact.email,hog.contact.emailVerified");
    assertThat(lines.get(1)).startsWith("Ada,ada@acme.example,\"likes, commas\",succeeded,,ada@acme.example,");
    assertThat(lines.get(2)).startsWith("Bob,bob@fail.example,x,failed,No results");
    assertThat(dir.resolve("hog-cache.jsonl")).exists();
    long requests = sandbox.ledger().requestsPerRoute().values().stream().mapToLong(Long::longValue).sum();

    int second = hog(env(), "enrich", csv.toString(), "--fields", "contact.email", "--column", "email=E-mail", "--json");

    assertThat(second).isEqualTo(HogCli.FAILED_RECORDS);
    assertThat(jsonSummary()).containsEntry("requests", 0L).containsEntry("fromCache", 2L);
    assertThat(sandbox.ledger().requestsPerRoute().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(requests);
    assertThat(Files.readAllLines(dir.resolve("crm.enriched.csv"))).isEqualTo(lines);
    assertThat(out.toString() + err).doesNotContain(SECRET);
  }

  @Test
  void sandboxFlagEnrichesAgainstAnEmbeddedSandboxWithoutKeysOrServer() throws Exception {
    Path csv = Files.writeString(dir.resolve("crm.csv"), "email\nada@acme.example\nbob@fail.example\n");
    Map<String, String> noKeys = Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString());

    int code = hog(noKeys, "enrich", csv.toString(), "--fields", "contact.email", "--sandbox", "--json");

    assertThat(code).as(err.toString()).isEqualTo(HogCli.FAILED_RECORDS);
    assertThat(jsonSummary()).containsEntry("records", 2L).containsEntry("enriched", 2L)
        .containsEntry("succeeded", 1L).containsEntry("failed", 1L);
    assertThat(err.toString()).contains("Started the embedded hog-sandbox at http://127.0.0.1:")
        .doesNotContain(HogSandbox.DEMO_SECRET_KEY);
    assertThat(Files.readAllLines(dir.resolve("crm.enriched.csv")).get(1)).startsWith("ada@acme.example,succeeded,");
    assertThat(sandbox.ledger().requestsPerRoute()).as("the shared sandbox was not used").isEmpty();
  }

  @Test
  void retryFailedSendsTheFailedRecordsAgainAndOnlyThem() throws Exception {
    Path csv = Files.writeString(dir.resolve("crm.csv"), "email\nada@acme.example\nbob@fail.example\n");
    hog(env(), "enrich", csv.toString(), "-f", "contact.email");
    Map<String, Long> before = sandbox.ledger().chargesPerIdentifier();

    int code = hog(env(), "enrich", csv.toString(), "-f", "contact.email", "--retry-failed", "--json");

    assertThat(code).isEqualTo(HogCli.FAILED_RECORDS);
    assertThat(jsonSummary()).containsEntry("enriched", 1L).containsEntry("fromCache", 1L);
    Map<String, Long> after = sandbox.ledger().chargesPerIdentifier();
    after.forEach((identifier, charges) -> {
      if (identifier.contains("ada@")) {
        assertThat(charges).as(identifier).isEqualTo(before.get(identifier));
      }
    });
  }

  @Test
  void aBadCsvRowIsReportedWithFileAndLineAndNothingIsSent() throws Exception {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "name,email\nAda,ada@acme.example\nNobody,\nEve,eve@x.example,extra\n");

    int code = hog(env(), "enrich", csv.toString(), "-f", "contact.email");

    assertThat(code).isEqualTo(HogCli.BAD_INPUT);
    assertThat(err.toString()).contains(csv + ":3: no identifier in this row")
        .contains(csv + ":4: 3 value(s), the header has 2 column(s)");
    assertThat(sandbox.ledger().requestsPerRoute()).isEmpty();
    assertThat(dir.resolve("bad.enriched.csv")).doesNotExist();
  }

  @Test
  void aRunOverTheBudgetIsRefusedWithExitThreeSpendingNothing() throws Exception {
    Path csv = Files.writeString(dir.resolve("crm.csv"), "email\na@acme.example\nb@acme.example\n");

    int code = hog(env(), "enrich", csv.toString(), "-f", "contact.email", "--max-credits", "1");

    assertThat(code).as(err.toString()).isEqualTo(HogCli.REFUSED);
    assertThat(err.toString()).contains("more than --max-credits=1");
    assertThat(sandbox.ledger().charges()).isEmpty();
  }

  @Test
  void noCredentialsMeansCacheOnlyAndAnUnreachableServerIsExitFour() throws Exception {
    Path csv = Files.writeString(dir.resolve("crm.csv"), "email\na@acme.example\n");
    Map<String, String> none = new HashMap<>(Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString()));

    assertThat(hog(none, "enrich", csv.toString(), "-f", "contact.email")).isEqualTo(HogCli.BAD_INPUT);
    assertThat(err.toString()).contains("not in the cache").contains("THE_HOG_ACCESS_KEY");

    Map<String, String> unreachable = env();
    unreachable.put("THE_HOG_SERVER_URL", "http://127.0.0.1:1");
    assertThat(hog(unreachable, "enrich", csv.toString(), "-f", "contact.email")).isEqualTo(HogCli.API_FAILURE);
  }

  @Test
  void againstAServerWithoutEstimatesTheRunGoesOnAndABudgetNeedsAPrice() throws Exception {
    try (HogSandbox noEstimates = HogSandbox.builder().port(0).accessKey(ACCESS).secretKey(SECRET).timeScale(20)
        .operationDuration(Duration.ofSeconds(2)).estimateEndpoints(false).build().start()) {
      Map<String, String> env = env();
      env.put("THE_HOG_SERVER_URL", noEstimates.baseUrl());
      Path csv = Files.writeString(dir.resolve("crm.csv"), "email\na@acme.example\nb@acme.example\n");

      assertThat(hog(env, "enrich", csv.toString(), "-f", "contact.email", "--max-credits", "10"))
          .isEqualTo(HogCli.REFUSED);
      assertThat(err.toString()).contains("--credits-per-field").doesNotContain(SECRET);
      assertThat(noEstimates.ledger().charges()).isEmpty();

      int code = hog(env, "enrich", csv.toString(), "-f", "contact.email", "--max-credits", "10",
          "--credits-per-field", "1", "--json");

      assertThat(code).as(err.toString()).isEqualTo(HogCli.DONE);
      assertThat(err.toString()).containsOnlyOnce("offers no cost estimate");
      // No estimate endpoint: the estimate is what the batch's 202 stated; the actual, what its answer said.
      assertThat(jsonSummary()).containsEntry("enriched", 2L).containsEntry("creditsEstimated", 2L)
          .containsEntry("creditsActual", 2L);
      assertThat(noEstimates.ledger().chargesPerIdentifier()).hasSize(2);
    }
  }

  @Test
  void theSecretKeyMayComeFromAFileAndIsNeverPrinted() throws Exception {
    Path csv = Files.writeString(dir.resolve("crm.csv"), "email\na@acme.example\n");
    Path secret = Files.writeString(dir.resolve("secret"), SECRET + "\n");
    Map<String, String> env = env();
    env.remove("THE_HOG_SECRET_KEY");

    int code = hog(env, "enrich", csv.toString(), "-f", "contact.email", "--secret-key-file", secret.toString());

    assertThat(code).as(err.toString()).isEqualTo(HogCli.DONE);
    assertThat(out.toString() + err).doesNotContain(SECRET);
  }

  @Test
  void jsonLinesOutputHoldsEachWholeRecordWithItsInputLine() throws Exception {
    Path jsonl = Files.writeString(dir.resolve("people.jsonl"),
        "{\"id\": 7, \"mail\": \"ada@acme.example\"}\n\n{\"id\": 8, \"mail\": \"cy@partial.example\"}\n");

    int code = hog(env(), "enrich", jsonl.toString(), "-f", "contact.email,company.name", "--column", "email=mail");

    assertThat(code).as(err.toString()).isEqualTo(HogCli.DONE);
    List<String> lines = Files.readAllLines(dir.resolve("people.enriched.jsonl"));
    assertThat(lines).hasSize(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> second = (Map<String, Object>) HogJson.moshi().adapter(Object.class).fromJson(lines.get(1));
    assertThat(second.get("input")).isEqualTo(Map.of("id", 8L, "mail", "cy@partial.example"));
    assertThat(second).containsEntry("identifier", Map.of("email", "cy@partial.example"))
        .containsEntry("status", "partial_success").containsKey("data").containsKey("error");
  }

  @Test
  void theCliAndThePluginEngineShareOneCache() throws Exception {
    Path fixtures = Files.createDirectories(dir.resolve("src/test/hog"));
    Path team = Files.writeString(fixtures.resolve("team.json"),
        "{\"fields\": [\"contact.email\"], \"identifiers\": [{\"email\": \"ada@acme.example\"}]}\n");
    // The CLI enriches the plugin's fixture, into the plugin's cache (src/test/hog/hog-cache.jsonl).
    assertThat(hog(env(), "enrich", team.toString(), "-o", dir.resolve("team.out.json").toString()))
        .as(err.toString()).isEqualTo(HogCli.DONE);

    // The plugin's engine, offline, finds everything in that cache.
    FixtureEnrichment.builder().fixturesDirectory(fixtures).outputDirectory(dir.resolve("target/out"))
        .workDirectory(dir.resolve("target/hog")).offline("test: offline").log(new QuietLog()).build().run();
    assertThat(Files.readString(dir.resolve("target/out/team.json"), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(dir.resolve("team.out.json"), StandardCharsets.UTF_8));

    // And the reverse: a CSV of the same person with the same fields is a cache hit for the CLI.
    Path csv = Files.writeString(fixtures.resolve("crm.csv"), "email\nada@acme.example\n");
    assertThat(hog(env(), "enrich", csv.toString(), "-f", "contact.email", "--offline", "--json"))
        .as(err.toString()).isEqualTo(HogCli.DONE);
    assertThat(jsonSummary()).containsEntry("fromCache", 1L);
  }

  private static final class QuietLog implements FixtureLog {
    @Override public void info(String message) { }
    @Override public void warn(String message) { }
    @Override public void error(String message) { }
    @Override public void debug(String message) { }
  }

  // --- issue 20: the output guard, one budget rule, unknown estimates, input as users have it ---

  @Test
  void anOutputThatIsTheInputTheCacheOrTheEnginesStateIsRefusedBeforeAnythingIsSpent() throws Exception {
    // Failed before: -o naming the input overwrote it, and -o naming the cache wrote CSV over it (exit 0).
    Path csv = Files.writeString(dir.resolve("crm.csv"), "email\na@acme.example\n");
    Path jsonl = Files.writeString(dir.resolve("crm.jsonl"), "{\"email\":\"b@acme.example\"}\n");
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("link.csv"), csv);
    hog(env(), "enrich", csv.toString(), "-f", "contact.email");
    String cache = Files.readString(dir.resolve("hog-cache.jsonl"));
    long charges = sandbox.ledger().charges().size();
    Files.writeString(dir.resolve("more.csv"), "email\nnew@acme.example\n");
    String more = Files.readString(dir.resolve("more.csv"));
    List<String[]> cases = List.of(
        new String[] {csv.toString(), csv.toString(), "is the input"},
        new String[] {csv.toString(), dir.resolve("sub/../crm.csv").toString(), "is the input"},
        new String[] {csv.toString(), dir.resolve("link.csv").toString(), "is the input"},
        new String[] {jsonl.toString(), jsonl.toString(), "is the input"},
        new String[] {dir.resolve("more.csv").toString(), dir.resolve("hog-cache.jsonl").toString(), "is the cache"},
        new String[] {dir.resolve("more.csv").toString(), dir.resolve("sub/../hog-cache.jsonl").toString(), "is the cache"},
        new String[] {dir.resolve("more.csv").toString(), dir.resolve(".hog-cache.jsonl.d/x.csv").toString(),
            "where runs on the cache keep"});
    for (String[] c : cases) {
      int code = hog(env(), "enrich", c[0], "-f", "contact.email", "-o", c[1]);
      assertThat(code).as(c[1] + ": " + err).isEqualTo(HogCli.BAD_INPUT);
      assertThat(err.toString()).as(c[1]).contains(c[2]).contains("nothing was sent or written").contains("--output");
    }
    assertThat(sandbox.ledger().charges()).hasSize((int) charges);
    assertThat(Files.readString(csv)).isEqualTo("email\na@acme.example\n");
    assertThat(Files.readString(jsonl)).isEqualTo("{\"email\":\"b@acme.example\"}\n");
    assertThat(Files.readString(dir.resolve("hog-cache.jsonl"))).isEqualTo(cache);
    assertThat(Files.readString(dir.resolve("more.csv"))).isEqualTo(more);
  }

  @Test
  void aFixtureGivenAsItsOwnOutputIsRefused() throws Exception {
    Path fixture = Files.writeString(dir.resolve("team.json"),
        "{\"fields\": [\"contact.email\"], \"identifiers\": [{\"email\": \"a@acme.example\"}]}\n");
    String before = Files.readString(fixture);

    assertThat(hog(env(), "enrich", fixture.toString(), "-o", fixture.toString())).isEqualTo(HogCli.BAD_INPUT);

    assertThat(err.toString()).contains("is the input");
    assertThat(Files.readString(fixture)).isEqualTo(before);
    assertThat(sandbox.ledger().charges()).isEmpty();
  }

  @Test
  void aPriceOfZeroOrLessAndANegativeBudgetAreBadUsageNamedAsTheCliNamesThem() throws Exception {
    // Failed before: --max-credits -5 exited 4 naming hog.maxCredits; --credits-per-field 0 let four batches through.
    Path csv = Files.writeString(dir.resolve("crm.csv"), "email\na@acme.example\n");

    assertThat(hog(env(), "enrich", csv.toString(), "-f", "contact.email", "--max-credits", "-5"))
        .isEqualTo(HogCli.BAD_INPUT);
    assertThat(err.toString()).contains("--max-credits").doesNotContain("hog.maxCredits");
    for (String price : List.of("0", "-1")) {
      assertThat(hog(env(), "enrich", csv.toString(), "-f", "contact.email", "--max-credits", "300",
          "--credits-per-field", price)).isEqualTo(HogCli.BAD_INPUT);
      assertThat(err.toString()).contains("--credits-per-field").doesNotContain("hog.");
    }
    assertThat(sandbox.ledger().charges()).isEmpty();
  }

  @Test
  void withoutEstimatesABudgetIsNeverPassedAndItsMessagesUseTheCliNames() throws Exception {
    try (HogSandbox noEstimates = HogSandbox.builder().port(0).accessKey(ACCESS).secretKey(SECRET).timeScale(20)
        .operationDuration(Duration.ofSeconds(2)).estimateEndpoints(false).build().start()) {
      Map<String, String> env = env();
      env.put("THE_HOG_SERVER_URL", noEstimates.baseUrl());
      StringBuilder rows = new StringBuilder("email\n");
      for (int i = 0; i < 650; i++) {
        rows.append("p").append(i).append("@acme.example\n");
      }
      Path csv = Files.writeString(dir.resolve("crm.csv"), rows);

      int code = hog(env, "enrich", csv.toString(), "-f", "contact.email", "--max-credits", "250",
          "--credits-per-field", "1");

      assertThat(code).isEqualTo(HogCli.REFUSED);
      assertThat(err.toString()).contains("--max-credits=250").doesNotContain("hog.maxCredits");
      assertThat(noEstimates.ledger().creditsCharged(ACCESS)).isLessThanOrEqualTo(250);
      assertThat(noEstimates.ledger().creditsCharged(ACCESS)).isGreaterThan(0);
    }
  }

  @Test
  void anEstimateTheServerCannotGiveIsUnknownNeverANumber() throws Exception {
    // Failed before: "would cost about -1 credits", and --json said "credits": -1, "withinPlanLimits": true.
    try (HogSandbox noEstimates = HogSandbox.builder().port(0).accessKey(ACCESS).secretKey(SECRET).timeScale(20)
        .operationDuration(Duration.ofSeconds(2)).estimateEndpoints(false).build().start()) {
      Map<String, String> env = env();
      env.put("THE_HOG_SERVER_URL", noEstimates.baseUrl());
      Path csv = Files.writeString(dir.resolve("crm.csv"), "email\na@acme.example\nb@acme.example\n");

      assertThat(hog(env, "estimate", csv.toString(), "-f", "contact.email")).isEqualTo(HogCli.DONE);
      assertThat(out.toString()).contains("unknown").doesNotContain("-1");

      assertThat(hog(env, "estimate", csv.toString(), "-f", "contact.email", "--json")).isEqualTo(HogCli.DONE);
      assertThat(jsonSummary()).containsEntry("estimate", "unknown").containsEntry("credits", null)
          .containsEntry("withinPlanLimits", null).containsEntry("toEnrich", 2L);
      assertThat(noEstimates.ledger().charges()).isEmpty();
    }
  }

  @Test
  void aByteOrderMarkIsSkippedAndPassedThroughCellsComeBackByteForByte() throws Exception {
    // Failed before: "no identifier column ... the header has [email, name]" (the mark unseen), and "  Bob  " came back as Bob.
    String input = "\uFEFFemail,name,note\r\nbob@acme.example,\"  Bob  \",\"said \"\"hi\"\"\"\r\n"
        + "ada@acme.example,  Ada ,\"two\nlines\"\r\n";
    Path csv = Files.writeString(dir.resolve("crm.csv"), input, StandardCharsets.UTF_8);

    int code = hog(env(), "enrich", csv.toString(), "-f", "contact.email");

    assertThat(code).as(err.toString()).isEqualTo(HogCli.DONE);
    String enriched = Files.readString(dir.resolve("crm.enriched.csv"));
    assertThat(enriched).startsWith("email,name,note,hog.status,");
    assertThat(enriched).contains("\nbob@acme.example,\"  Bob  \",\"said \"\"hi\"\"\",succeeded,");
    assertThat(enriched).contains("\nada@acme.example,  Ada ,\"two\nlines\",succeeded,");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedNamingFileLineAndWhatToDoOrReadWithEncoding() throws Exception {
    // Failed before: "could not read or write a file: Input length = 1", naming no file, line or encoding.
    Path latin = dir.resolve("latin.csv");
    Files.write(latin, "email,name\na@acme.example,Ann\nb@acme.example,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(hog(env(), "enrich", latin.toString(), "-f", "contact.email")).isEqualTo(HogCli.BAD_INPUT);
    assertThat(err.toString()).contains(latin + ":3:").contains("not UTF-8").contains("--encoding");

    Path utf16 = dir.resolve("wide.csv");
    Files.write(utf16, "email\na@acme.example\n".getBytes(StandardCharsets.UTF_16));
    assertThat(hog(env(), "enrich", utf16.toString(), "-f", "contact.email")).isEqualTo(HogCli.BAD_INPUT);
    assertThat(err.toString()).contains(utf16 + ":1:").contains("UTF-16").contains("--encoding");
    assertThat(sandbox.ledger().charges()).isEmpty();

    int code = hog(env(), "enrich", latin.toString(), "-f", "contact.email", "--encoding", "ISO-8859-1");
    assertThat(code).as(err.toString()).isEqualTo(HogCli.DONE);
    assertThat(Files.readString(dir.resolve("latin.enriched.csv"))).contains("b@acme.example,Jos\u00e9,succeeded");
    assertThat(hog(env(), "enrich", utf16.toString(), "-f", "contact.email", "--encoding", "UTF-16"))
        .as(err.toString()).isEqualTo(HogCli.DONE);
  }

  @Test
  void missingRecordsAreListedAtTheUsersFileAndLineNotAnInternalFile() throws Exception {
    // Failed before: listed as .../xdg/hog/<hash>/input/z.fixture:6:5.
    Path csv = Files.writeString(dir.resolve("z.csv"), "name,email\nZed,zed@acme.example\n\nAmy,amy@acme.example\n");
    Map<String, String> noKeys = Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString());

    assertThat(hog(noKeys, "enrich", csv.toString(), "-f", "contact.email")).isEqualTo(HogCli.BAD_INPUT);

    assertThat(err.toString()).contains(csv + ":2 ").contains(csv + ":4 ").doesNotContain(".fixture")
        .doesNotContain("xdg");
  }
}
