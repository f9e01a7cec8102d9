package ai.thehog.benchmarks;

import ai.thehog.client.HogClient;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.sandbox.HogSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Benchmark 3: polls per operation and detection lag (operation finished to client sees it) for
 * short, medium and long jobs, with the client's default polling policy.
 *
 * <p>Usage: {@code PollingCostHarness [timeScale=20] [operationsPerKind=8]}
 */
public final class PollingCostHarness {

  public static void main(String[] args) throws Exception {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    int operations = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    System.out.printf("Benchmark 3: %d operations per kind, time scale x%s; figures in API time%n", operations,
        Stats.f(scale));
    // A first, unreported pass warms the JVM: at x20 one API second is 50 ms, less than cold code takes.
    measure(null, 3, scale, operations);
    System.out.println();
    System.out.println("| job | duration (s) | polls/op | lag median (s) | lag max (s) | lag / duration |");
    System.out.println("|---|---|---|---|---|---|");
    for (double seconds : new double[] {3, 30, 300}) {
      measure(seconds < 10 ? "short" : seconds < 100 ? "medium" : "long", seconds, scale, operations);
    }
  }

  private record Sample(double lagSeconds) {
  }

  static void measure(String kind, double operationSeconds, double scale, int operations) throws Exception {
    try (HogSandbox sandbox = BatchThroughputHarness.sandbox(scale, operationSeconds);
         HogClient hog = BatchThroughputHarness.client(sandbox, scale)) {
      List<CompletableFuture<Sample>> running = new ArrayList<>();
      for (int i = 0; i < operations; i++) {
        int index = i;
        running.add(CompletableFuture.supplyAsync(() -> one(hog, index, operationSeconds, scale)));
      }
      List<Double> lags = new ArrayList<>();
      for (CompletableFuture<Sample> future : running) {
        lags.add(future.get().lagSeconds);
      }
      // Every GET of an operation the sandbox received, over the operations: polls per operation.
      double polls = sandbox.ledger().requestsPerRoute().getOrDefault("GET /api/operations/{id}", 0L)
          / (double) operations;
      if (kind == null) {
        return;
      }
      double lag = Stats.median(lags);
      System.out.printf("| %s | %s | %s | %s | %s | %s |%n", kind, Stats.f(operationSeconds), Stats.f(polls),
          Stats.f(lag), Stats.f(lags.stream().mapToDouble(Double::doubleValue).max().orElse(0)),
          Stats.f(lag / operationSeconds));
    }
  }

  private static Sample one(HogClient hog, int index, double operationSeconds, double scale) {
    List<ai.thehog.model.PersonIdentifier> batch = BatchThroughputHarness.people(2).stream()
        .map(p -> p.toBuilder().email(index + "-" + p.email()).build()).toList();
    long before = System.nanoTime();
    Submission<Map<String, Object>, EnrichmentBatchResult> submitted = hog.enrichments()
        .submit(EnrichmentRequest.builder().identifiers(batch).fields(List.of("profile")).build());
    long after = System.nanoTime();
    HogOperation<EnrichmentBatchResult> operation =
        ((Submission.Accepted<Map<String, Object>, EnrichmentBatchResult>) submitted).operation();
    operation.await();
    long seen = System.nanoTime();
    // The sandbox starts the clock when it creates the operation, between before and after.
    double finishedAt = (before + after) / 2.0 + operationSeconds / scale * 1e9;
    return new Sample(Math.max(0, (seen - finishedAt) / 1e9 * scale));
  }
}
