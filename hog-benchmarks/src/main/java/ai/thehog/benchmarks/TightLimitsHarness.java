package ai.thehog.benchmarks;

import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.HogClient;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.common.RateLimits;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.SandboxLedger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 2b: an organisation with tight limits (hog-sandbox at 8 requests/min and 30 polls/min,
 * without estimate endpoints), 1,000 identifiers: the SDK's {@code enrichAll} (told the
 * organisation's limits) beside the naive loop of the official TypeScript SDK (submit every batch,
 * then poll each unfinished one every 2 s), alternating in one run. The sandbox runs time-scaled,
 * so that a run of minutes of API time takes seconds; figures are given in API time.
 *
 * <p>Usage: {@code TightLimitsHarness [identifiers=1000] [timeScale=10] [operationSeconds=5] [repeats=3]}
 */
public final class TightLimitsHarness {

  private static final String ACCESS = "ak_bench_tight";
  private static final String SECRET = "sk_bench_tight_secret";

  record Run(String strategy, double apiSeconds, long submits, long polls, long tooManyRequests, int records) {
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    double scale = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    double operationSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
    int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    System.out.printf("Benchmark 2b: %d identifiers, sandbox at 8 requests/min and 30 polls/min, no estimate"
        + " endpoints, operations of %ss, time scale x%s (figures in API time)%n", n, Stats.f(operationSeconds),
        Stats.f(scale));
    List<Run> sdk = new ArrayList<>();
    List<Run> naive = new ArrayList<>();
    HogSandbox sandbox = HogSandbox.builder().port(0).accessKey(ACCESS).secretKey(SECRET).timeScale(scale)
        .operationDuration(Duration.ofMillis((long) (operationSeconds * 1000))).requestsPerMinute(8)
        .pollsPerMinute(30).estimateEndpoints(false).planCredits(Long.MAX_VALUE / 4).build();
    sandbox.start();
    try {
      // An unreported warm-up of each, then the two alternate so that both see the same machine load.
      sdk(sandbox, 200, scale);
      naive(sandbox, 200, scale);
      for (int i = 0; i < repeats; i++) {
        sdk.add(sdk(sandbox, n, scale));
        naive.add(naive(sandbox, n, scale));
        System.out.printf("  run %d: SDK %s s, naive %s s%n", i + 1, Stats.f(sdk.get(i).apiSeconds),
            Stats.f(naive.get(i).apiSeconds));
      }
    } finally {
      sandbox.stop();
    }
    System.out.println();
    System.out.println("| strategy | run | wall (API s) | submits | polls | polls/op | 429s | records |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (List<Run> runs : List.of(sdk, naive)) {
      for (int i = 0; i < runs.size(); i++) {
        Run r = runs.get(i);
        System.out.printf("| %s | %d | %s | %d | %d | %s | %d | %d |%n", r.strategy, i + 1, Stats.f(r.apiSeconds),
            r.submits, r.polls, Stats.f((double) r.polls / r.submits), r.tooManyRequests, r.records);
      }
    }
    double sdkMedian = Stats.median(sdk.stream().map(Run::apiSeconds).toList());
    double naiveMedian = Stats.median(naive.stream().map(Run::apiSeconds).toList());
    System.out.printf("%nMedian wall (API time): SDK %s s, naive %s s; SDK / naive = %s%n", Stats.f(sdkMedian),
        Stats.f(naiveMedian), Stats.f(sdkMedian / naiveMedian));
  }

  private static List<PersonIdentifier> people(int n, String run) {
    return BatchThroughputHarness.people(n).stream().map(p -> p.toBuilder().email(run + p.email()).build()).toList();
  }

  /** The SDK: enrichAll, told the organisation's limits. */
  static Run sdk(HogSandbox sandbox, int n, double scale) {
    sandbox.reset();
    try (HogClient hog = HogClient.builder().connection(sandbox.connection()).rateLimits(new RateLimits(8, 30))
        .build()) {
      long start = System.nanoTime();
      BatchEnrichmentResult result = hog.enrichments().enrichAll(people(n, "sdk"), List.of("contact.email"));
      return run("SDK enrichAll", start, scale, sandbox.ledger(), result.records().size());
    }
  }

  /**
   * The naive loop: no client-side limiter (a 429 is retried after its Retry-After, as the official
   * SDK's retries do), every batch submitted, then every unfinished one polled every 2 s.
   */
  static Run naive(HogSandbox sandbox, int n, double scale) throws InterruptedException {
    sandbox.reset();
    List<PersonIdentifier> people = people(n, "naive");
    try (HogClient hog = HogClient.builder().connection(sandbox.connection())
        .rateLimits(new RateLimits(1_000_000, 1_000_000)).retryPolicy(RetryPolicy.builder().maxAttempts(1).build())
        .build()) {
      long start = System.nanoTime();
      List<String> pending = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      for (int from = 0; from < n; from += 100) {
        List<PersonIdentifier> batch = people.subList(from, Math.min(n, from + 100));
        EnrichmentRequest request = EnrichmentRequest.builder().identifiers(batch).fields(List.of("contact.email"))
            .build();
        Submission<Map<String, Object>, EnrichmentBatchResult> submitted = null;
        while (submitted == null) {
          try {
            submitted = hog.enrichments().submit(request, RequestOptions.builder().deterministicIdempotencyKey().build());
          } catch (HogRateLimitException limited) {
            // As the official SDK's retries: wait what the 429 said, then send the same request again.
            sleepApi(limited.retryAfter().orElse(Duration.ofSeconds(1)), scale);
          }
        }
        HogOperation<EnrichmentBatchResult> operation =
            ((Submission.Accepted<Map<String, Object>, EnrichmentBatchResult>) submitted).operation();
        pending.add(operation.id());
        sizes.add(batch.size());
      }
      int records = 0;
      long pollNanos = (long) (2_000_000_000L / scale);
      while (!pending.isEmpty()) {
        Thread.sleep(pollNanos / 1_000_000, (int) (pollNanos % 1_000_000));
        for (int i = pending.size() - 1; i >= 0; i--) {
          String status;
          try {
            status = hog.operations().get(pending.get(i)).value().status().value();
          } catch (HogRateLimitException limited) {
            sleepApi(limited.retryAfter().orElse(Duration.ofSeconds(1)), scale);
            i++;
            continue;
          }
          if (!status.equals("queued") && !status.equals("processing")) {
            records += sizes.get(i);
            pending.remove(i);
            sizes.remove(i);
          }
        }
      }
      return run("naive (submit all, 2 s polls)", start, scale, sandbox.ledger(), records);
    }
  }

  private static void sleepApi(Duration apiTime, double scale) throws InterruptedException {
    Thread.sleep(Math.max(1, (long) (apiTime.toMillis() / scale)));
  }

  private static Run run(String strategy, long start, double scale, SandboxLedger ledger, int records) {
    double api = (System.nanoTime() - start) / 1e9 * scale;
    Map<String, Long> routes = ledger.requestsPerRoute();
    return new Run(strategy, api, routes.getOrDefault("POST /api/enrichments", 0L),
        routes.getOrDefault("GET /api/operations/{id}", 0L), ledger.tooManyRequestsSent(), records);
  }
}
