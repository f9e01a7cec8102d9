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

  @Override
  public Integer call() {
    try {
      InputTable table = InputTable.read(input, columns);
      if (table.format == InputTable.Format.FIXTURE) {
        throw new BadInputException(input + ": estimate reads CSV or JSON Lines; for fixtures run the Maven plugin");
      }
      Path cacheFile = cache != null ? cache : input.toAbsolutePath().getParent().resolve(FixtureEnrichment.CACHE_FILE);
      List<Map<String, Object>> missing = new ArrayList<>();
      try (RecordCache records = Files.exists(cacheFile) ? RecordCache.open(cacheFile) : null) {
        for (Map<String, Object> identifier : table.identifiers) {
          if (records == null || !records.contains(RecordKey.of(identifier, fields, null))) {
            missing.add(identifier);
          }
        }
      }
      Optional<HogConnection> target = connection.resolve(HogEnvironment.of(context.env()));
      if (target.isEmpty()) {
        throw new BadInputException(ConnectionOptions.missingKeys().replace(", or use --sandbox", ""));
      }
      CreditEstimate estimate = missing.isEmpty() ? new CreditEstimate(0, true) : estimate(target.get(), missing);
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("records", table.identifiers.size());
        out.put("inCache", table.identifiers.size() - missing.size());
        out.put("toEnrich", missing.size());
        out.put("credits", estimate.credits());
        out.put("withinPlanLimits", estimate.withinPlanLimits());
        context.out().println(HogJson.moshi().adapter(Object.class).toJson(out));
      } else {
        context.out().println(table.identifiers.size() + " records, " + (table.identifiers.size() - missing.size())
            + " in the cache; enriching the other " + missing.size() + " would cost about " + estimate.credits()
            + " credits" + (estimate.withinPlanLimits() ? "." : ", more than your plan allows."));
      }
      context.out().flush();
      return estimate.withinPlanLimits() ? HogCli.DONE : HogCli.REFUSED;
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
