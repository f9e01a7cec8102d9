package ai.thehog.benchmarks;

import ai.thehog.client.operation.BatchCompletion;
import ai.thehog.client.operation.BatchProgressListener;
import ai.thehog.client.HogClient;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RateLimits;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.Operation;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.SandboxLedger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Benchmark 2: N identifiers against hog-sandbox at the documented limits (600/min overall, 300/min
 * polling), time-scaled, with a fixed operation duration; the SDK's batch enrichment beside a naive
 * strategy (one operation at a time, polled every 2 s, as the official TypeScript SDK does).
 *
 * <p>Usage: {@code BatchThroughputHarness [identifiers=10000] [timeScale=20] [operationSeconds=10] [repeats=3]
 * [naiveRepeats=repeats]}
 */
public final class BatchThroughputHarness {

  static final String ACCESS = "ak_bench_batch";
  static final String SECRET = "sk_bench_batch_secret";

  /** One measured run. */
  record Run(String strategy, double wallSeconds, long submits, long polls, long tooManyRequests, int records) {
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    double scale = args.length > 1 ? Double.parseDouble(args[1]) : 20;
    double operationSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
    int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int naiveRepeats = args.length > 4 ? Integer.parseInt(args[4]) : repeats;
    int batches = (n + 99) / 100;
    // Each batch needs a submit and at least one poll: at least 2*batches requests in the 600/min
    // bucket and batches polls in the 300/min bucket; the last operation still takes its duration.
    double boundApiSeconds = Math.max(2.0 * batches / 10.0, batches / 5.0) + operationSeconds;
    double bound = boundApiSeconds / scale;
    System.out.printf("Benchmark 2: %d identifiers (%d batches), time scale x%s, operations take %ss (API time)%n",
        n, batches, Stats.f(scale), Stats.f(operationSeconds));
    System.out.printf("Lower bound from the limits: max(2x%d/10, %d/5) + %s = %s s API time = %s s here%n",
        batches, batches, Stats.f(operationSeconds), Stats.f(boundApiSeconds), Stats.f(bound));
    List<Run> sdk = new ArrayList<>();
    List<Run> naive = new ArrayList<>();
    try (HogSandbox sandbox = sandbox(scale, operationSeconds)) {
      for (int i = 0; i < repeats; i++) {
        sdk.add(sdk(sandbox, n, scale));
        if (i < naiveRepeats) {
          naive.add(naive(sandbox, n, scale));
        }
      }
    }
    System.out.println();
    System.out.println("| strategy | run | wall (s) | x bound | submits | polls | polls/op | 429s |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (List<Run> runs : List.of(sdk, naive)) {
      for (int i = 0; i < runs.size(); i++) {
        Run r = runs.get(i);
        System.out.printf("| %s | %d | %s | %s | %d | %d | %s | %d |%n", r.strategy, i + 1, Stats.f(r.wallSeconds),
            Stats.f(r.wallSeconds / bound), r.submits, r.polls, Stats.f((double) r.polls / r.submits), r.tooManyRequests);
      }
    }
    double sdkMedian = Stats.median(sdk.stream().map(Run::wallSeconds).toList());
    double naiveMedian = naive.isEmpty() ? Double.NaN : Stats.median(naive.stream().map(Run::wallSeconds).toList());
    System.out.printf("%nMedian wall: SDK %s s (%s x bound), naive %s s (%s x bound); naive / SDK = %s%n",
        Stats.f(sdkMedian), Stats.f(sdkMedian / bound), Stats.f(naiveMedian), Stats.f(naiveMedian / bound),
        Stats.f(naiveMedian / sdkMedian));
  }

  static HogSandbox sandbox(double scale, double operationSeconds) {
    HogSandbox sandbox = HogSandbox.builder().port(0).accessKey(ACCESS).secretKey(SECRET).timeScale(scale)
        .operationDuration(Duration.ofMillis((long) (operationSeconds * 1000))).requestsPerMinute(600)
        .pollsPerMinute(300).planCredits(Long.MAX_VALUE / 4).build();
    sandbox.start();
    return sandbox;
  }

  static HogClient client(HogSandbox sandbox, double scale) {
    return HogClient.builder().connection(sandbox.connection())
        .rateLimits(RateLimits.documented()).build();
  }

  static List<PersonIdentifier> people(int n) {
    return IntStream.range(0, n).mapToObj(i -> PersonIdentifier.builder().email("p" + i + "@bench.example").build())
        .toList();
  }

  /** The SDK's way: enrichEach, batches concurrent within the client's rate limiter. */
  static Run sdk(HogSandbox sandbox, int n, double scale) {
    sandbox.reset();
    AtomicInteger records = new AtomicInteger();
    try (HogClient hog = client(sandbox, scale)) {
      long start = System.nanoTime();
      hog.enrichments().enrichEach(people(n), List.of("contact.email"), null, new BatchProgressListener() {
        @Override
        public void onProgress(ai.thehog.client.operation.Progress progress) {
        }

        @Override
        public void onBatchCompleted(BatchCompletion completion) {
          records.addAndGet(completion.records().size());
        }
      }, RequestOptions.defaults());
      return run("SDK enrichEach", start, sandbox.ledger(), records.get());
    }
  }

  /** The naive way: one batch at a time, a poll every 2 s (API time) until it is done. */
  static Run naive(HogSandbox sandbox, int n, double scale) throws InterruptedException {
    sandbox.reset();
    List<PersonIdentifier> people = people(n);
    int records = 0;
    long pollNanos = (long) (2_000_000_000L / scale);
    try (HogClient hog = client(sandbox, scale)) {
      long start = System.nanoTime();
      for (int from = 0; from < n; from += 100) {
        List<PersonIdentifier> batch = people.subList(from, Math.min(n, from + 100));
        Submission<Map<String, Object>, EnrichmentBatchResult> submitted = hog.enrichments()
            .submit(EnrichmentRequest.builder().identifiers(batch).fields(List.of("contact.email")).build());
        HogOperation<EnrichmentBatchResult> operation =
            ((Submission.Accepted<Map<String, Object>, EnrichmentBatchResult>) submitted).operation();
        while (true) {
          Thread.sleep(pollNanos / 1_000_000, (int) (pollNanos % 1_000_000));
          HogResponse<Operation> state = hog.operations().get(operation.id());
          String status = state.value().status().value();
          if (!status.equals("queued") && !status.equals("processing")) {
            records += batch.size();
            break;
          }
        }
      }
      return run("naive (1 at a time, 2 s polls)", start, sandbox.ledger(), records);
    }
  }

  private static Run run(String strategy, long start, SandboxLedger ledger, int records) {
    double wall = (System.nanoTime() - start) / 1e9;
    Map<String, Long> routes = ledger.requestsPerRoute();
    return new Run(strategy, wall, routes.getOrDefault("POST /api/enrichments", 0L),
        routes.getOrDefault("GET /api/operations/{id}", 0L), ledger.tooManyRequestsSent(), records);
  }
}
