package ai.thehog.cli;

import ai.thehog.client.HogEnvironment;
import ai.thehog.fixtures.ClientBackend;
import ai.thehog.fixtures.EnrichmentBackend.CreditEstimate;
import ai.thehog.fixtures.EnrichmentBackend.EnrichmentFailure;
import ai.thehog.fixtures.FixtureEnrichment;
import ai.thehog.fixtures.RecordCache;
import ai.thehog.fixtures.RecordKey;
import ai.thehog.model.connection.HogConnection;
import ai.thehog.model.json.HogJson;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hog estimate FILE}: what enriching the records the cache lacks would cost; spends nothing. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
    description = "What `hog enrich` would cost for the records the cache lacks (CSV or JSON Lines); spends nothing.")
final class EstimateCommand extends CliCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The input: .csv (with a header row) or .jsonl.")
  Path input;

  @Option(names = {"-f", "--fields"}, split = ",", required = true, paramLabel = "FIELD", description = "Fields to enrich.")
  List<String> fields;

  @Option(names = "--cache", paramLabel = "FILE", description = "The cache; default hog-cache.jsonl beside the input.")
  Path cache;

  @Option(names = "--column", paramLabel = "KEY=COLUMN", description = "Where an identifier is (see hog enrich).")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--json", description = "Print the estimate as JSON.")
  boolean json;

  @Mixin
  ConnectionOptions connection;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "The input's encoding when it is not UTF-8.")
  String encoding;

  @Override
  public Integer call() {
    try {
      if (InputTable.formatOf(input) == InputTable.Format.FIXTURE) {
        throw new BadInputException(input + ": estimate reads CSV or JSON Lines; for fixtures run the Maven plugin");
      }
      Charset charset;
      try {
        charset = encoding == null ? null : Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--encoding " + encoding + ": not an encoding this Java knows");
      }
      Path cacheFile = cache != null ? cache : input.toAbsolutePath().getParent().resolve(FixtureEnrichment.CACHE_FILE);
      List<Map<String, Object>> missing = new ArrayList<>();
      InputTable table;
      try (RecordCache records = Files.exists(cacheFile) ? RecordCache.open(cacheFile) : null) {
        table = InputTable.read(input, columns, charset, fields, null, identifier -> {
          if (records == null || !records.contains(RecordKey.of(identifier, fields, null))) {
            missing.add(identifier);
          }
        });
      }
      Optional<HogConnection> target = connection.resolve(HogEnvironment.of(context.env()));
      if (target.isEmpty()) {
        throw new BadInputException(ConnectionOptions.missingKeys().replace(", or use --sandbox", ""));
      }
      CreditEstimate estimate = missing.isEmpty() ? new CreditEstimate(0, true) : estimate(target.get(), missing);
      boolean known = estimate.available();
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("records", table.size);
        out.put("inCache", table.size - missing.size());
        out.put("toEnrich", missing.size());
        out.put("estimate", known ? "known" : "unknown");
        out.put("credits", known ? estimate.credits() : null);
        out.put("withinPlanLimits", known ? estimate.withinPlanLimits() : null);
        context.out().println(HogJson.moshi().adapter(Object.class).serializeNulls().toJson(out));
      } else if (known) {
        context.out().println(table.size + " records, " + (table.size - missing.size())
            + " in the cache; enriching the other " + missing.size() + " would cost about " + estimate.credits()
            + " credits" + (estimate.withinPlanLimits() ? "." : ", more than your plan allows."));
      } else {
        context.out().println(table.size + " records, " + (table.size - missing.size())
            + " in the cache; enriching the other " + missing.size() + " would cost an unknown number of credits:"
            + " the server offers no cost estimate, so whether it fits your plan is unknown too. Use"
            + " hog enrich --max-credits N --credits-per-field P to cap the spend.");
      }
      context.out().flush();
      return !known || estimate.withinPlanLimits() ? HogCli.DONE : HogCli.REFUSED;
    } catch (BadInputException e) {
      context.err().println("hog: " + e.getMessage());
      return HogCli.BAD_INPUT;
    } catch (EnrichmentFailure e) {
      context.err().println("hog: could not estimate: " + e.getMessage());
      return HogCli.API_FAILURE;
    } catch (IOException e) {
      context.err().println("hog: could not read a file: " + e.getMessage());
      return HogCli.BAD_INPUT;
    }
  }

  private CreditEstimate estimate(HogConnection target, List<Map<String, Object>> missing) throws EnrichmentFailure {
    try (ClientBackend backend = ClientBackend.connect(target)) {
      return backend.estimate(missing, fields, null);
    }
  }
}
