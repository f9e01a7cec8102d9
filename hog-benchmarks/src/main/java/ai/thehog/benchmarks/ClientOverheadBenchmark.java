package ai.thehog.benchmarks;

import ai.thehog.client.HogClient;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RateLimits;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.EnrichmentResponse;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 1: one synchronous enrichment through {@link HogClient} versus a raw OkHttp call with
 * Moshi encoding and decoding of the same bodies, against a loopback server that answers at once.
 * The client's rate limiter is opened wide: the pacing it adds on purpose is not overhead. Both
 * ends use TCP_NODELAY ({@link NoDelaySockets}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ClientOverheadBenchmark {

  static final String BODY = "{\"data\":{\"contact\":{\"email\":\"jane.doe@acme.example\",\"phone\":\"+1-555-0100\","
      + "\"emailVerified\":true},\"profile\":{\"fullName\":\"Jane Doe\",\"title\":\"VP Sales\",\"company\":\"Acme Corp\","
      + "\"location\":\"Austin, TX, US\",\"yearsOfExperience\":14,\"linkedinUrl\":\"https://www.linkedin.com/in/jane-doe\"}},"
      + "\"meta\":{\"requestId\":\"3f7a1c2e-88b4-4d0e-a1f5-0c9e2b3d7f4a\",\"cost\":{\"estimated\":2,\"actual\":2}}}";
  private static final MediaType JSON = MediaType.get("application/json");
  private static final List<String> FIELDS = List.of("contact.email", "profile");

  private MockWebServer server;
  private OkHttpClient okHttp;
  private HogClient hog;
  private final PersonIdentifier jane = PersonIdentifier.builder().email("jane.doe@acme.example").build();
  private final JsonAdapter<EnrichmentRequest> requests = HogJson.moshi().adapter(EnrichmentRequest.class);
  private final JsonAdapter<EnrichmentResponse> responses = HogJson.moshi().adapter(EnrichmentResponse.class);

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new MockWebServer();
    server.setServerSocketFactory(NoDelaySockets.server());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setHeader("Content-Type", "application/json")
            .setHeader("X-Request-Id", "3f7a1c2e-88b4-4d0e-a1f5-0c9e2b3d7f4a").setBody(BODY);
      }
    });
    server.start();
    okHttp = new OkHttpClient.Builder().socketFactory(NoDelaySockets.client()).build();
    hog = HogClient.builder().baseUrl(server.url("/").toString()).accessKey("ak_bench").secretKey("sk_bench_secret")
        .okHttpClient(okHttp).rateLimits(new RateLimits(Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 4)).build();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    hog.close();
    server.shutdown();
  }

  /** The ergonomic client: validation, idempotency key, auth, retry loop, limiter, envelope, record mapping. */
  @Benchmark
  public HogResponse<EnrichmentRecord> client() {
    return hog.enrichments().enrich(jane, FIELDS);
  }

  /** The floor: the same request and response through OkHttp and Moshi, nothing else. */
  @Benchmark
  public Map<String, Object> rawOkHttpAndMoshi() throws IOException {
    String body = requests.toJson(EnrichmentRequest.builder().identifier(jane).fields(FIELDS).build());
    Request request = new Request.Builder().url(server.url("/api/enrichments"))
        .header("X-Access-Key", "ak_bench").header("X-Secret-Key", "sk_bench_secret")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .post(RequestBody.create(body, JSON)).build();
    try (Response response = okHttp.newCall(request).execute()) {
      return responses.fromJson(response.body().source()).data();
    }
  }
}
