package ai.thehog.benchmarks;

import ai.thehog.client.HogClient;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.connection.HogConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Benchmark 3b: polls per operation and detection lag for jobs of 3 s, 30 s and 300 s that report
 * {@code progress} from the start (0-100, linear in time), beside the same jobs reporting none,
 * side by side in one run. The jobs are served by a MockWebServer (the sandbox reports progress
 * only after a quarter of a job), time-scaled like the sandbox; figures in API time.
 *
 * <p>Lag is measured from the job's end on the server's clock (its 202's dispatch plus its length)
 * to the return of {@code await()}. The server's sockets send without delay ({@link NoDelaySockets}): with
 * Nagle's algorithm on, MockWebServer's answer, written in two parts, waited for the client's
 * delayed ACK, about 40 ms of real time, which at x20 is 0.8 s of API time added to the lag by
 * the harness, not by the poller. The table shows how long the end's answer took to reach the
 * caller, so that a loaded machine shows as such.
 *
 * <p>Usage: {@code ProgressPollingHarness [timeScale=20] [operationsPerKind=8] [nagle]}; {@code nagle}
 * leaves Nagle's algorithm on, as the harness did before 2026-11-25, to show what it added.
 */
public final class ProgressPollingHarness {

  /** Jobs that end {@code seconds} of API time after their 202; progress reported or not. */
  static final class Jobs extends Dispatcher {
    private final double scale;
    private final double seconds;
    private final boolean progress;
    private final Map<String, Long> created = new ConcurrentHashMap<>();
    private final Map<String, Long> endAnswered = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    Jobs(double scale, double seconds, boolean progress) {
      this.scale = scale;
      this.seconds = seconds;
      this.progress = progress;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getPath() == null ? "" : request.getPath();
      if ("POST".equals(request.getMethod()) && path.startsWith("/api/deep-research")) {
        String id = "op_" + ids.incrementAndGet();
        created.put(id, System.nanoTime());
        polls.put(id, new AtomicInteger());
        return json(202, "{\"id\":\"" + id + "\",\"operationId\":\"" + id + "\",\"status\":\"queued\","
            + "\"pollUrl\":\"/api/operations/" + id + "\",\"meta\":{\"requestId\":\"req_" + id + "\"}}");
      }
      if ("GET".equals(request.getMethod()) && path.startsWith("/api/operations/")) {
        String id = path.substring("/api/operations/".length());
        Long start = created.get(id);
        if (start == null) {
          return json(404, "{\"statusCode\":404,\"error\":\"Not Found\",\"message\":\"no such operation\"}");
        }
        polls.get(id).incrementAndGet();
        double elapsed = (System.nanoTime() - start) / 1e9 * scale;
        if (elapsed >= seconds) {
          endAnswered.putIfAbsent(id, System.nanoTime());
          return json(200, "{\"id\":\"" + id + "\",\"status\":\"succeeded\",\"progress\":100,\"result\":{},\"error\":null}");
        }
        String percent = progress ? Integer.toString((int) Math.floor(100 * elapsed / seconds)) : "null";
        return json(200, "{\"id\":\"" + id + "\",\"status\":\"processing\",\"progress\":" + percent
            + ",\"result\":null,\"error\":null}");
      }
      return json(404, "{\"statusCode\":404,\"error\":\"Not Found\",\"message\":\"unknown path\"}");
    }

    private static MockResponse json(int status, String body) {
      return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    long createdAt(String id) {
      return created.get(id);
    }

    long endAnsweredAt(String id) {
      return endAnswered.get(id);
    }

    int polls(String id) {
      return polls.get(id).get();
    }
  }

  record Row(String kind, double seconds, double pollsPerOperation, double lagMedian, double lagMax, int maxPolls,
      double deliveryMax) {
  }

  public static void main(String[] args) throws Exception {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    int operations = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    boolean nagle = args.length > 2 && "nagle".equals(args[2]);
    System.out.printf("Benchmark 3b: %d operations per kind, time scale x%s; figures in API time%s%n", operations,
        Stats.f(scale), nagle ? "; Nagle's algorithm left on" : "");
    measure(3, true, scale, operations, nagle);
    measure(3, false, scale, operations, nagle);
    List<Row> rows = new ArrayList<>();
    for (double seconds : new double[] {3, 30, 300}) {
      // Side by side: the same job length with and without progress, one after the other.
      rows.add(measure(seconds, true, scale, operations, nagle));
      rows.add(measure(seconds, false, scale, operations, nagle));
    }
    System.out.println();
    System.out.println("| job | progress | polls/op | max polls | lag median (s) | lag max (s) | lag / duration"
        + " | end's answer to caller, max (s) | goal: lag max(1 s, 5%), 6 polls |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Row r : rows) {
      double goal = Math.max(1, 0.05 * r.seconds);
      System.out.printf("| %s s | %s | %s | %d | %s | %s | %s | %s | %s |%n", Stats.f(r.seconds), r.kind,
          Stats.f(r.pollsPerOperation), r.maxPolls, Stats.f(r.lagMedian), Stats.f(r.lagMax),
          Stats.f(r.lagMedian / r.seconds), Stats.f(r.deliveryMax),
          !"reported".equals(r.kind) ? "(backoff, as before)" : r.lagMax <= goal && r.maxPolls <= 6 ? "met" : "missed");
    }
  }

  static Row measure(double seconds, boolean progress, double scale, int operations, boolean nagle)
      throws Exception {
    Jobs jobs = new Jobs(scale, seconds, progress);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(jobs);
      if (!nagle) {
        server.setServerSocketFactory(NoDelaySockets.server());
      }
      server.start();
      HogConnection connection = new HogConnection(server.url("/").toString().replaceAll("/$", ""),
          "ak_bench_progress", "sk_bench_progress_secret", scale);
      // One thread per operation: the common pool has a single thread on a 2-core machine, which
      // would make the waits take turns and add their lags.
      java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(operations);
      try (HogClient hog = HogClient.builder().connection(connection).build()) {
        List<CompletableFuture<double[]>> running = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
          running.add(CompletableFuture.supplyAsync(() -> {
            HogOperation<DeepResearchResult> operation = hog.deepResearch().start(DeepResearchRequest.builder().prompt("Acme").schema(java.util.Map.of()).build());
            operation.await();
            long seen = System.nanoTime();
            double finished = jobs.createdAt(operation.id()) + seconds / scale * 1e9;
            return new double[] {Math.max(0, (seen - finished) / 1e9 * scale), jobs.polls(operation.id()),
                (seen - jobs.endAnsweredAt(operation.id())) / 1e9 * scale};
          }, threads));
        }
        List<Double> lags = new ArrayList<>();
        double polls = 0;
        int maxPolls = 0;
        double deliveryMax = 0;
        for (CompletableFuture<double[]> future : running) {
          double[] sample = future.get();
          deliveryMax = Math.max(deliveryMax, sample[2]);
          lags.add(sample[0]);
          polls += sample[1];
          maxPolls = Math.max(maxPolls, (int) sample[1]);
        }
        return new Row(progress ? "reported" : "none", seconds, polls / operations, Stats.median(lags),
            lags.stream().mapToDouble(Double::doubleValue).max().orElse(0), maxPolls, deliveryMax);
      } finally {
        threads.shutdownNow();
      }
    }
  }
}
