package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whatever the polling schedule, an operation only moves forward: queued, processing, terminal. */
class OperationProgressTest {

  static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder()
      .clock(CLOCK)
      .timeScale(4)
      .operationDuration(Duration.ofSeconds(8))   // 2 s of clock time
      .requestsPerMinute(100_000)
      .pollsPerMinute(100_000)
      .build();

  static final List<String> ORDER = List.of("queued", "processing", "succeeded");

  @Test
  void statusAndProgressNeverGoBackwards(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    qt().withExamples(20)
        .forAll(lists().of(integers().between(0, 400)).ofSizeBetween(1, 12))
        .checkAssert(steps -> {
          String pollUrl = (String) http.post("/api/v1/search", "{\"type\":\"web_search\",\"query\":\"cfo\"}").at("pollUrl");
          int lastRank = 0;
          long lastProgress = 0;
          for (int step : steps) {
            CLOCK.advance(Duration.ofMillis(step));
            SandboxHttp.Reply r = http.get(pollUrl);
            int rank = ORDER.indexOf((String) r.at("status"));
            assertThat(rank).isGreaterThanOrEqualTo(lastRank);
            Object progress = r.at("progress");
            if (progress != null) {
              assertThat((Long) progress).isBetween(lastProgress, 100L);
              lastProgress = (Long) progress;
            }
            if (rank == 2) {
              assertThat(progress).isEqualTo(100L);
              assertThat(r.at("result")).isNotNull();
            } else {
              assertThat(r.at("result")).isNull();
            }
            lastRank = rank;
          }
          CLOCK.advance(Duration.ofSeconds(3));
          assertThat(http.get(pollUrl).at("status")).isEqualTo("succeeded");
        });
  }
}
