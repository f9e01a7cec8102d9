package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With {@code realShapes(true)} the 202 answers are exactly the real API's (docs/06 section 2), and by
 * default they also carry the five pages' flat keys.
 */
class RealShapesTest {

  static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().clock(CLOCK).realShapes(true).build();

  @Test
  void aSearchJobIsSnakeCaseWithoutOperationIdAndNeedsAType(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply accepted = http.post("/api/v1/search", "{\"type\":\"tiktok_hashtag\",\"hashtag\":\"gtm\"}");
    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.map()).containsOnlyKeys("id", "status", "poll_url", "meta");
    assertThat(accepted.mapAt("meta")).containsOnlyKeys("request_id");
    assertThat(http.get("/api/operations/" + accepted.at("id")).status()).isEqualTo(404);
    CLOCK.advance(Duration.ofSeconds(6));
    SandboxHttp.Reply done = http.get((String) accepted.at("poll_url"));
    assertThat(done.at("status")).isEqualTo("succeeded");
    assertThat(done.at("query")).isEqualTo("#gtm");
    assertThat(done.at("results.0.platform_video_id")).isNotNull();

    assertThat(http.post("/api/v1/search", "{\"query\":\"no type\"}").status()).isEqualTo(400);
    assertThat(http.post("/api/v1/search", "{\"type\":\"people\",\"query\":\"x\"}").at("errors.0.property"))
        .isEqualTo("type");
  }

  @Test
  void crawlAndBatchScrapeAreWrappedAndPolledToTheirResult(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply crawl = http.post("/api/v1/platform/scrapers/web/crawl",
        "{\"url\":\"https://acme.example\",\"limit\":5,\"sameDomainOnly\":true}");
    assertThat(crawl.status()).isEqualTo(202);
    assertThat(crawl.map()).containsOnlyKeys("data", "meta");
    assertThat(crawl.mapAt("data")).containsKeys("id", "operationId", "status", "pollUrl");
    assertThat(crawl.at("meta.requestId")).isEqualTo(crawl.header("X-Request-Id"));
    CLOCK.advance(Duration.ofSeconds(6));
    SandboxHttp.Reply done = http.get((String) crawl.at("data.pollUrl"));
    assertThat(done.at("status")).isEqualTo("succeeded");
    assertThat(done.listAt("result.pages")).isNotEmpty();

    SandboxHttp.Reply batch = http.post("/api/v1/platform/scrapers/web/scrape/batch",
        "{\"items\":[{\"url\":\"https://a.example\",\"renderJs\":true}],\"maxConcurrency\":2}");
    assertThat(batch.map()).containsOnlyKeys("data", "meta");
    assertThat(batch.at("data.status")).isEqualTo("queued");
    assertThat(http.post("/api/v1/platform/scrapers/web/crawl", "{\"url\":\"https://a.example\",\"limit\":51}").status())
        .isEqualTo(400);
    assertThat(http.post("/api/v1/platform/scrapers/web/scrape/batch", "{\"maxConcurrency\":11}").status())
        .isEqualTo(400);
  }

  @Test
  void aBatchEnrichmentsResultCarriesNoCostAsTheOfficialSdksShapesHaveNone(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply accepted = http.post("/api/enrichments",
        "{\"identifiers\":[{\"email\":\"a@acme.example\"},{\"email\":\"b@acme.example\"}],\"fields\":[\"profile\"]}");
    assertThat(accepted.status()).isEqualTo(202);
    CLOCK.advance(Duration.ofSeconds(6));
    SandboxHttp.Reply done = http.poll((String) accepted.at("pollUrl"));
    assertThat(done.at("status")).isEqualTo("succeeded");
    assertThat(done.mapAt("result")).containsOnlyKeys("records");
    assertThat(sandbox.ledger().creditsCharged(SandboxHttp.ACCESS)).isEqualTo(2);
  }

  @Test
  void companySearchSendsNoMeta(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply companies = http.post("/api/v1/companies/search",
        "{\"query\":\"fintech\",\"limit\":3,\"filters\":{\"locations\":[\"Berlin\"],\"titleMatch\":\"exact\"}}");
    assertThat(companies.status()).isEqualTo(202);
    assertThat(companies.map()).containsOnlyKeys("id", "operationId", "status", "pollUrl");
  }

  @Test
  void byDefaultTooCrawlScrapeJobAndBatchAnswerOnlyDataAndMeta() {
    // The contract closes these 202s ({data, meta}, no other keys), so the default sandbox adds no flat keys.
    try (HogSandbox sandbox = HogSandbox.builder().build().start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      for (String[] call : new String[][] {{"/api/v1/platform/scrapers/web/crawl", "{\"url\":\"https://acme.example\"}"},
          {"/api/v1/platform/scrapers/web/scrape/jobs", "{\"url\":\"https://acme.example\"}"},
          {"/api/v1/platform/scrapers/web/scrape/batch", "{\"urls\":[\"https://acme.example\"]}"}}) {
        SandboxHttp.Reply accepted = http.post(call[0], call[1]);
        assertThat(accepted.status()).as(call[0]).isEqualTo(202);
        assertThat(accepted.map()).as(call[0]).containsOnlyKeys("data", "meta");
        assertThat(accepted.mapAt("data")).containsOnlyKeys("id", "operationId", "status", "pollUrl");
        assertThat(accepted.mapAt("meta")).containsOnlyKeys("requestId");
      }
    }
  }
}
