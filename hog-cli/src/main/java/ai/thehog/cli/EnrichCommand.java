package ai.thehog.cli;

import ai.thehog.client.HogEnvironment;
import ai.thehog.fixtures.ClientBackend;
import ai.thehog.fixtures.EnrichmentSummary;
import ai.thehog.fixtures.FixtureEnrichment;
import ai.thehog.fixtures.FixtureEnrichmentException;
import ai.thehog.fixtures.FixtureException;
import ai.thehog.model.connection.HogConnection;
import ai.thehog.model.json.HogJson;
import ai.thehog.sandbox.HogSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hog enrich FILE}: enriches a CSV, JSON Lines or fixture file through the shared cache. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = {"Enrich the people of a CSV, JSON Lines (.jsonl) or fixture (.json) file.",
        "Records are cached (hog-cache.jsonl beside the input, the Maven plugin's format): a re-run, or the",
        "plugin on the same cache, spends nothing. A killed run resumes where it stopped, charged once."})
final class EnrichCommand extends CliCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The input: .csv (with a header row), .jsonl or .json (fixture).")
  Path input;

  @Option(names = {"-f", "--fields"}, split = ",", paramLabel = "FIELD",
      description = "Fields to enrich (CSV and JSON Lines), e.g. contact.email,company.name.")
  List<String> fields;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where the enriched file goes; default <input>.enriched.<ext> beside the input.")
  Path output;

  @Option(names = "--cache", paramLabel = "FILE", description = "The cache; default hog-cache.jsonl beside the input.")
  Path cache;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "State of interrupted runs; default $XDG_CACHE_HOME/hog (or ~/.cache/hog)/<hash of the input>.")
  Path workDir;

  @Option(names = "--column", paramLabel = "KEY=COLUMN",
      description = "Where an identifier is: email, linkedin_url, x_handle or github_username = your column.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--max-credits", paramLabel = "N", description = "Refuse, spending nothing, a run estimated above N.")
  Long maxCredits;

  @Option(names = "--credits-per-field", paramLabel = "N",
      description = "Credits one field of one identifier costs, for servers without an estimate endpoint: with"
          + " --max-credits, a batch that could pass the budget at this price is not sent.")
  Long creditsPerField;

  @Option(names = "--retry-failed", description = "Enrich again the records cached as failed.")
  boolean retryFailed;

  @Option(names = "--offline", description = "Use the cache only; fail listing what it lacks.")
  boolean offline;

  @Option(names = "--sandbox", description = "Start the embedded hog-sandbox (demo keys, no credits) and enrich against it.")
  boolean sandbox;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Option(names = {"-v", "--verbose"}, description = "Debug lines.")
  boolean verbose;

  @Mixin
  ConnectionOptions connection;

  @Override
  public Integer call() {
    try (CliLog log = new CliLog(context.err(), context.terminal() && !json, verbose)) {
      return enrich(log);
    } catch (BadInputException e) {
      context.err().println("hog: " + e.getMessage());
      return HogCli.BAD_INPUT;
    } catch (FixtureException e) {
      context.err().println("hog: invalid fixture file: " + e.getMessage());
      return HogCli.BAD_INPUT;
    } catch (FixtureEnrichmentException e) {
      context.err().println("hog: " + e.getMessage());
      return switch (e.reason()) {
        case BUDGET -> HogCli.REFUSED;
        case API -> HogCli.API_FAILURE;
        case SETUP, MISSING_OFFLINE -> HogCli.BAD_INPUT;
      };
    } catch (IOException e) {
      context.err().println("hog: could not read or write a file: " + e.getMessage());
      return HogCli.BAD_INPUT;
    }
  }

  private int enrich(CliLog log) throws BadInputException, FixtureException, FixtureEnrichmentException, IOException {
    InputTable table = InputTable.read(input, columns);
    Path directory = input.toAbsolutePath().getParent();
    Path work = workDir != null ? workDir : defaultWorkDir();
    Files.createDirectories(work);
    Path fixture;
    if (table.format == InputTable.Format.FIXTURE) {
      fixture = input;
    } else {
      if (fields == null || fields.isEmpty()) {
        throw new BadInputException("--fields is required for " + input + " (e.g. --fields contact.email,company.name)");
      }
      fixture = work.resolve("input").resolve(baseName() + ".fixture");
      Files.createDirectories(fixture.getParent());
      Path temporary = Files.createTempFile(fixture.getParent(), ".fixture", ".tmp");
      Files.writeString(temporary, table.fixtureJson(fields), StandardCharsets.UTF_8);
      Files.move(temporary, fixture, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    Path outputs = work.resolve("out");
    FixtureEnrichment.Builder run = FixtureEnrichment.builder()
        .fixtureFile(fixture)
        .outputDirectory(outputs)
        .workDirectory(work.resolve("state"))
        .cacheFile(cache != null ? cache : directory.resolve(FixtureEnrichment.CACHE_FILE))
        .maxCredits(maxCredits)
        .retryFailed(retryFailed)
        .creditsPerField(creditsPerField)
        .log(log)
        .progressInterval(Duration.ofSeconds(context.terminal() ? 1 : 5));
    EnrichmentSummary summary;
    try (HogSandbox embedded = sandbox && !offline ? startSandbox(log) : null) {
      Optional<HogConnection> target = offline ? Optional.empty()
          : embedded != null ? Optional.of(embedded.connection())
          : connection.resolve(HogEnvironment.of(context.env()));
      try (ClientBackend backend = target.map(ClientBackend::connect).orElse(null)) {
        if (backend != null) {
          run.backend(backend);
          log.info("Enriching with The Hog API at " + target.get().baseUrl() + " (access key "
              + HogEnvironment.maskKey(target.get().accessKey()) + ").");
        } else {
          run.offline(offline ? "--offline was given" : ConnectionOptions.missingKeys());
        }
        summary = run.build().run();
      }
    }
    Path target = output != null ? output : directory.resolve(baseName() + ".enriched" + extension());
    EnrichedOutput.write(table, outputs.resolve(fixture.getFileName().toString()), target);
    report(summary, target);
    return summary.failed() > 0 ? HogCli.FAILED_RECORDS : HogCli.DONE;
  }

  /** The embedded sandbox of {@code --sandbox}: {@link HogSandbox#demo()}. */
  private static HogSandbox startSandbox(CliLog log) {
    HogSandbox started = HogSandbox.demo().start();
    log.info("Started the embedded hog-sandbox at " + started.baseUrl() + " (demo keys); no credits are spent.");
    return started;
  }

  private String baseName() {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private String extension() {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot) : "";
  }

  private Path defaultWorkDir() {
    String xdg = context.env().get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(input.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
      return base.resolve("hog").resolve(HexFormat.of().formatHex(digest, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void report(EnrichmentSummary s, Path target) {
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("records", s.records());
      out.put("succeeded", s.succeeded());
      out.put("partial", s.partial());
      out.put("failed", s.failed());
      out.put("fromCache", s.fromCache());
      out.put("enriched", s.enriched());
      out.put("creditsEstimated", s.creditsEstimated() < 0 ? null : s.creditsEstimated());
      out.put("creditsActual", s.creditsActual() < 0 ? null : s.creditsActual());
      out.put("requests", s.requests());
      out.put("retries", s.retries());
      out.put("elapsedMillis", s.elapsed().toMillis());
      out.put("output", target.toString());
      context.out().println(HogJson.moshi().adapter(Object.class).serializeNulls().toJson(out));
    } else {
      context.out().println(String.format(Locale.ROOT, "%d records: succeeded %d, partial %d, failed %d (from cache %d,"
              + " enriched %d); credits estimated %s, actual %s; requests %d (retries %d); %.1fs",
          s.records(), s.succeeded(), s.partial(), s.failed(), s.fromCache(), s.enriched(),
          s.creditsEstimated() < 0 ? "not available" : String.valueOf(s.creditsEstimated()),
          s.creditsActualText(), s.requests(),
          s.retries(), s.elapsed().toMillis() / 1000.0));
      context.out().println("Enriched file: " + target);
    }
    context.out().flush();
  }
}
