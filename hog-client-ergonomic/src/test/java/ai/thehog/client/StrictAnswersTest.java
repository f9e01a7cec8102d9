package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.error.HogException;
import ai.thehog.model.InstagramPost;
import ai.thehog.model.InstagramPostRequest;
import ai.thehog.model.InstagramProfile;
import ai.thehog.model.InstagramProfileRequest;
import ai.thehog.model.LinkedInCompany;
import ai.thehog.model.LinkedInCompanyRequest;
import ai.thehog.model.LinkedInProfile;
import ai.thehog.model.LinkedInProfileRequest;
import ai.thehog.model.XSearchPostsRequest;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Answers the spec allows but that are easy to mishandle: {@code "data": null}, and answers the model refuses. */
class StrictAnswersTest extends WireMockTestBase {

  private static final String NOT_FOUND = "{\"data\":null,\"meta\":{\"requestId\":\"req_nf\"}}";

  private void answer(String path, String body) {
    answerJson(post(urlPathEqualTo(path)), 200, body);
  }

  @Test
  void aScraperThatFoundNothingAnswersEmptyWithItsMeta() throws Exception {
    answer("/api/v1/platform/scrapers/linkedin/profile", NOT_FOUND);
    answer("/api/v1/platform/scrapers/linkedin/company", NOT_FOUND);
    answer("/api/v1/platform/scrapers/instagram/profile", NOT_FOUND);
    answer("/api/v1/platform/scrapers/instagram/post-details", NOT_FOUND);
    LinkedInScrapers linkedin = client.scrapers().linkedin();
    HogResponse<Optional<LinkedInProfile>> profile =
        linkedin.profile(LinkedInProfileRequest.builder().username("nobody").build());
    assertThat(profile.value()).isEmpty();
    assertThat(profile.meta().requestId()).isEqualTo("req_nf");
    Optional<LinkedInCompany> company = linkedin.company(LinkedInCompanyRequest.builder().identifier("none").build())
        .value();
    assertThat(company).isEmpty();
    Optional<InstagramProfile> instagram = client.scrapers().instagram()
        .profile(InstagramProfileRequest.builder().username("nobody").build()).value();
    assertThat(instagram).isEmpty();
    Optional<InstagramPost> post = client.scrapers().instagram()
        .post(InstagramPostRequest.builder().postUrl("https://www.instagram.com/p/none/").build()).value();
    assertThat(post).isEmpty();
    assertThat(client.async().scrapers().linkedin().profile(LinkedInProfileRequest.builder().username("nobody").build())
        .get(30, TimeUnit.SECONDS).value()).isEmpty();
  }

  @Test
  void aScraperThatFoundSomethingAnswersIt() {
    answer("/api/v1/platform/scrapers/linkedin/profile",
        "{\"data\":{\"username\":\"jane-doe\",\"full_name\":\"Jane Doe\"},\"meta\":{\"requestId\":\"req_1\"}}");
    LinkedInProfile jane = client.scrapers().linkedin()
        .profile(LinkedInProfileRequest.builder().username("jane-doe").build()).value().orElseThrow();
    assertThat(jane.fullName()).isEqualTo("Jane Doe");
  }

  @Test
  void aLinkedInProfileIsReadInTheContractsShapeAndInTheOfficialSdksShape() {
    answer("/api/v1/platform/scrapers/linkedin/profile", "{\"data\":{\"username\":\"jane-doe\","
        + "\"experience\":[{\"title\":\"CTO\"}],\"education\":[{\"school\":\"MIT\"}],\"certifications\":[]},"
        + "\"meta\":{\"requestId\":\"req_1\"}}");
    LinkedInProfile arrays = client.scrapers().linkedin()
        .profile(LinkedInProfileRequest.builder().username("jane-doe").build()).value().orElseThrow();
    answer("/api/v1/platform/scrapers/linkedin/profile", "{\"data\":{\"username\":\"jane-doe\","
        + "\"experience\":{\"title\":\"CTO\"},\"education\":{\"school\":\"MIT\"},\"certifications\":{}},"
        + "\"meta\":{\"requestId\":\"req_2\"}}");
    LinkedInProfile objects = client.scrapers().linkedin()
        .profile(LinkedInProfileRequest.builder().username("jane-doe").build()).value().orElseThrow();
    assertThat(arrays.experience()).containsExactly(java.util.Map.of("title", "CTO"));
    assertThat(objects.experience()).isEqualTo(arrays.experience());
    assertThat(objects.education()).isEqualTo(arrays.education());
    assertThat(objects.certifications()).containsExactly(java.util.Map.of());
  }

  @Test
  void pageSixShapesOfEngagementAndTikTokArriveTyped() {
    // Shapes and casing of the official SDK (page 06), the ones issue 21 found lost or refused.
    answer("/api/v1/platform/scrapers/linkedin/post-reactions", "{\"data\":[{\"id\":\"r1\",\"reactionType\":\"LIKE\","
        + "\"postId\":\"p1\",\"actor\":{\"id\":\"a1\",\"name\":\"Ann\",\"position\":\"CTO\","
        + "\"linkedinUrl\":\"https://www.linkedin.com/in/ann\"}}],\"meta\":{\"requestId\":\"q1\"}}");
    answer("/api/v1/platform/scrapers/linkedin/post-comments", "{\"data\":[{\"id\":\"c1\",\"commentary\":\"Nice\","
        + "\"linkedinUrl\":\"https://www.linkedin.com/feed/c1\",\"createdAt\":\"2026-01-02T03:04:05Z\","
        + "\"createdAtTimestamp\":1767323045000,\"engagement\":{\"likes\":4,\"comments\":1,\"shares\":2},"
        + "\"postId\":\"p1\",\"pinned\":false,\"edited\":true,\"actor\":{\"id\":\"a2\",\"type\":\"profile\","
        + "\"name\":\"Bo\",\"linkedinUrl\":\"https://www.linkedin.com/in/bo\",\"position\":\"CEO\"}}],"
        + "\"meta\":{\"requestId\":\"q2\"}}");
    answer("/api/v1/platform/scrapers/linkedin/profile-reactions", "{\"data\":[{\"profileUrl\":\"https://www.linkedin.com/in/ann\","
        + "\"profileUsername\":\"ann\",\"reactionType\":\"LIKE\",\"post\":{\"postId\":\"p9\",\"reactionCount\":12,"
        + "\"commentCount\":3}}],\"meta\":{\"requestId\":\"q3\"}}");
    answer("/api/v1/platform/scrapers/tiktok/profile", "{\"data\":{\"profile\":{\"username\":\"hog\","
        + "\"display_name\":\"The Hog\",\"follower_count\":1200},\"videos\":[{\"id\":\"v1\",\"platform_video_id\":\"7\","
        + "\"play_count\":99,\"created_at\":\"2026-01-01T00:00:00Z\"}],\"relatedVideos\":[]},\"meta\":{\"requestId\":\"q4\"}}");
    LinkedInScrapers linkedin = client.scrapers().linkedin();
    var reaction = linkedin.postReactions(ai.thehog.model.LinkedInPostEngagementRequest.builder()
        .postUrls(java.util.List.of("https://www.linkedin.com/feed/p1")).build()).value().get(0);
    assertThat(reaction.actor().id()).isEqualTo("a1");
    assertThat(reaction.actor().position()).isEqualTo("CTO");
    var comment = linkedin.postComments(ai.thehog.model.LinkedInPostEngagementRequest.builder()
        .postUrls(java.util.List.of("https://www.linkedin.com/feed/p1")).build()).value().get(0);
    assertThat(comment.engagement().shares()).isEqualTo(2L);
    assertThat(comment.actor().type().value()).isEqualTo("profile");
    var profileReaction = linkedin.profileReactions(ai.thehog.model.LinkedInProfileActivityRequest.builder()
        .profiles(java.util.List.of("ann")).build()).value().get(0);
    assertThat(profileReaction.post().postId()).isEqualTo("p9");
    assertThat(profileReaction.post().reactionCount()).isEqualTo(12L);
    var tiktok = client.scrapers().tiktok().profile(ai.thehog.model.TikTokProfileRequest.builder().username("hog").build())
        .value();
    assertThat(tiktok.profile().displayName()).isEqualTo("The Hog");
    assertThat(tiktok.videos().get(0).platformVideoId()).isEqualTo("7");
    assertThat(tiktok.videos().get(0).playCount()).isEqualTo(99L);
    assertThat(tiktok.videos().get(0).createdAt()).isEqualTo("2026-01-01T00:00:00Z");
  }

  @Test
  void pageSixShapesOfPostsCommentsAndFollowersArriveTyped() {
    // Page 06 leaves optional keys out (no repostedBy, no nulls) and names the profile activity's post postId.
    String post = "{\"activityId\":\"urn:li:activity:1\",\"text\":\"Hello\",\"totalReactions\":7,"
        + "\"commentsCount\":2,\"isReshare\":false,\"hashtags\":[\"hog\"]}";
    answer("/api/v1/platform/scrapers/linkedin/keyword-posts", "{\"data\":[" + post + "],\"meta\":{\"requestId\":\"k1\"}}");
    answer("/api/v1/platform/scrapers/linkedin/company-posts", "{\"data\":{\"companySlug\":\"acme\",\"posts\":[" + post
        + "]},\"meta\":{\"requestId\":\"k2\"}}");
    answer("/api/v1/platform/scrapers/linkedin/profile-comments", "{\"data\":[{\"profileUrl\":\"https://www.linkedin.com/in/ann\","
        + "\"profileUsername\":\"ann\",\"commentText\":\"Agreed\",\"post\":{\"postId\":\"p5\",\"reactionCount\":4}}],"
        + "\"meta\":{\"requestId\":\"k3\"}}");
    answer("/api/v1/platform/scrapers/instagram/followers", "{\"data\":{\"username\":\"hog\",\"relation_type\":\"followers\","
        + "\"edges\":[{\"relation_type\":\"followers\",\"seed_username\":\"hog\",\"follower\":{\"username\":\"ann\"},"
        + "\"following\":{\"username\":\"hog\"}}],\"returned_count\":1},\"meta\":{\"requestId\":\"k4\"}}");
    LinkedInScrapers linkedin = client.scrapers().linkedin();
    var keyword = linkedin.keywordPosts(ai.thehog.model.LinkedInKeywordPostsRequest.builder().keyword("hog").build())
        .value().get(0);
    assertThat(keyword.totalReactions()).isEqualTo(7L);
    assertThat(keyword.repostedBy()).isNull();
    assertThat(keyword.hashtags()).containsExactly("hog");
    var company = linkedin.companyPosts(ai.thehog.model.LinkedInCompanyPostsRequest.builder().companySlug("acme").build())
        .value();
    assertThat(company.posts()).extracting(ai.thehog.model.LinkedInPost::activityId).containsExactly("urn:li:activity:1");
    var comment = linkedin.profileComments(ai.thehog.model.LinkedInProfileActivityRequest.builder()
        .profiles(java.util.List.of("ann")).build()).value().get(0);
    assertThat(comment.post().postId()).isEqualTo("p5");
    assertThat(comment.post().reactionCount()).isEqualTo(4L);
    var followers = client.scrapers().instagram()
        .followers(ai.thehog.model.InstagramFollowersRequest.builder().username("hog").build()).value();
    assertThat(followers.returnedCount()).isEqualTo(1L);
    assertThat(followers.edges().get(0).follower().username()).isEqualTo("ann");
  }

  @Test
  void anAnswerLackingARequiredFieldFailsNamingItsPathAndTheRequestId() {
    answer("/api/v1/platform/scrapers/x/search-posts", "{\"data\":[{\"id\":\"1\",\"text\":\"a\",\"is_retweet\":false},"
        + "{\"text\":\"b\",\"is_retweet\":false}],\"meta\":{\"requestId\":\"req_body\"}}");
    assertThatThrownBy(() -> client.scrapers().x().searchPosts(XSearchPostsRequest.builder().query("hog").build()))
        .isInstanceOfSatisfying(HogException.class, e -> {
          assertThat(e.getMessage()).contains("$.data[1].id").contains("XPost.id").contains("req_header");
          assertThat(e.requestId()).isEqualTo("req_header");
        });
  }

  @Test
  void aRequiredFieldSentAsNullFailsToo() {
    answer("/api/v1/platform/scrapers/linkedin/profile",
        "{\"data\":{\"username\":null,\"full_name\":\"Jane Doe\"},\"meta\":{\"requestId\":\"req_1\"}}");
    assertThatThrownBy(() -> client.scrapers().linkedin()
        .profile(LinkedInProfileRequest.builder().username("jane-doe").build()))
        .isInstanceOf(HogException.class)
        .hasMessageContaining("$.data.username");
  }
}
