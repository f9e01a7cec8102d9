package ai.thehog.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The scrapers only the API's own contract (page 07) lists: X profile, post search, post and
 * conversation; YouTube video and channel; Facebook post and page; SEO domain overview, keywords and
 * competing keywords. Each answers 200 with {@code {data, meta}} in the contract's field names, the same
 * data for the same request, and leaves out the optional keys it has no value for.
 */
final class SocialScraperHandlers {

  private static final String[] NAMES = {"Jane Doe", "Omar Haddad", "Priya Sharma", "Lukas Becker", "Mei Chen"};
  private static final String[] KEYWORDS = {"crm software", "sales automation", "lead enrichment", "b2b data",
      "intent signals", "prospecting tool", "email finder", "gtm strategy"};

  private SocialScraperHandlers() {
  }

  static boolean serves(Endpoint endpoint) {
    return switch (endpoint) {
      case GET_X_PROFILE, SEARCH_X_POSTS, GET_X_POST, GET_X_CONVERSATION, GET_YOUTUBE_VIDEO, GET_YOUTUBE_CHANNEL,
          GET_FACEBOOK_POST, GET_FACEBOOK_PAGE, GET_SEO_DOMAIN_OVERVIEW, GET_SEO_KEYWORDS,
          GET_SEO_COMPETING_KEYWORDS -> true;
      default -> false;
    };
  }

  static ApiResponse handle(Call call) {
    Map<String, Object> b = call.bodyMap();
    String seed = call.endpoint.route() + "\n" + Json.write(b);
    Object data = switch (call.endpoint) {
      case GET_X_PROFILE -> xProfile(str(b, "username"), seed, count(b, "maxTweets", 5));
      case SEARCH_X_POSTS -> tweets(seed, count(b, "maxTweets", 5), null, "about " + str(b, "query"));
      case GET_X_POST -> tweet(SyntheticData.random(seed), lastSegment(str(b, "postUrl")), handleOf(str(b, "postUrl")),
          "The post at " + str(b, "postUrl") + ".", null);
      case GET_X_CONVERSATION -> tweets(seed, count(b, "maxTweets", 5), str(b, "postId"), "in the conversation");
      case GET_YOUTUBE_VIDEO -> youTubeVideo(str(b, "url"), seed);
      case GET_YOUTUBE_CHANNEL -> youTubeChannel(str(b, "url"), seed);
      case GET_FACEBOOK_POST -> facebookPost(str(b, "url"), seed);
      case GET_FACEBOOK_PAGE -> facebookPage(str(b, "url"), seed);
      case GET_SEO_DOMAIN_OVERVIEW -> seoDomain(str(b, "domain"), seed);
      case GET_SEO_KEYWORDS -> seoKeywords(seed, count(b, "pageSize", 25), Json.obj("domain", str(b, "domain"),
          "searchType", str(b, "searchType")));
      case GET_SEO_COMPETING_KEYWORDS -> seoKeywords(seed, count(b, "pageSize", 25),
          Json.obj("includedDomains", b.getOrDefault("includedDomains", List.of()),
              "excludedDomains", b.getOrDefault("excludedDomains", List.of())));
      default -> throw new IllegalArgumentException("not a social or SEO scraper: " + call.endpoint);
    };
    return Triggers.syncFixedCost(call, data);
  }

  private static Map<String, Object> xProfile(String username, String seed, int n) {
    List<Object> tweets = tweets(seed, n, null, "by @" + username);
    List<Object> authors = List.of(Json.obj("x_user_id", Long.toString(Math.abs(seed.hashCode())),
        "username", username, "display_name", name(seed), "profile_url", "https://x.com/" + username,
        "bio", "Synthetic bio of @" + username + ".", "followers_count", (long) SyntheticData.random(seed).nextInt(50_000),
        "following_count", 321L, "tweet_count", 4_200L, "is_verified", false, "is_blue_verified", false,
        "account_created_at", "2015-03-01T00:00:00Z"));
    return Json.obj("username", username, "tweets", tweets, "referencedTweets", List.of(), "authors", authors,
        "bio", "Synthetic bio of @" + username + ".");
  }

  private static List<Object> tweets(String seed, int n, String conversation, String about) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SplittableRandom r = SyntheticData.random(seed + "#t" + i);
      String id = Long.toString(1_700_000_000_000_000_000L + Math.abs(r.nextLong() % 100_000_000_000_000_000L));
      out.add(tweet(r, id, "user_" + hex(r).substring(0, 6), "Synthetic post " + (i + 1) + " " + about + ".",
          conversation));
    }
    return out;
  }

  private static Map<String, Object> tweet(SplittableRandom r, String id, String author, String text,
      String conversation) {
    Map<String, Object> t = Json.obj("id", id, "text", text, "created_at", date(r), "lang", "en",
        "conversation_id", conversation == null ? id : conversation, "view_count", (long) r.nextInt(100_000),
        "bookmark_count", (long) r.nextInt(50), "like_count", (long) r.nextInt(2_000),
        "retweet_count", (long) r.nextInt(300), "reply_count", (long) r.nextInt(80), "quote_count", (long) r.nextInt(20),
        "url", "https://x.com/" + author + "/status/" + id, "is_retweet", false, "is_quote", false,
        "is_reply", conversation != null, "author_username", author, "author_display_name", NAMES[r.nextInt(NAMES.length)]);
    return t;
  }

  private static Map<String, Object> youTubeVideo(String url, String seed) {
    SplittableRandom r = SyntheticData.random(seed);
    String id = url.contains("v=") ? url.substring(url.indexOf("v=") + 2).replaceAll("&.*", "") : lastSegment(url);
    List<Object> comments = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      comments.add(Json.obj("authorName", "@" + NAMES[i].toLowerCase(Locale.ROOT).replace(' ', '_'),
          "text", "Synthetic comment " + (i + 1) + ".", "publishedAt", "2 weeks ago",
          "likeCount", (long) r.nextInt(300), "replyCount", (long) r.nextInt(5)));
    }
    return Json.obj("url", url, "text", "Synthetic video page " + id + ".", "statusCode", 200L, "videoId", id,
        "title", "Synthetic video " + id, "channelId", "UC" + hex(r), "channelName", "Synthetic Channel",
        "channelUrl", "https://www.youtube.com/@synthetic", "description", "A synthetic video.",
        "publishedAt", date(r), "durationSeconds", (long) (60 + r.nextInt(1_200)), "viewCount", (long) r.nextInt(1_000_000),
        "likeCount", (long) r.nextInt(20_000), "commentCount", (long) comments.size(),
        "thumbnailUrl", "https://i.ytimg.example/vi/" + id + "/hqdefault.jpg",
        "transcriptText", "Synthetic transcript of " + id + ".", "comments", comments);
  }

  private static Map<String, Object> youTubeChannel(String url, String seed) {
    SplittableRandom r = SyntheticData.random(seed);
    String handle = lastSegment(url).startsWith("@") ? lastSegment(url) : "@" + ScraperHandlers.slug(lastSegment(url));
    return Json.obj("url", url, "text", "Synthetic channel page " + handle + ".", "statusCode", 200L,
        "channelId", "UC" + hex(r), "handle", handle, "title", "Synthetic " + handle.substring(1),
        "description", "A synthetic channel.", "subscriberCount", (long) r.nextInt(500_000),
        "videoCount", (long) r.nextInt(900), "viewCount", (long) r.nextInt(50_000_000),
        "thumbnailUrl", "https://yt3.example/" + handle.substring(1) + ".jpg");
  }

  private static Map<String, Object> facebookPost(String url, String seed) {
    SplittableRandom r = SyntheticData.random(seed);
    return Json.obj("url", url, "text", "Synthetic Facebook post.", "statusCode", 200L, "postId", hex(r),
        "authorName", NAMES[r.nextInt(NAMES.length)], "authorUrl", "https://www.facebook.com/" + hex(r),
        "postedAt", date(r), "likeCount", (long) r.nextInt(2_000), "commentCount", (long) r.nextInt(200),
        "shareCount", (long) r.nextInt(100));
  }

  private static Map<String, Object> facebookPage(String url, String seed) {
    SplittableRandom r = SyntheticData.random(seed);
    String slug = ScraperHandlers.slug(lastSegment(url));
    return Json.obj("url", url, "text", "Synthetic Facebook page " + slug + ".", "statusCode", 200L,
        "pageId", Long.toString(Math.abs(r.nextLong()) % 1_000_000_000_000L), "pageName", "Synthetic " + slug,
        "pageUrl", "https://www.facebook.com/" + slug, "description", "A synthetic page.",
        "likesCount", (long) r.nextInt(100_000), "followersCount", (long) r.nextInt(120_000),
        "websiteUrl", "https://" + slug + ".example", "category", "Software company");
  }

  private static Map<String, Object> seoDomain(String domain, String seed) {
    SplittableRandom r = SyntheticData.random(seed);
    return Json.obj("hasData", true, "organicKeywordsCount", (long) r.nextInt(20_000),
        "paidKeywordsCount", (long) r.nextInt(500), "summary", domain + " is found for sales and data searches.",
        "keyword_category", "Business software", "tech_stack", List.of("React", "Cloudflare"),
        "match_score", Math.round(r.nextDouble() * 100) / 100.0);
  }

  private static Map<String, Object> seoKeywords(String seed, int n, Map<String, Object> about) {
    List<Object> keywords = new ArrayList<>();
    for (int i = 0; i < Math.min(n, KEYWORDS.length); i++) {
      SplittableRandom r = SyntheticData.random(seed + "#k" + i);
      keywords.add(Json.obj("keyword", KEYWORDS[i], "searchVolume", (long) (100 + r.nextInt(10_000)),
          "rank", (long) (1 + r.nextInt(50)), "rankingDifficulty", (double) r.nextInt(100),
          "totalMonthlyClicks", (long) r.nextInt(5_000), "percentOrganicClicks", Math.round(r.nextDouble() * 100) / 100.0,
          "broadCostPerClick", Math.round(r.nextDouble() * 1_000) / 100.0, "isQuestion", false));
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>(about);
    out.put("intent", "seo");
    out.put("resultCount", (long) keywords.size());
    out.put("totalMatchingResults", (long) KEYWORDS.length);
    out.put("keywords", keywords);
    return out;
  }

  private static int count(Map<String, Object> body, String key, int dflt) {
    return body.get(key) instanceof Number n ? Math.min(n.intValue(), 25) : dflt;
  }

  private static String str(Map<String, Object> body, String key) {
    return body.get(key) instanceof String s ? s : "";
  }

  private static String lastSegment(String url) {
    String[] parts = url.replaceAll("[?#].*", "").split("/");
    return parts.length == 0 || parts[parts.length - 1].isEmpty() ? "unknown" : parts[parts.length - 1];
  }

  private static String handleOf(String postUrl) {
    String[] parts = postUrl.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i + 1].equals("status")) {
        return parts[i];
      }
    }
    return "unknown";
  }

  private static String name(String seed) {
    return NAMES[SyntheticData.random("name:" + seed).nextInt(NAMES.length)];
  }

  private static String hex(SplittableRandom r) {
    return String.format("%010x", r.nextLong() & 0xffffffffffL);
  }

  private static String date(SplittableRandom r) {
    return Instant.ofEpochSecond(1_767_225_600L - r.nextInt(10_000_000)).toString();
  }
}
