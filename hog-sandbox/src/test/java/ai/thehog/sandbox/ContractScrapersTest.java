package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The eleven scrapers only the API's own contract (page 07) lists: requests built from the contract are
 * accepted and answered in its shapes (SandboxHttp checks every answer against the spec, whose response
 * objects allow no other keys here), without null values, and requests the contract refuses get 400.
 */
class ContractScrapersTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().clock(new ManualClock()).build();

  static final String S = "/api/v1/platform/scrapers/";

  /** Each new scraper with a request the contract allows and a key its data must hold. */
  static final Map<String, String[]> CALLS = new LinkedHashMap<>();

  static {
    CALLS.put("x/profile", new String[] {"{\"username\":\"janedoe\",\"maxTweets\":3}", "tweets.2.is_retweet"});
    CALLS.put("x/search-posts", new String[] {"{\"query\":\"revops\",\"maxTweets\":2,\"options\":{\"lang\":\"en\"}}",
        "1.text"});
    CALLS.put("x/post", new String[] {"{\"postUrl\":\"https://x.com/janedoe/status/1234567890\"}", "id"});
    CALLS.put("x/conversation", new String[] {"{\"postId\":\"1234567890\",\"maxTweets\":4}", "3.conversation_id"});
    CALLS.put("youtube/video", new String[] {"{\"url\":\"https://www.youtube.com/watch?v=abc123\"}", "comments.0.text"});
    CALLS.put("youtube/channel", new String[] {"{\"url\":\"https://www.youtube.com/@acme\"}", "handle"});
    CALLS.put("facebook/post", new String[] {"{\"url\":\"https://www.facebook.com/acme/posts/1\"}", "text"});
    CALLS.put("facebook/page", new String[] {"{\"url\":\"https://www.facebook.com/acme\"}", "pageName"});
    CALLS.put("seo/domain", new String[] {"{\"domain\":\"acme.com\"}", "hasData"});
    CALLS.put("seo/keywords", new String[] {"{\"domain\":\"acme.com\",\"searchType\":\"MostValuable\",\"pageSize\":3}",
        "keywords.2.keyword"});
    CALLS.put("seo/competing-keywords", new String[] {"{\"includedDomains\":[\"acme.com\",\"globex.com\"]}",
        "intent"});
  }

  @Test
  void everyNewScraperAnswersInTheContractsShapeWithoutNulls(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    CALLS.forEach((path, call) -> {
      SandboxHttp.Reply reply = http.post(S + path, call[0]);
      assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
      assertThat(reply.at("data." + call[1])).as(path + " data." + call[1]).isNotNull();
      assertThat(reply.body()).as(path + " leaves out keys it has no value for").doesNotContain(":null");
      assertThat(new java.util.TreeSet<Object>(((Map<?, ?>) reply.json()).keySet())).as(path).containsExactly("data", "meta");
    });
  }

  @Test
  void theContractsLimitsAndRequiredFieldsAreEnforced(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    Map<String, String> invalid = new LinkedHashMap<>();
    invalid.put("x/profile", "{\"username\":\"janedoe\",\"maxTweets\":201}");
    invalid.put("x/search-posts", "{\"maxTweets\":2}");
    invalid.put("x/conversation", "{\"postId\":\"1\",\"maxTweets\":501}");
    invalid.put("youtube/video", "{}");
    invalid.put("seo/keywords", "{\"domain\":\"acme.com\",\"pageSize\":101,\"searchType\":\"MostValuable\"}");
    invalid.put("seo/competing-keywords", "{\"pageSize\":5}");
    invalid.forEach((path, body) -> {
      SandboxHttp.Reply reply = http.post(S + path, body);
      assertThat(reply.status()).as(path + " " + body + " -> " + reply.body()).isEqualTo(400);
    });
    assertThat(sandbox.ledger().charges()).as("refused requests cost nothing").isEmpty();
  }

  @Test
  void aSyncSearchAnswers200WithTheFinishedJobAndNoNulls(HogSandbox sandbox) {
    SandboxHttp http = new SandboxHttp(sandbox);
    SandboxHttp.Reply done = http.post("/api/v1/search?sync=true", "{\"type\":\"web_search\",\"query\":\"acme\"}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.at("status")).isEqualTo("succeeded");
    assertThat(done.listAt("results")).isNotEmpty();
    assertThat(done.body()).as("a finished job leaves out error instead of sending null").doesNotContain("\"error\"");
    SandboxHttp.Reply read = http.get("/api/v1/search/" + done.at("id"));
    assertThat(read.at("status")).isEqualTo("succeeded");
    assertThat(http.post("/api/v1/search?sync=false", "{\"type\":\"web_search\",\"query\":\"acme\"}").status())
        .isEqualTo(202);
    assertThat(http.post("/api/v1/search", "{\"query\":\"acme\"}").status()).as("type is required").isEqualTo(400);
  }
}
