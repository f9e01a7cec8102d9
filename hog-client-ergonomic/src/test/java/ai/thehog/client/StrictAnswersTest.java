package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
    server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req_header").withBody(body)));
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
