package ai.thehog.client;

import ai.thehog.client.common.ListOptions;
import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.Meta;
import ai.thehog.client.common.Page;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.json.Metas;
import ai.thehog.client.error.HogException;
import ai.thehog.client.error.HogInvalidRequestException;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.error.HogSearchJobFailedException;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.client.operation.SearchJobOperation;
import ai.thehog.client.operation.Submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.CompanySearchRequest;
import ai.thehog.model.ContextRequest;
import ai.thehog.model.CreateMonitorRequest;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.DeepfakeDetectionRequest;
import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.Estimate;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.InstagramComment;
import ai.thehog.model.InstagramFollowScrape;
import ai.thehog.model.InstagramFollowersRequest;
import ai.thehog.model.InstagramFollowingRequest;
import ai.thehog.model.InstagramPost;
import ai.thehog.model.InstagramPostCommentsRequest;
import ai.thehog.model.InstagramPostRequest;
import ai.thehog.model.InstagramProfile;
import ai.thehog.model.InstagramProfileRequest;
import ai.thehog.model.LinkedInCompany;
import ai.thehog.model.LinkedInCompanyPosts;
import ai.thehog.model.LinkedInCompanyPostsRequest;
import ai.thehog.model.LinkedInCompanyRequest;
import ai.thehog.model.LinkedInFinder;
import ai.thehog.model.LinkedInFinderRequest;
import ai.thehog.model.LinkedInKeywordPostsRequest;
import ai.thehog.model.LinkedInPost;
import ai.thehog.model.LinkedInPostComment;
import ai.thehog.model.LinkedInPostEngagementRequest;
import ai.thehog.model.LinkedInPostReaction;
import ai.thehog.model.LinkedInProfile;
import ai.thehog.model.LinkedInProfileActivityRequest;
import ai.thehog.model.LinkedInProfileComment;
import ai.thehog.model.LinkedInProfilePosts;
import ai.thehog.model.LinkedInProfilePostsRequest;
import ai.thehog.model.LinkedInProfileReaction;
import ai.thehog.model.LinkedInProfileRequest;
import ai.thehog.model.Monitor;
import ai.thehog.model.MonitorEvent;
import ai.thehog.model.MonitorStatus;
import ai.thehog.model.MonitorType;
import ai.thehog.model.Operation;
import ai.thehog.model.OperationStatus;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PeopleResearchRequest;
import ai.thehog.model.PeopleSearchEstimate;
import ai.thehog.model.PeopleSearchRequest;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.PlatformIdentity;
import ai.thehog.model.RunMonitorRequest;
import ai.thehog.model.SearchJob;
import ai.thehog.model.SearchJobStatus;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.CompanySearchResult;
import ai.thehog.model.PeopleSearchResult;
import ai.thehog.model.SearchResultItem;
import ai.thehog.model.SearchType;
import ai.thehog.model.SignalsRequest;
import ai.thehog.model.TikTokProfileRequest;
import ai.thehog.model.TikTokProfileScrape;
import ai.thehog.model.UpdateMonitorRequest;
import ai.thehog.model.WebCrawlRequest;
import ai.thehog.model.WebPage;
import ai.thehog.model.WebScrapeBatchRequest;
import ai.thehog.model.WebScrapeJobRequest;
import ai.thehog.model.WebScrapeRequest;
import ai.thehog.model.WebSearchRequest;
import ai.thehog.model.WebSearchResult;
import ai.thehog.model.json.HogJson;
import ai.thehog.sandbox.HogSandboxExtension;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of the spec reached from {@link HogClient} against the sandbox, its answer decoded
 * into its typed result. Each test names the operations it reaches ({@link Reaches}); after it, the
 * recorder checks that each was answered 2xx, and {@link #everyOperationOfTheSpecHasATest()} fails
 * when an operation of the spec has no test.
 */
class EveryOperationTest {

  static final double SCALE = 10.0;

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey("ak_every_op")
      .secretKey("sk_every_op_secret").timeScale(SCALE).operationDuration(Duration.ofSeconds(3)).build();

  /** The real API's shapes only: snake_case search 202, wrapped crawl and batch-scrape 202. */
  @RegisterExtension
  static final HogSandboxExtension REAL = HogSandboxExtension.builder().accessKey("ak_every_op_real")
      .secretKey("sk_every_op_real_secret").timeScale(SCALE).operationDuration(Duration.ofSeconds(3))
      .realShapes(true).build();

  final OperationRecorder recorder = new OperationRecorder();
  HogClient hog;
  HogClient real;

  @BeforeEach
  void clients() {
    OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(recorder).build();
    hog = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection())
        .okHttpClient(recording).build();
    real = HogClient.builder().environment(Map.of()).connection(REAL.sandbox().connection())
        .okHttpClient(recording).build();
  }

  @AfterEach
  void everyNamedOperationWasAnswered(TestInfo test) {
    hog.close();
    real.close();
    Reaches reaches = test.getTestMethod().orElseThrow().getAnnotation(Reaches.class);
    if (reaches == null) {
      return;
    }
    for (String operationId : reaches.value()) {
      assertThat(OperationRecorder.OPERATIONS).as("operationId %s of @Reaches", operationId).containsKey(operationId);
      assertThat(recorder.of(operationId)).as("%s answered 2xx in %s", operationId, test.getDisplayName())
          .anyMatch(exchange -> exchange.status() >= 200 && exchange.status() < 300);
    }
    // Every POST and PATCH carried an Idempotency-Key.
    assertThat(recorder.exchanges()).filteredOn(e -> e.method().equals("POST") || e.method().equals("PATCH"))
        .allSatisfy(e -> assertThat(e.idempotencyKey()).as(e.method() + " " + e.path()).isNotBlank());
  }

  @Test
  void everyOperationOfTheSpecHasATest() {
    Set<String> tested = Arrays.stream(new Class<?>[] {EveryOperationTest.class, ContractScrapersClientTest.class})
        .flatMap(test -> Arrays.stream(test.getDeclaredMethods()))
        .map(method -> method.getAnnotation(Reaches.class)).filter(reaches -> reaches != null)
        .flatMap(reaches -> Arrays.stream(reaches.value())).collect(Collectors.toCollection(TreeSet::new));
    Set<String> untested = new TreeSet<>(OperationRecorder.OPERATIONS.keySet());
    untested.removeAll(tested);
    assertThat(untested).as("operations of the spec that no test reaches through HogClient").isEmpty();
    assertThat(OperationRecorder.OPERATIONS).hasSize(62);
    // And every method of the generated Retrofit interfaces is one of them.
    Set<String> generated = Arrays.stream(new Class<?>[] {
        ai.thehog.client.generated.EnrichmentsApi.class, ai.thehog.client.generated.OperationsApi.class,
        ai.thehog.client.generated.CompaniesApi.class, ai.thehog.client.generated.PeopleApi.class,
        ai.thehog.client.generated.SearchApi.class, ai.thehog.client.generated.DeepResearchApi.class,
        ai.thehog.client.generated.WebScrapersApi.class, ai.thehog.client.generated.MonitorsApi.class,
        ai.thehog.client.generated.LinkedInScrapersApi.class, ai.thehog.client.generated.InstagramScrapersApi.class,
        ai.thehog.client.generated.TikTokScrapersApi.class, ai.thehog.client.generated.ImageScrapersApi.class,
        ai.thehog.client.generated.ContextApi.class, ai.thehog.client.generated.SignalsApi.class,
        ai.thehog.client.generated.GenerateApi.class, ai.thehog.client.generated.EstimatesApi.class,
        ai.thehog.client.generated.XScrapersApi.class, ai.thehog.client.generated.YouTubeScrapersApi.class,
        ai.thehog.client.generated.FacebookScrapersApi.class, ai.thehog.client.generated.SeoScrapersApi.class})
        .flatMap(api -> Arrays.stream(api.getDeclaredMethods()))
        // An operation's multipart twin (x-hog-upload) is the same operation: detectImageDeepfakeUpload.
        .map(m -> m.isAnnotationPresent(retrofit2.http.Multipart.class) ? m.getName().replaceFirst("Upload$", "")
            : m.getName())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(generated).isEqualTo(new TreeSet<>(OperationRecorder.OPERATIONS.keySet()));
  }

  // ---- Monitors ----

  @Test
  @Reaches({"createMonitor", "listMonitors", "getMonitor", "updateMonitor", "runMonitorNow", "listMonitorEvents",
      "deleteMonitor"})
  void monitorLifeCycle() {
    List<Monitor> created = List.of("founders", "hiring", "funding").stream().map(name -> hog.monitors()
        .create(CreateMonitorRequest.builder().name(name).type(MonitorType.LINKEDIN_KEYWORD)
            .config(Map.of("keyword", name, "filters", Map.of("minFollowers", 12345678901L))).maxResults(5).build())
        .value()).toList();
    Monitor first = created.get(0);
    assertThat(first.id()).isNotBlank();
    assertThat(first.status()).isEqualTo(MonitorStatus.ACTIVE);
    assertThat(first.config()).containsEntry("filters", Map.of("minFollowers", 12345678901L));

    // Three pages of one: the first page, then the next ones fetched only as they are read.
    Page<Monitor> page = hog.monitors().list(null, ListOptions.builder().limit(1).build());
    assertThat(page.data()).extracting(Monitor::id).containsExactly(first.id());
    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.nextPage().data()).extracting(Monitor::id).containsExactly(created.get(1).id());
    int listed = recorder.of("listMonitors").size();
    assertThat(page.autoPagingStream().findFirst()).map(Monitor::id).contains(first.id());
    assertThat(recorder.of("listMonitors")).as("no page fetched before it is needed").hasSize(listed);
    List<String> all = page.autoPagingStream().map(Monitor::id).toList();
    assertThat(all).containsExactlyElementsOf(created.stream().map(Monitor::id).toList());
    assertThat(recorder.of("listMonitors")).as("pages two and three, once each").hasSize(listed + 2);
    Page<Monitor> last = page.nextPage().nextPage();
    assertThat(last.hasNextPage()).isFalse();
    assertThat(last.nextCursor()).isEmpty();

    Monitor renamed = hog.monitors().update(first.id(), UpdateMonitorRequest.builder().name("founders-eu").build())
        .value();
    assertThat(renamed.name()).isEqualTo("founders-eu");
    assertThat(recorder.of("updateMonitor")).allSatisfy(e -> assertThat(e.idempotencyKey()).isNotBlank());
    assertThat(hog.monitors().pause(first.id()).value().status()).isEqualTo(MonitorStatus.PAUSED);
    assertThat(hog.monitors().list(MonitorStatus.PAUSED, ListOptions.defaults()).data()).extracting(Monitor::id)
        .containsExactly(first.id());
    assertThat(hog.monitors().resume(first.id()).value().status()).isEqualTo(MonitorStatus.ACTIVE);

    HogResponse<Monitor> run = hog.monitors().runNow(first.id());
    assertThat(recorder.of("runMonitorNow")).extracting(OperationRecorder.Exchange::status).containsOnly(202);
    assertThat(run.value().id()).isEqualTo(first.id());
    assertThat(run.value().lastRunAt()).isNotBlank();
    assertThat(hog.monitors().get(first.id()).value().lastRunAt()).isEqualTo(run.value().lastRunAt());

    Page<MonitorEvent> events = hog.monitors().events(first.id(), null, ListOptions.builder().limit(2).build());
    assertThat(events.data()).hasSize(2);
    List<MonitorEvent> allEvents = events.autoPagingStream().toList();
    assertThat(allEvents).hasSize(3).allSatisfy(event -> {
      assertThat(event.monitorId()).isEqualTo(first.id());
      assertThat(event.eventJson()).isNotEmpty();
    });

    HogResponse<Void> deleted = hog.monitors().delete(first.id());
    assertThat(deleted.meta().requestId()).isNotBlank();
    assertThat(deleted.value()).isNull();
    assertThatThrownBy(() -> hog.monitors().get(first.id())).isInstanceOf(HogNotFoundException.class);
    assertThatThrownBy(() -> hog.monitors().events(first.id())).isInstanceOf(HogNotFoundException.class);
    assertThat(hog.monitors().list().autoPagingStream().map(Monitor::id).toList())
        .containsExactly(created.get(1).id(), created.get(2).id());
  }

  @Test
  @Reaches({"createMonitor", "runMonitorNow"})
  void derivedIdempotencyKeysOfTwoMonitorsDifferAndOfOneMonitorRepeat() {
    RequestOptions derived = RequestOptions.builder().deterministicIdempotencyKey().build();
    List<String> ids = List.of("a", "b").stream().map(name -> hog.monitors().create(CreateMonitorRequest.builder()
        .name(name).type(MonitorType.LINKEDIN_KEYWORD).config(Map.of("keyword", name)).build()).value().id()).toList();
    RunMonitorRequest body = RunMonitorRequest.builder().forceFresh(true).build();
    hog.monitors().runNow(ids.get(0), body, derived);
    hog.monitors().runNow(ids.get(1), body, derived);
    hog.monitors().runNow(ids.get(0), body, derived);
    List<String> keys = recorder.of("runMonitorNow").stream().map(OperationRecorder.Exchange::idempotencyKey).toList();
    assertThat(keys).hasSize(3);
    assertThat(keys.get(0)).as("same body, another monitor: another request").isNotEqualTo(keys.get(1));
    assertThat(keys.get(2)).as("the same request again: the same key").isEqualTo(keys.get(0));
  }

  @Test
  @Reaches({"listMonitors", "submitSearch", "getSearch"})
  void everyPageAndEverySearchJobPollTakesASlotOfTheRateLimiter() {
    List<String> slots = new java.util.concurrent.CopyOnWriteArrayList<>();
    HogRateLimiter counting = new HogRateLimiter() {
      @Override
      public boolean tryAcquire(String bucket, Duration maxWait) {
        slots.add(bucket);
        return true;
      }

      @Override
      public void pause(String bucket, Duration pause) {
      }

      @Override
      public Duration pausedFor(String bucket) {
        return Duration.ZERO;
      }
    };
    for (int i = 0; i < 3; i++) {
      hog.monitors().create(CreateMonitorRequest.builder().name("m" + i).type(MonitorType.WEB_SEARCH)
          .config(Map.of("query", "acme")).build());
    }
    try (HogClient limited = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection())
        .okHttpClient(new OkHttpClient.Builder().addNetworkInterceptor(recorder).build()).rateLimiter(counting).build()) {
      assertThat(limited.monitors().list(null, ListOptions.builder().limit(1).build()).autoPagingStream().count())
          .isEqualTo(3);
      assertThat(slots).containsExactly(HogRateLimiter.REQUESTS, HogRateLimiter.REQUESTS, HogRateLimiter.REQUESTS);

      slots.clear();
      SearchJobOperation job = limited.search().start(SearchRequest.builder().type(ai.thehog.model.SearchType.WEB_SEARCH).query("acme").build());
      job.await(Duration.ofMinutes(1));
      long polls = recorder.of("getSearch").size();
      assertThat(polls).isPositive();
      assertThat(slots.stream().filter(HogRateLimiter.POLLS::equals).count()).as("search job reads in the poll bucket")
          .isEqualTo(polls);
    }
  }

  @Test
  void aCursorTheServerRepeatsStopsTheIterationInsteadOfLooping() {
    int[] fetches = {0};
    Page<String> looping = ai.thehog.client.internal.core.Access.page(List.of("a"), "c1", Metas.EMPTY, cursor -> {
      fetches[0]++;
      return ai.thehog.client.internal.core.Access.<String>page(List.of("b"), "c1", Metas.EMPTY, null);
    });
    assertThatThrownBy(() -> looping.autoPagingStream().toList()).isInstanceOf(HogException.class)
        .hasMessageContaining("next_cursor c1 twice");
    assertThat(fetches[0]).isEqualTo(1);
  }

  // ---- Search jobs ----

  @Test
  @Reaches({"submitSearch", "getSearch", "listSearches"})
  void searchJobAnsweredInSnakeCaseIsPolledToSucceededWithTypedItems() {
    SearchJobOperation job = real.search().start(SearchRequest.builder().type(ai.thehog.model.SearchType.WEB_SEARCH).query("fintech Berlin")
        .maxResults(5).build());

    OperationRecorder.Exchange accepted = recorder.of("submitSearch").get(0);
    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.body()).contains("\"poll_url\"", "\"request_id\"").doesNotContain("operationId", "pollUrl");
    assertThat(job.id()).isNotBlank();
    assertThat(job.meta().requestId()).isNotBlank();

    SearchJob done = job.await(Duration.ofMinutes(1));
    assertThat(done.status()).isEqualTo(SearchJobStatus.SUCCEEDED);
    assertThat(done.type()).isEqualTo(SearchType.WEB_SEARCH);
    assertThat(done.results()).hasSize(5).allSatisfy(item -> {
      assertThat(item).isInstanceOf(SearchResultItem.class);
      assertThat(item.url()).startsWith("http");
      assertThat(item.title()).isNotBlank();
    });
    assertThat(recorder.of("getSearch")).isNotEmpty();
    assertThat(recorder.of("getOperation")).as("a search job is never polled as an operation").isEmpty();

    assertThat(real.search().get(job.id()).value().results()).isEqualTo(done.results());
    assertThat(real.search().list(SearchType.WEB_SEARCH, ListOptions.builder().limit(10).build()).data())
        .extracting(SearchJob::id).contains(job.id());
    assertThat(real.search().resume(job.id()).poll().status()).isEqualTo(SearchJobStatus.SUCCEEDED);
  }

  @Test
  @Reaches({"submitSearch", "getSearch"})
  void aFailedSearchJobSaysWhyAndWhetherToRetry() {
    SearchJobOperation job = hog.search().start(SearchRequest.builder().type(ai.thehog.model.SearchType.WEB_SEARCH)
        .query("site:fail.example").build());
    assertThatThrownBy(() -> job.await(Duration.ofMinutes(1))).isInstanceOfSatisfying(
        HogSearchJobFailedException.class, failed -> {
          assertThat(failed.operationId()).isEqualTo(job.id());
          assertThat(failed.searchJob().status()).isEqualTo(SearchJobStatus.FAILED);
          assertThat(failed.error().message()).isNotBlank();
          assertThat(failed.getMessage()).contains(job.id(), failed.error().message());
        });
    assertThatThrownBy(() -> hog.search().get("search_does_not_exist")).isInstanceOf(HogNotFoundException.class);
  }

  // ---- Web ----

  @Test
  @Reaches({"crawlWebsite", "scrapeWebPages", "getOperation"})
  void aCrawlAnsweredWrappedIsPolledToItsResult() throws Exception {
    HogOperation<Map<String, Object>> crawl = real.scrapers().web()
        .startCrawl(WebCrawlRequest.builder().url("https://acme.example").maxPages(3).build());
    OperationRecorder.Exchange accepted = recorder.of("crawlWebsite").get(0);
    assertThat(accepted.status()).isEqualTo(202);
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) HogJson.moshi().adapter(Object.class).fromJson(accepted.body());
    assertThat(body).containsKeys("data", "meta");
    assertThat(crawl.id()).isEqualTo(((Map<?, ?>) body.get("data")).get("id"));

    OperationOutcome<Map<String, Object>> outcome = crawl.await(Duration.ofMinutes(1));
    assertThat(outcome).isInstanceOf(OperationOutcome.Succeeded.class);
    assertThat(outcome.result()).isNotEmpty();

    OperationOutcome<Map<String, Object>> batch = real.scrapers().web().startScrapePages(WebScrapeBatchRequest.builder()
        .urls(List.of("https://acme.example/a", "https://acme.example/b")).build()).await(Duration.ofMinutes(1));
    assertThat(batch.result()).isNotEmpty();
  }

  @Test
  @Reaches({"searchWeb", "scrapeWebPage", "createScrapeJob"})
  void webSearchAndScrape() {
    WebSearchResult found = hog.scrapers().web().search(WebSearchRequest.builder().query("acme pricing").maxResults(3L)
        .build()).value();
    assertThat(found.query()).isEqualTo("acme pricing");
    assertThat(found.results()).hasSize(3).allSatisfy(hit -> assertThat(hit.url()).isNotBlank());
    HogResponse<WebPage> page = hog.scrapers().web().scrape(WebScrapeRequest.builder().url("https://acme.example").build());
    assertThat(page.value().url()).isEqualTo("https://acme.example");
    assertThat(page.value().text()).isNotBlank();
    assertThat(page.meta().requestId()).isNotBlank();
    assertThat(hog.scrapers().web().startScrapeJob(WebScrapeJobRequest.builder()
        .url("https://acme.example").build()).await(Duration.ofMinutes(1)).result()).isNotNull();
  }

  // ---- LinkedIn, Instagram, TikTok, image ----

  @Test
  @Reaches({"findLinkedInCompanies", "getLinkedInProfile", "getLinkedInCompany", "listLinkedInCompanyPosts",
      "listLinkedInProfilePosts", "searchLinkedInKeywordPosts", "listLinkedInPostReactions",
      "listLinkedInPostComments", "listLinkedInProfileReactions", "listLinkedInProfileComments"})
  void linkedInScrapers() {
    LinkedInScrapers linkedin = hog.scrapers().linkedin();
    List<LinkedInFinder> finder = linkedin.findCompanies(LinkedInFinderRequest.builder()
        .domains(List.of("acme.example", "globex.example")).build()).value();
    assertThat(finder).extracting(LinkedInFinder::domain).containsExactly("acme.example", "globex.example");
    LinkedInProfile profile = linkedin.profile(LinkedInProfileRequest.builder().username("jane-doe").build()).value()
        .orElseThrow();
    assertThat(profile.username()).isEqualTo("jane-doe");
    assertThat(profile.fullName()).isNotBlank();
    assertThat(linkedin.profile(LinkedInProfileRequest.builder().username("jane-doe").build()).value())
        .as("the same input gives the same data").contains(profile);
    LinkedInCompany company = linkedin.company(LinkedInCompanyRequest.builder().identifier("acme").build()).value()
        .orElseThrow();
    assertThat(company).isNotNull();
    LinkedInCompanyPosts companyPosts = linkedin.companyPosts(LinkedInCompanyPostsRequest.builder().companySlug("acme")
        .limit(2L).build()).value();
    assertThat(companyPosts.posts()).isNotEmpty().allSatisfy(post -> assertThat(post.activityId()).isNotBlank());
    LinkedInProfilePosts profilePosts = linkedin.profilePosts(LinkedInProfilePostsRequest.builder().username("jane-doe")
        .maxPosts(2L).build()).value();
    assertThat(profilePosts.posts()).isNotEmpty();
    List<LinkedInPost> keyword = linkedin.keywordPosts(LinkedInKeywordPostsRequest.builder().keyword("founder")
        .build()).value();
    assertThat(keyword).isNotEmpty().allSatisfy(post -> assertThat(post.text()).isNotBlank());
    LinkedInPostEngagementRequest post = LinkedInPostEngagementRequest.builder()
        .postUrls(List.of("https://www.linkedin.com/posts/acme_activity-1")).maxItems(3L).build();
    List<LinkedInPostReaction> reactions = linkedin.postReactions(post).value();
    assertThat(reactions).isNotEmpty();
    List<LinkedInPostComment> comments = linkedin.postComments(post).value();
    assertThat(comments).isNotEmpty();
    LinkedInProfileActivityRequest activity = LinkedInProfileActivityRequest.builder()
        .profiles(List.of("https://www.linkedin.com/in/jane-doe")).maxItems(2L).build();
    List<LinkedInProfileReaction> profileReactions = linkedin.profileReactions(activity).value();
    assertThat(profileReactions).isNotEmpty();
    List<LinkedInProfileComment> profileComments = linkedin.profileComments(activity).value();
    assertThat(profileComments).isNotEmpty();
  }

  @Test
  void aScraperLimitIsRefusedWithTheFieldNamed() {
    assertThatThrownBy(() -> hog.scrapers().linkedin().profilePosts(LinkedInProfilePostsRequest.builder()
        .username("jane-doe").maxPosts(201L).build())).isInstanceOfSatisfying(HogInvalidRequestException.class,
            invalid -> assertThat(invalid.getMessage()).contains("maxPosts"));
  }

  @Test
  @Reaches({"getInstagramProfile", "listInstagramPosts", "getInstagramPost", "listInstagramPostComments",
      "listInstagramFollowers", "listInstagramFollowing", "getTikTokProfile", "detectImageDeepfake"})
  void instagramTikTokAndImageScrapers() {
    InstagramScrapers instagram = hog.scrapers().instagram();
    InstagramProfile profile = instagram.profile(InstagramProfileRequest.builder().username("acme").build()).value()
        .orElseThrow();
    assertThat(profile).isNotNull();
    List<InstagramPost> posts = instagram.posts(InstagramProfileRequest.builder().username("acme").maxPosts(2L).build())
        .value();
    assertThat(posts).isNotEmpty().allSatisfy(p -> assertThat(p.shortcode()).isNotBlank());
    InstagramPost post = instagram.post(InstagramPostRequest.builder().postUrl("https://www.instagram.com/p/abc123/")
        .build()).value().orElseThrow();
    assertThat(post.shortcode()).isNotBlank();
    List<InstagramComment> comments = instagram.postComments(InstagramPostCommentsRequest.builder()
        .postUrl("https://www.instagram.com/p/abc123/").maxComments(3L).build()).value();
    assertThat(comments).isNotEmpty();
    InstagramFollowScrape followers = instagram.followers(InstagramFollowersRequest.builder().username("acme")
        .maxFollowers(3L).build()).value();
    assertThat(followers.edges()).isNotEmpty();
    InstagramFollowScrape following = instagram.following(InstagramFollowingRequest.builder().username("acme")
        .maxFollowing(3L).build()).value();
    assertThat(following.relationType()).isNotEqualTo(followers.relationType());

    TikTokProfileScrape tiktok = hog.scrapers().tiktok().profile(TikTokProfileRequest.builder().username("acme")
        .maxVideos(2L).build()).value();
    // Typed in the contract's snake_case (platform_video_id, follower_count, created_at).
    assertThat(tiktok.profile().username()).isEqualTo("acme");
    assertThat(tiktok.profile().followerCount()).isNotNull();
    assertThat(tiktok.videos()).hasSize(2).allSatisfy(video -> {
      assertThat(video.platformVideoId()).isNotBlank();
      assertThat(video.createdAt()).isNotBlank();
      assertThat(video.authorUsername()).isEqualTo("acme");
    });
    assertThat(tiktok.relatedVideos()).allSatisfy(related -> {
      assertThat(related.relationship()).isEqualTo(ai.thehog.model.TikTokRelatedVideoRelationship.COLLABORATION);
      assertThat(related.collaborators()).extracting(ai.thehog.model.TikTokProfile::username).contains("acme");
    });

    HogResponse<ai.thehog.model.DeepfakeDetection> deepfake = hog.scrapers().image().detectDeepfake(DeepfakeDetectionRequest.builder()
        .url("https://acme.example/jane.jpg").build());
    assertThat(deepfake.value().verdict().known()).isNotNull();
    assertThat(deepfake.value().score()).isBetween(0.0, 1.0);
    assertThat(deepfake.value().signals().faceManipulation().facesAnalyzed()).isEqualTo(1L);
    assertThat(deepfake.meta().requestId()).isNotBlank();
  }

  // ---- Enrichments, operations, estimates ----

  @Test
  @Reaches({"submitEnrichment", "getEnrichment", "getOperation", "listOperations"})
  void enrichmentsAndOperations() {
    PersonIdentifier jane = PersonIdentifier.builder().email("jane@acme.example").build();
    HogResponse<EnrichmentRecord> one = hog.enrichments().enrich(jane, List.of("contact.email"));
    assertThat(one.value().data()).containsKey("contact");

    Submission<Map<String, Object>, EnrichmentBatchResult> batch = hog.enrichments().submit(EnrichmentRequest.builder()
        .identifiers(List.of(jane, PersonIdentifier.builder().email("john@acme.example").build()))
        .fields(List.of("profile")).build());
    HogOperation<EnrichmentBatchResult> operation = ((Submission.Accepted<Map<String, Object>, EnrichmentBatchResult>) batch)
        .operation();
    assertThat(hog.enrichments().get(operation.id()).value().id()).isEqualTo(operation.id());
    assertThat(operation.await(Duration.ofMinutes(1)).result().records()).hasSize(2);
    Operation ended = hog.enrichments().get(operation.id()).value();
    assertThat(ended.status()).isEqualTo(OperationStatus.SUCCEEDED);
    assertThat(ended.result()).containsKey("records");
    assertThatThrownBy(() -> hog.enrichments().get("op_does_not_exist")).isInstanceOf(HogNotFoundException.class);

    HogOperation<DeepResearchResult> research = hog.deepResearch().start(DeepResearchRequest.builder()
        .prompt("Who runs Acme?").schema(Map.of("type", "object")).build());
    // A bare array of the newest operations (the API's contract): limit bounds it, there is no next page.
    Page<Operation> newest = hog.operations().list(null, ListOptions.builder().limit(1).build());
    assertThat(newest.data()).extracting(Operation::id).containsExactly(research.id());
    assertThat(newest.autoPagingStream().map(Operation::id).toList()).containsExactly(research.id());
    assertThat(hog.operations().list().data()).extracting(Operation::id).containsExactly(research.id(), operation.id());
    assertThat(hog.operations().list(OperationStatus.SUCCEEDED, ListOptions.defaults()).data())
        .extracting(Operation::id).contains(operation.id());
    assertThat(hog.operations().list(OperationStatus.FAILED, ListOptions.defaults()).data()).isEmpty();
  }

  @Test
  @Reaches({"estimatePeopleSearch", "estimatePeopleEnrichment", "estimatePeopleResearch", "estimateGeneration"})
  void estimates() {
    PeopleSearchEstimate search = hog.estimates().peopleSearch(PeopleSearchRequest.builder().query("CTOs in Berlin")
        .limit(10).includeContacts(true).contactFields(List.of(ai.thehog.model.ContactField.EMAIL)).build()).value();
    assertThat(search.estimatedCredits()).isEqualTo(12L);
    assertThat(search.withinPlanLimits()).isTrue();
    // Flat in the contract, typed to its leaves.
    assertThat(search.likelySyncOrAsync()).isEqualTo(ai.thehog.model.ExecutionMode.ASYNC);
    assertThat(search.breakdown().baseSearchCredits()).isEqualTo(2L);
    assertThat(search.breakdown().contactEnrichment().estimatedCredits()).isEqualTo(10L);
    assertThat(search.assumptions().mode()).isNotBlank();
    PeopleEnrichRequest enrich = PeopleEnrichRequest.builder()
        .identities(List.of(PlatformIdentity.builder().platform("linkedin").username("jane-doe").build())).build();
    Estimate enrichment = hog.estimates().peopleEnrichment(enrich).value();
    assertThat(enrichment.estimatedCredits()).isEqualTo(2L);
    assertThat(hog.estimates().peopleResearch(PeopleResearchRequest.builder().putAdditionalProperty("name", "Jane Doe")
        .build()).value().estimatedCredits()).isEqualTo(5L);
    assertThat(hog.estimates().generation(GenerateRequest.builder().putAdditionalProperty("prompt", "Hi").build())
        .value().estimatedCredits()).isEqualTo(4L);
    assertThat(SANDBOX.sandbox().ledger().creditsCharged("ak_every_op")).isZero();
  }

  // ---- Searches and the older generation ----

  @Test
  @Reaches({"searchCompanies", "searchPeople", "searchCompaniesLegacy", "searchPeopleLegacy", "startDeepResearch"})
  void companyPeopleAndDeepResearch() {
    OperationOutcome<CompanySearchResult> companies = hog.companies().searchAndAwait(CompanySearchRequest.builder()
        .query("fintech in Berlin").limit(3).build(), Duration.ofMinutes(1));
    assertThat(companies.result().data()).isNotNull();
    OperationOutcome<PeopleSearchResult> people = hog.people().searchAndAwait(PeopleSearchRequest.builder().query("CTO")
        .limit(3).build(), Duration.ofMinutes(1));
    assertThat(people.result().data()).isNotNull();
    assertThat(hog.companies().searchLegacy(CompanySearchRequest.builder().putAdditionalProperty("industry", "AI")
        .build()).value()).isNotNull();
    assertThat(hog.people().searchLegacy(PeopleSearchRequest.builder().putAdditionalProperty("title", "CTO").build())
        .value()).isNotNull();
    assertThat(hog.deepResearch().researchAndAwait(DeepResearchRequest.builder().prompt("Acme's pricing")
        .schema(Map.of("type", "object")).build(),
        Duration.ofMinutes(1)).result().data()).isEqualTo(Map.of());
  }

  @Test
  @Reaches({"researchPerson", "enrichPeople", "assembleContext", "classifySignals", "generateContent"})
  void olderGeneration() {
    PeopleEnrichRequest enrich = PeopleEnrichRequest.builder()
        .identities(List.of(PlatformIdentity.builder().platform("linkedin").username("jane-doe").build())).build();
    assertThat(hog.people().submitEnrichment(enrich).isCompleted()).isTrue();
    assertThat(hog.people().research(PeopleResearchRequest.builder().putAdditionalProperty("name", "Jane Doe").build())
        .value().value()).isNotNull();
    assertThat(hog.context().assemble(ContextRequest.builder().putAdditionalProperty("company", "Acme").build()).value())
        .isNotNull();
    assertThat(hog.signals().classify(SignalsRequest.builder().putAdditionalProperty("company", "Acme").build()).value())
        .isNotNull();
    assertThat(hog.generate().generateAndAwait(GenerateRequest.builder().putAdditionalProperty("prompt", "Hi").build(),
        Duration.ofMinutes(1)).value().value()).isNotNull();
  }
}
