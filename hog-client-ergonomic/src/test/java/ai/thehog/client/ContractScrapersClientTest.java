package ai.thehog.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.error.HogInvalidRequestException;
import ai.thehog.model.FacebookPage;
import ai.thehog.model.FacebookPageRequest;
import ai.thehog.model.FacebookPost;
import ai.thehog.model.FacebookPostRequest;
import ai.thehog.model.SeoCompetingKeywordsRequest;
import ai.thehog.model.SeoDomainOverview;
import ai.thehog.model.SeoDomainRequest;
import ai.thehog.model.SeoIntent;
import ai.thehog.model.SeoKeywordReport;
import ai.thehog.model.SeoKeywordSearchType;
import ai.thehog.model.SeoKeywordsRequest;
import ai.thehog.model.XConversationRequest;
import ai.thehog.model.XPost;
import ai.thehog.model.XPostRequest;
import ai.thehog.model.XProfileRequest;
import ai.thehog.model.XProfileScrape;
import ai.thehog.model.XSearchOptions;
import ai.thehog.model.XSearchPostsRequest;
import ai.thehog.model.YouTubeChannel;
import ai.thehog.model.YouTubeChannelRequest;
import ai.thehog.model.YouTubeVideo;
import ai.thehog.model.YouTubeVideoRequest;
import ai.thehog.sandbox.HogSandboxExtension;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The eleven scrapers only the API's own contract (page 07) lists, each reached through
 * {@link HogClient} against the sandbox and decoded into its typed result; {@link Reaches} names them for
 * {@link EveryOperationTest#everyOperationOfTheSpecHasATest()}.
 */
class ContractScrapersClientTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey("ak_contract_scrapers")
      .secretKey("sk_contract_scrapers_secret").build();

  final OperationRecorder recorder = new OperationRecorder();
  HogClient hog;

  @BeforeEach
  void client() {
    hog = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection())
        .okHttpClient(new OkHttpClient.Builder().addNetworkInterceptor(recorder).build()).build();
  }

  @AfterEach
  void everyNamedOperationWasAnsweredWithAKey(TestInfo test) {
    hog.close();
    Reaches reaches = test.getTestMethod().orElseThrow().getAnnotation(Reaches.class);
    for (String operationId : reaches == null ? new String[0] : reaches.value()) {
      assertThat(OperationRecorder.OPERATIONS).containsKey(operationId);
      assertThat(recorder.of(operationId)).as(operationId).isNotEmpty().allSatisfy(e -> {
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.idempotencyKey()).isNotBlank();
      });
    }
  }

  @Test
  @Reaches("getXProfile")
  void xProfile() {
    HogResponse<XProfileScrape> answer = hog.scrapers().x().profile(XProfileRequest.builder().username("janedoe")
        .maxTweets(3L).build());
    assertThat(answer.value().username()).isEqualTo("janedoe");
    assertThat(answer.value().tweets()).hasSize(3).allSatisfy(t -> {
      assertThat(t.id()).isNotBlank();
      assertThat(t.isRetweet()).isFalse();
    });
    assertThat(answer.value().authors()).extracting(a -> a.username()).containsExactly("janedoe");
    assertThat(answer.meta().requestId()).isNotBlank();
  }

  @Test
  @Reaches("searchXPosts")
  void xSearchPosts() {
    List<XPost> posts = hog.scrapers().x().searchPosts(XSearchPostsRequest.builder().query("revops").maxTweets(2L)
        .options(XSearchOptions.builder().lang("en").dateFrom("2026-01-01").build()).build()).value();
    assertThat(posts).hasSize(2).allSatisfy(p -> assertThat(p.text()).contains("revops"));
  }

  @Test
  @Reaches("getXPost")
  void xPost() {
    Optional<XPost> post = hog.scrapers().x().post(XPostRequest.builder()
        .postUrl("https://x.com/janedoe/status/1234567890").build()).value();
    assertThat(post).hasValueSatisfying(p -> {
      assertThat(p.id()).isEqualTo("1234567890");
      assertThat(p.authorUsername()).isEqualTo("janedoe");
    });
  }

  @Test
  @Reaches("getXConversation")
  void xConversation() {
    List<XPost> posts = hog.scrapers().x().conversation(XConversationRequest.builder().postId("1234567890")
        .maxTweets(4L).build()).value();
    assertThat(posts).hasSize(4).allSatisfy(p -> {
      assertThat(p.conversationId()).isEqualTo("1234567890");
      assertThat(p.isReply()).isTrue();
    });
  }

  @Test
  @Reaches("getYouTubeVideo")
  void youTubeVideo() {
    YouTubeVideo video = hog.scrapers().youtube().video(YouTubeVideoRequest.builder()
        .url("https://www.youtube.com/watch?v=abc123").build()).value();
    assertThat(video.videoId()).isEqualTo("abc123");
    assertThat(video.comments()).isNotEmpty().allSatisfy(c -> assertThat(c.text()).isNotBlank());
  }

  @Test
  @Reaches("getYouTubeChannel")
  void youTubeChannel() {
    YouTubeChannel channel = hog.scrapers().youtube().channel(YouTubeChannelRequest.builder()
        .url("https://www.youtube.com/@acme").build()).value();
    assertThat(channel.handle()).isEqualTo("@acme");
    assertThat(channel.subscriberCount()).isNotNull();
  }

  @Test
  @Reaches("getFacebookPost")
  void facebookPost() {
    FacebookPost post = hog.scrapers().facebook().post(FacebookPostRequest.builder()
        .url("https://www.facebook.com/acme/posts/1").build()).value();
    assertThat(post.url()).isEqualTo("https://www.facebook.com/acme/posts/1");
    assertThat(post.text()).isNotBlank();
  }

  @Test
  @Reaches("getFacebookPage")
  void facebookPage() {
    FacebookPage page = hog.scrapers().facebook().page(FacebookPageRequest.builder()
        .url("https://www.facebook.com/acme").build()).value();
    assertThat(page.pageUrl()).isEqualTo("https://www.facebook.com/acme");
    assertThat(page.followersCount()).isNotNull();
  }

  @Test
  @Reaches("getSeoDomainOverview")
  void seoDomain() {
    SeoDomainOverview overview = hog.scrapers().seo().domain(SeoDomainRequest.builder().domain("acme.com").build())
        .value();
    assertThat(overview.hasData()).isTrue();
    assertThat(overview.summary()).contains("acme.com");
  }

  @Test
  @Reaches("getSeoKeywords")
  void seoKeywords() {
    SeoKeywordReport report = hog.scrapers().seo().keywords(SeoKeywordsRequest.builder().domain("acme.com")
        .searchType(SeoKeywordSearchType.MOST_VALUABLE).pageSize(3L).build()).value();
    assertThat(report.domain()).isEqualTo("acme.com");
    assertThat(report.searchType()).isEqualTo("MostValuable");
    assertThat(report.intent()).isEqualTo(SeoIntent.SEO);
    assertThat(report.keywords()).hasSize(3);
    assertThat(report.resultCount()).isEqualTo(3L);
  }

  @Test
  @Reaches("getSeoCompetingKeywords")
  void seoCompetingKeywords() {
    SeoKeywordReport report = hog.scrapers().seo().competingKeywords(SeoCompetingKeywordsRequest.builder()
        .includedDomains(List.of("acme.com", "globex.com")).pageSize(2L).build()).value();
    assertThat(report.includedDomains()).containsExactly("acme.com", "globex.com");
    assertThat(report.keywords()).hasSize(2);
  }

  @Test
  void aRequestTheContractRefusesNamesTheField() {
    assertThatThrownBy(() -> hog.scrapers().x().conversation(XConversationRequest.builder().postId("1")
        .maxTweets(501L).build())).isInstanceOfSatisfying(HogInvalidRequestException.class,
            invalid -> assertThat(invalid.getMessage()).contains("maxTweets"));
  }

  @Test
  @Reaches("submitSearch")
  void aSyncSearchReturnsTheFinishedJobFromOneRequest() {
    ai.thehog.model.SearchJob job = hog.search().searchSync(ai.thehog.model.SearchRequest.builder()
        .type(ai.thehog.model.SearchType.WEB_SEARCH).query("acme pricing").build(), java.time.Duration.ofSeconds(30));
    assertThat(job.status()).isEqualTo(ai.thehog.model.SearchJobStatus.SUCCEEDED);
    assertThat(job.results()).isNotEmpty();
    assertThat(recorder.of("submitSearch")).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(200));
    assertThat(recorder.of("getSearch")).as("no poll: the answer was the finished job").isEmpty();
  }
}
