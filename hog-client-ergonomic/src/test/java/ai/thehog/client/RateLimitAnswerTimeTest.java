package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.common.RateLimits;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The client's limiter against a server that counts each request when it arrives, in fixed
 * one-minute windows starting at the first request it counts (as the sandbox does), on the fake clock.
 */
class RateLimitAnswerTimeTest extends WireMockTestBase {

  /** Counts arrivals in fixed windows; the first request takes {@code firstTrip} to arrive, the rest none. */
  private static final class FixedWindowServer implements Interceptor {
    private final FakeClock clock;
    private final Duration firstTrip;
    private final int limit;
    private long windowStart;
    private int counted;
    final List<Long> overLimit = new ArrayList<>();
    int requests;

    FixedWindowServer(FakeClock clock, Duration firstTrip, int limit) {
      this.clock = clock;
      this.firstTrip = firstTrip;
      this.limit = limit;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      if (requests++ == 0) {
        clock.advance(firstTrip);
      }
      long arrived = clock.nanoTime();
      if (requests == 1 || arrived - windowStart >= Duration.ofMinutes(1).toNanos()) {
        windowStart = arrived;
        counted = 0;
      }
      if (++counted > limit) {
        overLimit.add(arrived);
      }
      return chain.proceed(chain.request());
    }
  }

  @Test
  void aRequestSlowToArriveDoesNotLetTheServerSeeMoreThanTheLimitInOneOfItsMinutes() {
    String path = "/api/operations/op_1";
    server.stubFor(get(urlEqualTo(path)).willReturn(SpecResponses.json("GET", path, 200,
        SpecResponses.operation("op_1", "processing", 10, null, null))));
    // Two polls a minute. The first poll takes 2 s to reach the server (a cold start), so the
    // server's minute begins 2 s after the client's: counting the minute from the first slot, the
    // third poll would go at 60.3 s and arrive in the server's first minute, a third one there.
    FixedWindowServer fixedWindows = new FixedWindowServer(clock, Duration.ofSeconds(2), 2);
    long start = clock.nanoTime();
    try (HogClient hog = builder().rateLimits(new RateLimits(600, 2))
        .okHttpClient(new OkHttpClient.Builder().addNetworkInterceptor(fixedWindows).build()).build()) {
      for (int i = 0; i < 3; i++) {
        hog.operations().get("op_1");
      }
    }

    assertThat(fixedWindows.requests).isEqualTo(3);
    assertThat(fixedWindows.overLimit).isEmpty();
    // The third waited for a minute (and the limiter's 0.5%) from the first one's answer, no more.
    assertThat(clock.elapsedSince(start)).isEqualTo(Duration.ofSeconds(2).plus(Duration.ofMillis(60_300)));
  }
}
