package ai.thehog.benchmarks;

import ai.thehog.client.operation.BatchCompletion;
import ai.thehog.client.operation.BatchProgressListener;
import ai.thehog.client.HogClient;
import ai.thehog.client.HogClientBuilder;
import ai.thehog.client.operation.Progress;
import ai.thehog.client.common.RateLimits;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.connection.HogConnection;
import ai.thehog.ratelimit.redis.RedisHogRateLimiter;
import ai.thehog.ratelimit.redis.RedisRateLimiter;
import ai.thehog.ratelimit.redis.testing.RedisServer;
import ai.thehog.sandbox.HogSandbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Benchmark for issue 16: several JVMs (child processes) share one API account and enrich their own
 * identifiers against one hog-sandbox at the documented limits (600 requests/min, 300 polls/min),
 * time-scaled. Mode {@code local}: each client has only its own in-process limiter. Mode {@code redis}: the
 * processes also share a {@link RedisHogRateLimiter} (set with {@code HogClientBuilder.rateLimiter}) on a
 * redis-server this harness starts on loopback. For each
 * mode it prints the 429s the sandbox sent and the wall time, beside the bound the limits set for all
 * identifiers together.
 *
 * <p>Usage: {@code SharedRateLimitHarness [processes=4] [perProcess=2500] [timeScale=5] [operationSeconds=10]
 * [modes=local,redis] [batchConcurrency=10]}. The redis mode needs {@code redis-server} on the PATH. Each
 * process runs at most {@code batchConcurrency} batches at once, so that the one sandbox (in this JVM) is not
 * the bottleneck.
 */
public final class SharedRateLimitHarness {

  /** One mode's figures. */
  record Run(String mode, double wallSeconds, long submits, long polls, long tooManyRequests, long records) {
  }

  private SharedRateLimitHarness() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(args);
      return;
    }
    int processes = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int perProcess = args.length > 1 ? Integer.parseInt(args[1]) : 2500;
    double scale = args.length > 2 ? Double.parseDouble(args[2]) : 5;
    double operationSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 10;
    List<String> modes = List.of((args.length > 4 ? args[4] : "local,redis").split(","));
    int concurrency = args.length > 5 ? Integer.parseInt(args[5]) : 10;
    int batches = processes * ((perProcess + 99) / 100);
    // Every batch needs a submit and at least one poll (both in the 600/min bucket) and one poll in the
    // 300/min bucket; the last operation still takes its duration.
    double boundApiSeconds = Math.max(2.0 * batches / 10.0, batches / 5.0) + operationSeconds;
    double bound = boundApiSeconds / scale;
    System.out.printf("Issue 16: %d JVMs x %d identifiers (%d batches in all), one account, time scale x%s, "
        + "operations take %ss (API time)%n", processes, perProcess, batches, Stats.f(scale), Stats.f(operationSeconds));
    System.out.printf("Bound from the limits for all %d: max(2x%d/10, %d/5) + %s = %s s API time = %s s here%n",
        processes * perProcess, batches, batches, Stats.f(operationSeconds), Stats.f(boundApiSeconds), Stats.f(bound));
    List<Run> runs = new ArrayList<>();
    try (HogSandbox sandbox = BatchThroughputHarness.sandbox(scale, operationSeconds)) {
      for (String mode : modes) {
        runs.add(run(sandbox, mode.trim(), processes, perProcess, scale, concurrency));
      }
    }
    System.out.println();
    System.out.println("| limiter | wall (s) | x bound | submits | polls | 429s | records |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Run r : runs) {
      System.out.printf("| %s | %s | %s | %d | %d | %d | %d |%n", r.mode, Stats.f(r.wallSeconds),
          Stats.f(r.wallSeconds / bound), r.submits, r.polls, r.tooManyRequests, r.records);
    }
  }

  static Run run(HogSandbox sandbox, String mode, int processes, int perProcess, double scale, int concurrency)
      throws Exception {
    sandbox.reset();
    if (!mode.equals("local") && !mode.equals("redis")) {
      throw new IllegalArgumentException("unknown mode " + mode + " (local or redis)");
    }
    try (RedisServer redis = mode.equals("redis") ? RedisServer.start() : null) {
      String redisUri = redis == null ? "-" : redis.uri();
      List<Process> children = new ArrayList<>();
      List<BufferedReader> outputs = new ArrayList<>();
      try {
        for (int i = 0; i < processes; i++) {
          Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp", System.getProperty("java.class.path"), SharedRateLimitHarness.class.getName(), "child", mode,
              sandbox.baseUrl().toString(), Double.toString(scale), Integer.toString(i), Integer.toString(perProcess),
              redisUri, Integer.toString(concurrency)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
          children.add(child);
          outputs.add(new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)));
        }
        for (BufferedReader output : outputs) {
          expect(output, "ready");
        }
        long start = System.nanoTime();
        for (Process child : children) {
          Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
          in.write("go\n");
          in.flush();
        }
        long records = 0;
        for (BufferedReader output : outputs) {
          records += Long.parseLong(expect(output, "done ").substring("done ".length()).trim());
        }
        double wall = (System.nanoTime() - start) / 1e9;
        for (Process child : children) {
          child.waitFor(30, TimeUnit.SECONDS);
        }
        Map<String, Long> routes = sandbox.ledger().requestsPerRoute();
        return new Run(mode, wall, routes.getOrDefault("POST /api/enrichments", 0L),
            routes.getOrDefault("GET /api/operations/{id}", 0L), sandbox.ledger().tooManyRequestsSent(), records);
      } finally {
        children.forEach(Process::destroyForcibly);
      }
    }
  }

  /** One JVM: {@code child <mode> <baseUrl> <timeScale> <index> <identifiers> <redisUri or -> <batchConcurrency>}. */
  static void child(String[] args) throws Exception {
    String mode = args[1];
    String baseUrl = args[2];
    double scale = Double.parseDouble(args[3]);
    int index = Integer.parseInt(args[4]);
    int count = Integer.parseInt(args[5]);
    String redisUri = args[6];
    int concurrency = Integer.parseInt(args[7]);
    RedisHogRateLimiter shared = null;
    HogConnection connection = new HogConnection(baseUrl, BatchThroughputHarness.ACCESS, BatchThroughputHarness.SECRET,
        scale);
    HogClientBuilder client = HogClient.builder().connection(connection).rateLimits(RateLimits.documented())
        .batchConcurrency(concurrency);
    if (mode.equals("redis")) {
      // The client's own hook: the limiter defines the requests and polls buckets from the limits and follows
      // the connection's time scale (the sandbox's minute runs `scale` times faster; so do the buckets).
      shared = RedisHogRateLimiter.create(RedisRateLimiter.builder().redisUri(redisUri)
          .keyPrefix("bench:" + BatchThroughputHarness.ACCESS), RateLimits.documented(), connection);
      client.rateLimiter(shared);
    }
    List<PersonIdentifier> people = IntStream.range(0, count)
        .mapToObj(i -> PersonIdentifier.builder().email("p" + index + "-" + i + "@bench.example").build()).toList();
    AtomicInteger records = new AtomicInteger();
    try (HogClient hog = client.build()) {
      System.out.println("ready");
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      hog.enrichments().enrichEach(people, List.of("contact.email"), null, new BatchProgressListener() {
        @Override
        public void onProgress(Progress progress) {
        }

        @Override
        public void onBatchCompleted(BatchCompletion completion) {
          records.addAndGet(completion.records().size());
        }
      }, RequestOptions.defaults());
      System.out.println("done " + records.get());
    } finally {
      if (shared != null) {
        shared.close();
      }
    }
  }

  private static String expect(BufferedReader output, String prefix) throws IOException {
    String line;
    do {
      line = output.readLine();
    } while (line != null && !line.startsWith(prefix));
    if (line == null) {
      throw new IllegalStateException("a child JVM ended before saying \"" + prefix.trim() + "\"");
    }
    return line;
  }
}
