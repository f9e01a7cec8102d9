package ai.thehog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.sandbox.HogSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases of issue 20 that HogCliTest checks inside a larger test, behind an assertion that fails
 * first on the code before the issue (85b4551): each here on its own, with only options that code
 * had, so the class runs unchanged on both (docs/design/issue-20-cases.md).
 */
class IssueTwentyCasesTest {

  private static final String ACCESS = "ak_cli_cases";
  private static final String SECRET = "sk_cli_cases_20aa";
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

  private int hog(String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("THE_HOG_ACCESS_KEY", ACCESS);
    env.put("THE_HOG_SECRET_KEY", SECRET);
    env.put("THE_HOG_SERVER_URL", sandbox.baseUrl());
    env.put("XDG_CACHE_HOME", dir.resolve("xdg").toString());
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return HogCli.run(args, new PrintWriter(out), new PrintWriter(err), env, false);
  }

  @Test
  void anOutputNamingTheCacheIsRefusedAndTheCacheKeepsItsRecords() throws Exception {
    // Before: -o hog-cache.jsonl wrote CSV over the cache (exit 0), losing the records paid for.
    Files.writeString(dir.resolve("old.csv"), "email\nold@acme.example\n");
    assertThat(hog("enrich", dir.resolve("old.csv").toString(), "-f", "contact.email")).as(err.toString())
        .isEqualTo(HogCli.DONE);
    String cache = Files.readString(dir.resolve("hog-cache.jsonl"));
    Files.writeString(dir.resolve("new.csv"), "email\nnew@acme.example\n");

    int code = hog("enrich", dir.resolve("new.csv").toString(), "-f", "contact.email", "-o",
        dir.resolve("hog-cache.jsonl").toString());

    assertThat(Files.readString(dir.resolve("hog-cache.jsonl"))).as("the cache after -o named it").isEqualTo(cache);
    assertThat(code).as(err.toString()).isEqualTo(HogCli.BAD_INPUT);
    assertThat(sandbox.ledger().charges()).as("only the first run paid").hasSize(1);
  }

  @Test
  void anOutputNamingAJsonLinesInputIsRefusedAndTheInputIsKept() throws Exception {
    // Before: -o naming the input overwrote it (exit 0).
    Path jsonl = Files.writeString(dir.resolve("crm.jsonl"), "{\"email\":\"b@acme.example\"}\n");

    int code = hog("enrich", jsonl.toString(), "-f", "contact.email", "-o", jsonl.toString());

    assertThat(Files.readString(jsonl)).as("the input after -o named it").isEqualTo("{\"email\":\"b@acme.example\"}\n");
    assertThat(code).as(err.toString()).isEqualTo(HogCli.BAD_INPUT);
    assertThat(sandbox.ledger().charges()).isEmpty();
  }

  @Test
  void aQuotedCellWithSpacesComesBackByteForByte() throws Exception {
    // Before: "  Bob  " came back as Bob (no byte-order mark here, so the run gets that far).
    Path csv = Files.writeString(dir.resolve("crm.csv"), "email,name\nbob@acme.example,\"  Bob  \"\n",
        StandardCharsets.UTF_8);

    assertThat(hog("enrich", csv.toString(), "-f", "contact.email")).as(err.toString()).isEqualTo(HogCli.DONE);

    assertThat(Files.readString(dir.resolve("crm.enriched.csv"))).contains("\nbob@acme.example,\"  Bob  \",succeeded,");
  }

  @Test
  void aUtf16FileIsRefusedNamingTheFileTheLineAndTheEncoding() throws Exception {
    // Before: "could not read or write a file: Input length = 1", naming no file, line or encoding.
    Path wide = dir.resolve("wide.csv");
    Files.write(wide, "email\na@acme.example\n".getBytes(StandardCharsets.UTF_16));

    int code = hog("enrich", wide.toString(), "-f", "contact.email");

    assertThat(err.toString()).contains(wide + ":1:").contains("UTF-16").contains("--encoding");
    assertThat(code).isEqualTo(HogCli.BAD_INPUT);
    assertThat(sandbox.ledger().charges()).isEmpty();
  }

  @Test
  void aNegativeBudgetIsNamedAsTheCliNamesIt() throws Exception {
    // Before: the message named hog.maxCredits, the plugin's property (and the exit code was 4).
    Path csv = Files.writeString(dir.resolve("crm.csv"), "email\na@acme.example\n");

    int code = hog("enrich", csv.toString(), "-f", "contact.email", "--max-credits", "-5");

    assertThat(err.toString()).contains("--max-credits").doesNotContain("hog.maxCredits");
    assertThat(code).isEqualTo(HogCli.BAD_INPUT);
    assertThat(sandbox.ledger().charges()).isEmpty();
  }
}
