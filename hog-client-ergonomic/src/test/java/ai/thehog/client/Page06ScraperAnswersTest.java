package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.model.InstagramComment;
import ai.thehog.model.InstagramFollowScrape;
import ai.thehog.model.InstagramFollowingRequest;
import ai.thehog.model.InstagramPost;
import ai.thehog.model.InstagramPostCommentsRequest;
import ai.thehog.model.InstagramPostRequest;
import ai.thehog.model.InstagramProfile;
import ai.thehog.model.InstagramProfileRequest;
import ai.thehog.model.InstagramRelationType;
import ai.thehog.model.LinkedInCompany;
import ai.thehog.model.LinkedInCompanyRequest;
import ai.thehog.model.LinkedInFinder;
import ai.thehog.model.LinkedInFinderRequest;
import ai.thehog.model.LinkedInProfilePosts;
import ai.thehog.model.LinkedInProfilePostsRequest;
import ai.thehog.model.WebPage;
import ai.thehog.model.WebScrapeRequest;
import ai.thehog.model.WebSearchRequest;
import ai.thehog.model.WebSearchResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page 06's scrapers not covered by {@link StrictAnswersTest}: each answers 200 {@code {data, meta}}
 * in page 06's casing (snake for profiles and Instagram, camel for posts and web), and the request
 * body has page 06's field names.
 */
class Page06ScraperAnswersTest extends WireMockTestBase {

  private static final String SCRAPERS = "/api/v1/platform/scrapers/";

  private void answer(String path, String data) {
    answerJson(post(urlPathEqualTo(SCRAPERS + path)), 200, "{\"data\":" + data + ",\"meta\":{\"requestId\":\"req_s\"}}");
  }

  private void sent(String path, String json) {
    server.verify(postRequestedFor(urlPathEqualTo(SCRAPERS + path)).withRequestBody(equalToJson(json)));
  }

  @Test
  void linkedInFinderCompanyAndProfilePosts() {
    answer("linkedin/finder", "[{\"linkedin_url\":\"https://www.linkedin.com/company/acme\",\"domain\":\"acme.example\","
        + "\"company_name\":\"Acme\"},{\"domain\":\"nowhere.example\"}]");
    answer("linkedin/company", "{\"identifier\":\"acme\",\"name\":\"Acme\",\"company_size\":\"51-200\",\"founded\":1999,"
        + "\"specialties\":[\"anvils\",\"rockets\"],\"follower_count\":1200,\"employee_count\":150,"
        + "\"linkedin_url\":\"https://www.linkedin.com/company/acme\"}");
    answer("linkedin/profile-posts", "{\"username\":\"jane\",\"bio\":\"Builder\",\"author\":{\"name\":\"Jane\","
        + "\"followers\":42},\"posts\":[{\"activityId\":\"urn:li:activity:9\",\"text\":\"Hi\",\"postedAt\":"
        + "\"2026-01-01\",\"authorName\":\"Jane\",\"repostsCount\":3,\"isReshare\":true,\"repostedBy\":{\"name\":\"Bo\",\"publicIdentifier\":\"bo\"},"
        + "\"contentType\":\"image\",\"contentData\":{\"images\":[\"https://img.example/1\"]}}]}");
    LinkedInScrapers linkedin = client.scrapers().linkedin();

    List<LinkedInFinder> found = linkedin.findCompanies(LinkedInFinderRequest.builder()
        .domains(List.of("acme.example", "nowhere.example")).build()).value();
    LinkedInCompany company = linkedin.company(LinkedInCompanyRequest.builder().identifier("acme").build())
        .value().orElseThrow();
    LinkedInProfilePosts posts = linkedin.profilePosts(LinkedInProfilePostsRequest.builder().username("jane")
        .maxPosts(20L).build()).value();

    assertThat(found).extracting(LinkedInFinder::companyName).containsExactly("Acme", null);
    assertThat(found.get(0).linkedinUrl()).isEqualTo("https://www.linkedin.com/company/acme");
    assertThat(company.companySize()).isEqualTo("51-200");
    assertThat(company.founded()).isEqualTo(1999L);
    assertThat(company.specialties()).containsExactly("anvils", "rockets");
    assertThat(company.employeeCount()).isEqualTo(150L);
    assertThat(posts.bio()).isEqualTo("Builder");
    assertThat(posts.author()).containsEntry("followers", 42L);
    var post = posts.posts().get(0);
    assertThat(post.repostsCount()).isEqualTo(3L);
    assertThat(post.isReshare()).isTrue();
    assertThat(post.repostedBy().publicIdentifier()).isEqualTo("bo");
    assertThat(post.contentData()).containsEntry("images", List.of("https://img.example/1"));
    sent("linkedin/finder", "{\"domains\":[\"acme.example\",\"nowhere.example\"]}");
    sent("linkedin/company", "{\"identifier\":\"acme\"}");
    sent("linkedin/profile-posts", "{\"username\":\"jane\",\"maxPosts\":20}");
  }

  @Test
  void profilePostsAnswered202ByTheContractArriveAsThe200OfPageSixWould() {
    String posts = "{\"username\":\"jane\",\"bio\":\"Builder\",\"posts\":[{\"activityId\":\"urn:li:activity:9\","
        + "\"text\":\"Hi\",\"totalReactions\":5}]}";
    answer("linkedin/profile-posts", posts);
    LinkedInProfilePostsRequest request = LinkedInProfilePostsRequest.builder().username("jane").build();
    LinkedInProfilePosts direct = client.scrapers().linkedin().profilePosts(request).value();
    answerJson(post(urlPathEqualTo(SCRAPERS + "linkedin/profile-posts")), 202, "{\"data\":{\"id\":\"op_9\","
        + "\"operationId\":\"op_9\",\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_9\"},"
        + "\"meta\":{\"requestId\":\"req_a\"}}");
    answerJson(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/operations/op_9")), 200,
        "{\"id\":\"op_9\",\"status\":\"succeeded\",\"progress\":100,\"result\":" + posts + "}");

    var polled = client.scrapers().linkedin().profilePosts(request);

    assertThat(polled.value()).isEqualTo(direct);
    assertThat(polled.value().posts().get(0).totalReactions()).isEqualTo(5L);
    assertThat(polled.meta().requestId()).isEqualTo("req_a");
  }

  @Test
  void instagramProfilePostsAndPostDetailsInSnakeCase() {
    answer("instagram/profile", "{\"username\":\"hog\",\"instagram_user_id\":\"17\",\"display_name\":\"The Hog\","
        + "\"followers_count\":5000,\"following_count\":12,\"posts_count\":40,\"is_verified\":true,"
        + "\"is_business_account\":false,\"is_private\":false,\"website_url\":\"https://thehog.example\"}");
    String post = "{\"shortcode\":\"AbC\",\"post_url\":\"https://www.instagram.com/p/AbC/\",\"post_type\":\"Video\","
        + "\"caption\":\"Hi #hog\",\"hashtags\":[\"hog\"],\"mentions\":[\"ann\"],\"likes_count\":10,\"comments_count\":2,"
        + "\"video_views_count\":300,\"dimensions_height\":1080,\"dimensions_width\":1920,\"is_sponsored\":false,"
        + "\"location_name\":\"Berlin\",\"posted_at\":\"2026-01-01T00:00:00Z\",\"author_username\":\"hog\",\"owner_id\":\"17\"}";
    answer("instagram/posts", "[" + post + "]");
    answer("instagram/post-details", post);

    InstagramProfile profile = client.scrapers().instagram().profile(InstagramProfileRequest.builder()
        .username("hog").maxPosts(5L).build()).value().orElseThrow();
    List<InstagramPost> posts = client.scrapers().instagram().posts(InstagramProfileRequest.builder()
        .username("hog").build()).value();
    InstagramPost details = client.scrapers().instagram().post(InstagramPostRequest.builder()
        .postUrl("https://www.instagram.com/p/AbC/").build()).value().orElseThrow();

    assertThat(profile.instagramUserId()).isEqualTo("17");
    assertThat(profile.followersCount()).isEqualTo(5000L);
    assertThat(profile.isVerified()).isTrue();
    assertThat(profile.websiteUrl()).isEqualTo("https://thehog.example");
    assertThat(posts).containsExactly(details);
    assertThat(details.videoViewsCount()).isEqualTo(300L);
    assertThat(details.dimensionsWidth()).isEqualTo(1920L);
    assertThat(details.mentions()).containsExactly("ann");
    assertThat(details.ownerId()).isEqualTo("17");
    sent("instagram/profile", "{\"username\":\"hog\",\"maxPosts\":5}");
    sent("instagram/post-details", "{\"postUrl\":\"https://www.instagram.com/p/AbC/\"}");
  }

  @Test
  void instagramCommentsWithNestedRepliesAndFollowing() {
    answer("instagram/post-comments", "[{\"text\":\"Great\",\"id\":\"c1\",\"owner_username\":\"ann\",\"likes_count\":3,"
        + "\"replies_count\":1,\"replies\":[{\"text\":\"Thanks\",\"owner_username\":\"hog\"}]}]");
    answer("instagram/following", "{\"username\":\"hog\",\"relation_type\":\"following\",\"returned_count\":1,"
        + "\"requested_limit\":10,\"edges\":[{\"relation_type\":\"following\",\"seed_username\":\"hog\","
        + "\"follower\":{\"username\":\"hog\"},\"following\":{\"username\":\"bo\"}}]}");

    InstagramComment comment = client.scrapers().instagram().postComments(InstagramPostCommentsRequest.builder()
        .postUrl("https://www.instagram.com/p/AbC/").maxComments(50L).includeNested(true).build()).value().get(0);
    InstagramFollowScrape following = client.scrapers().instagram().following(InstagramFollowingRequest.builder()
        .username("hog").maxFollowing(10L).build()).value();

    assertThat(comment.ownerUsername()).isEqualTo("ann");
    assertThat(comment.repliesCount()).isEqualTo(1L);
    assertThat(comment.replies()).extracting(InstagramComment::text).containsExactly("Thanks");
    assertThat(following.relationType()).isEqualTo(InstagramRelationType.FOLLOWING);
    assertThat(following.requestedLimit()).isEqualTo(10L);
    assertThat(following.edges().get(0).following().username()).isEqualTo("bo");
    sent("instagram/post-comments", "{\"postUrl\":\"https://www.instagram.com/p/AbC/\",\"maxComments\":50,"
        + "\"includeNested\":true}");
    sent("instagram/following", "{\"username\":\"hog\",\"maxFollowing\":10}");
  }

  @Test
  void webSearchAndScrapeInCamelCase() {
    answer("web/search", "{\"query\":\"hog\",\"totalResults\":2,\"results\":[{\"url\":\"https://a.example\","
        + "\"title\":\"A\",\"content\":\"About A\",\"publishedDate\":\"2025-12-01\",\"position\":1},"
        + "{\"url\":\"https://b.example\",\"title\":null}]}");
    answer("web/scrape", "{\"url\":\"https://a.example\",\"text\":\"Hello\",\"statusCode\":null}");

    WebSearchResult result = client.scrapers().web().search(WebSearchRequest.builder().query("hog").maxResults(2L)
        .searchDepth(ai.thehog.model.WebSearchDepth.ADVANCED).topic(ai.thehog.model.WebSearchTopic.NEWS).days(7L)
        .includeDomains(List.of("a.example")).build()).value();
    WebPage page = client.scrapers().web().scrape(WebScrapeRequest.builder().url("https://a.example").renderJs(true)
        .maxAgeDays(1L).build()).value();

    assertThat(result.totalResults()).isEqualTo(2L);
    assertThat(result.results().get(0).publishedDate()).isEqualTo("2025-12-01");
    assertThat(result.results().get(0).position()).isEqualTo(1L);
    assertThat(result.results().get(1).title()).isNull();
    assertThat(page.text()).isEqualTo("Hello");
    assertThat(page.statusCode()).isNull();
    sent("web/search", "{\"query\":\"hog\",\"maxResults\":2,\"searchDepth\":\"advanced\",\"topic\":\"news\","
        + "\"days\":7,\"includeDomains\":[\"a.example\"]}");
    sent("web/scrape", "{\"url\":\"https://a.example\",\"renderJs\":true,\"maxAgeDays\":1}");
    assertThat(client.scrapers().web().scrape(WebScrapeRequest.builder().url("https://a.example").build()).meta()
        .requestId()).isEqualTo("req_s");
  }

  @Test
  void theOtherScraperRequestsHavePageSixsNamesAndNesting() {
    answer("linkedin/keyword-posts", "[]");
    answer("linkedin/company-posts", "{\"companySlug\":\"acme\",\"posts\":[]}");
    answer("linkedin/post-comments", "[]");
    answer("linkedin/profile-reactions", "[]");
    answer("instagram/followers", "{\"username\":\"hog\",\"relation_type\":\"followers\",\"edges\":[],"
        + "\"returned_count\":0}");
    answer("tiktok/profile", "{\"profile\":{\"username\":\"hog\"},\"videos\":[],\"relatedVideos\":[]}");
    LinkedInScrapers linkedin = client.scrapers().linkedin();

    assertThat(linkedin.keywordPosts(ai.thehog.model.LinkedInKeywordPostsRequest.builder().keyword("hog")
        .config(ai.thehog.model.LinkedInKeywordConfig.builder().limit(50L).sortBy(ai.thehog.model.SearchSortBy.RECENT)
            .dateFilter(ai.thehog.model.LinkedInDateFilter.PAST_WEEK).matchMode(ai.thehog.model.SearchMatchMode.EXACT)
            .build()).build()).value()).isEmpty();
    assertThat(linkedin.companyPosts(ai.thehog.model.LinkedInCompanyPostsRequest.builder().companySlug("acme")
        .limit(100L).build()).value().posts()).isEmpty();
    assertThat(linkedin.postComments(ai.thehog.model.LinkedInPostEngagementRequest.builder()
        .postUrls(List.of("https://www.linkedin.com/feed/1")).maxItems(500L).build()).value()).isEmpty();
    assertThat(linkedin.profileReactions(ai.thehog.model.LinkedInProfileActivityRequest.builder()
        .profiles(List.of("ann")).maxItems(10L).postedLimit(ai.thehog.model.PostedLimit._24H).build()).value()).isEmpty();
    assertThat(client.scrapers().instagram().followers(ai.thehog.model.InstagramFollowersRequest.builder()
        .username("hog").maxFollowers(5000L).build()).value().returnedCount()).isZero();
    assertThat(client.scrapers().tiktok().profile(ai.thehog.model.TikTokProfileRequest.builder().username("hog")
        .maxVideos(500L).build()).value().profile().username()).isEqualTo("hog");

    sent("linkedin/keyword-posts", "{\"keyword\":\"hog\",\"config\":{\"limit\":50,\"sortBy\":\"recent\","
        + "\"dateFilter\":\"past-week\",\"matchMode\":\"exact\"}}");
    sent("linkedin/company-posts", "{\"companySlug\":\"acme\",\"limit\":100}");
    sent("linkedin/post-comments", "{\"postUrls\":[\"https://www.linkedin.com/feed/1\"],\"maxItems\":500}");
    sent("linkedin/profile-reactions", "{\"profiles\":[\"ann\"],\"maxItems\":10,\"postedLimit\":\"24h\"}");
    sent("instagram/followers", "{\"username\":\"hog\",\"maxFollowers\":5000}");
    sent("tiktok/profile", "{\"username\":\"hog\",\"maxVideos\":500}");
  }
}
