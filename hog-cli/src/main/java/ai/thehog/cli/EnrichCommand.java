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
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
      description = "Scratch files of a run; default $XDG_CACHE_HOME/hog (or ~/.cache/hog). What runs on one cache"
          + " share (lock, journal, batches in flight) is kept beside the cache, in .<cache name>.d.")
  Path workDir;

  @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "How long to wait for another run (hog or the Maven plugin) on the same cache; default 600.")
  long lockTimeoutSeconds;

  @Option(names = "--column", paramLabel = "KEY=COLUMN",
      description = "Where an identifier is: email, linkedin_url, x_handle or github_username = your column.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--max-credits", paramLabel = "N", description = "Refuse, spending nothing, a run estimated above N.")
  Long maxCredits;

  @Option(names = "--credits-per-field", paramLabel = "N",
      description = "Credits one field of one identifier costs, for servers without an estimate endpoint: with"
          + " --max-credits, a batch that could pass the budget at this price is not sent.")
  Long creditsPerField;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "The input's encoding when it is not UTF-8 (e.g. ISO-8859-1, windows-1252, UTF-16); the"
          + " enriched file is UTF-8.")
  String encoding;

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
    if (lockTimeoutSeconds < 0) {
      throw new BadInputException("--lock-timeout must not be negative, was " + lockTimeoutSeconds);
    }
    if (maxCredits != null && maxCredits < 0) {
      throw new BadInputException("--max-credits must not be negative, was " + maxCredits);
    }
    if (creditsPerField != null && creditsPerField <= 0) {
      throw new BadInputException("--credits-per-field must be a positive number of credits, was " + creditsPerField);
    }
    Charset charset = charset();
    Path directory = input.toAbsolutePath().getParent();
    try (ScratchDirectory scratch = ScratchDirectory.create(workDir != null ? workDir : defaultWorkDir())) {
      Path work = scratch.path();
      InputTable.Format format = InputTable.formatOf(input);
      Path fixture = null;
      if (format != InputTable.Format.FIXTURE) {
        if (fields == null || fields.isEmpty()) {
          throw new BadInputException("--fields is required for " + input + " (e.g. --fields contact.email,company.name)");
        }
        fixture = work.resolve("input").resolve(baseName() + ".fixture");
        Files.createDirectories(fixture.getParent());
      }
      InputTable table = InputTable.read(input, columns, charset, fields, fixture);
      return enrich(log, table, directory, work, fixture != null ? fixture : input);
    }
  }

  private Charset charset() throws BadInputException {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--encoding " + encoding + ": not an encoding this Java knows (e.g. UTF-8,"
          + " ISO-8859-1, windows-1252, UTF-16)");
    }
  }

  private int enrich(CliLog log, InputTable table, Path directory, Path work, Path fixture)
      throws BadInputException, FixtureException, FixtureEnrichmentException, IOException {
    Path target = output != null ? output : directory.resolve(baseName() + ".enriched" + extension());
    Path outputs = work.resolve("out");
    FixtureEnrichment.Builder run = FixtureEnrichment.builder()
        .fixtureFile(fixture)
        .outputDirectory(outputs)
        .workDirectory(work.resolve("state"))
        .cacheFile(cache != null ? cache : directory.resolve(FixtureEnrichment.CACHE_FILE))
        .maxCredits(maxCredits)
        .retryFailed(retryFailed)
        .creditsPerField(creditsPerField)
        .optionNames(EnrichCommand::optionName)
        .lockTimeout(Duration.ofSeconds(lockTimeoutSeconds))
        .log(log)
        .outputFile(target)
        .progressInterval(Duration.ofSeconds(context.terminal() ? 1 : 5));
    if (table.format != InputTable.Format.FIXTURE) {
      run.sourceFile(input, table::line);
    }
    EnrichmentSummary summary;
    try (HogSandbox embedded = sandbox && !offline ? startSandbox(log) : null) {
      Optional<HogConnection> server = offline ? Optional.empty()
          : embedded != null ? Optional.of(embedded.connection())
          : connection.resolve(HogEnvironment.of(context.env()));
      try (ClientBackend backend = server.map(ClientBackend::connect).orElse(null)) {
        if (backend != null) {
          run.backend(backend);
          log.info("Enriching with The Hog API at " + server.get().baseUrl() + " (access key "
              + HogEnvironment.maskKey(server.get().accessKey()) + ").");
        } else {
          run.offline(offline ? "--offline was given" : ConnectionOptions.missingKeys());
        }
        summary = run.build().run();
      }
    }
    EnrichedOutput.write(table, outputs.resolve(fixture.getFileName().toString()), target);
    report(summary, target);
    return summary.failed() > 0 ? HogCli.FAILED_RECORDS : HogCli.DONE;
  }

  /** The CLI's name of an engine setting, for the engine's messages. */
  static String optionName(String setting) {
    return switch (setting) {
      case "maxCredits" -> "--max-credits";
      case "creditsPerField" -> "--credits-per-field";
      case "lockTimeout" -> "--lock-timeout";
      case "outputDirectory" -> "--output";
      default -> "--" + setting;
    };
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
    return base.resolve("hog");
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
