package ai.thehog.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The synchronous scrapers (LinkedIn, Instagram, TikTok, web search and scrape, deepfake detection):
 * 200 with {@code {data, meta}}, synthetic data in the API's field casing, the same for the same
 * request. Limits (list sizes, {@code max*} counts) are checked against the spec before a handler runs.
 */
final class ScraperHandlers {

  private static final String[] NAMES = {"Jane Doe", "Omar Haddad", "Priya Sharma", "Lukas Becker", "Mei Chen",
      "Carlos Ruiz", "Amara Okafor", "Noah Smith"};
  private static final String[] REACTIONS = {"LIKE", "PRAISE", "EMPATHY", "INTEREST", "APPRECIATION"};

  private ScraperHandlers() {
  }

  static ApiResponse handle(Call call) {
    Map<String, Object> b = call.bodyMap();
    String seed = call.endpoint.route() + "\n" + Json.write(b);
    Object data = switch (call.endpoint) {
      case FIND_LINKEDIN_COMPANIES -> strings(b, "domains").stream().map(d -> (Object) Json.obj(
          "linkedin_url", "https://www.linkedin.com/company/" + slug(d), "domain", d, "company_name", company(d)))
          .toList();
      case GET_LINKEDIN_PROFILE -> linkedInProfile(str(b, "username"), seed);
      case GET_LINKEDIN_COMPANY -> linkedInCompany(str(b, "identifier"), seed);
      case LIST_LINKEDIN_COMPANY_POSTS -> Json.obj("companySlug", str(b, "companySlug"),
          "posts", posts(seed, count(b, "limit", 5), str(b, "companySlug")),
          "description", company(str(b, "companySlug")) + " on LinkedIn.");
      case LIST_LINKEDIN_PROFILE_POSTS -> Json.obj("username", str(b, "username"),
          "posts", posts(seed, count(b, "maxPosts", 5), str(b, "username")), "bio", "Synthetic bio.",
          "author", Json.obj("name", name(seed), "username", str(b, "username")));
      case SEARCH_LINKEDIN_KEYWORD_POSTS -> posts(seed, configLimit(b), str(b, "keyword"));
      case LIST_LINKEDIN_POST_REACTIONS -> perItem(strings(b, "postUrls"), count(b, "maxItems", 3),
          (url, i, r) -> Json.obj("id", "rx_" + hex(r), "reactionType", REACTIONS[r.nextInt(REACTIONS.length)],
              "postId", postId(url), "actor", actor(r)));
      case LIST_LINKEDIN_POST_COMMENTS -> perItem(strings(b, "postUrls"), count(b, "maxItems", 3),
          (url, i, r) -> linkedInComment(url, r));
      case LIST_LINKEDIN_PROFILE_REACTIONS -> perItem(strings(b, "profiles"), count(b, "maxItems", 3),
          (profile, i, r) -> Json.obj("profileUrl", profileUrl(profile), "profileUsername", slug(profile),
              "reactionType", REACTIONS[r.nextInt(REACTIONS.length)], "post", post(r, slug(profile), i),
              "id", "prx_" + hex(r), "reactedAt", date(r), "sourceUrl", profileUrl(profile), "actor", actor(r)));
      case LIST_LINKEDIN_PROFILE_COMMENTS -> perItem(strings(b, "profiles"), count(b, "maxItems", 3),
          (profile, i, r) -> Json.obj("profileUrl", profileUrl(profile), "profileUsername", slug(profile),
              "commentText", "Synthetic comment " + (i + 1) + ".", "post", post(r, slug(profile), i),
              "id", "pcm_" + hex(r), "commentedAt", date(r), "sourceUrl", profileUrl(profile), "actor", actor(r)));
      case GET_INSTAGRAM_PROFILE -> instagramProfile(str(b, "username"), seed);
      case LIST_INSTAGRAM_POSTS -> instagramPosts(str(b, "username"), seed, count(b, "maxPosts", 5));
      case GET_INSTAGRAM_POST -> instagramPost(shortcode(str(b, "postUrl")), "synthetic_author",
          SyntheticData.random(seed));
      case LIST_INSTAGRAM_POST_COMMENTS -> instagramComments(seed, count(b, "maxComments", 5),
          Boolean.TRUE.equals(b.get("includeNested")));
      case LIST_INSTAGRAM_FOLLOWERS -> follows(str(b, "username"), "followers", count(b, "maxFollowers", 10), seed,
          b.get("maxFollowers"));
      case LIST_INSTAGRAM_FOLLOWING -> follows(str(b, "username"), "following", count(b, "maxFollowing", 10), seed,
          b.get("maxFollowing"));
      case GET_TIKTOK_PROFILE -> tiktok(str(b, "username"), seed, count(b, "maxVideos", 5));
      case SEARCH_WEB -> webSearch(str(b, "query"), count(b, "maxResults", 5));
      case SCRAPE_WEB_PAGE -> Json.obj("url", str(b, "url"),
          "text", ScrapeHandlers.page(str(b, "url"), 0).get("text"), "statusCode", 200L);
      case DETECT_IMAGE_DEEPFAKE -> {
        SplittableRandom r = SyntheticData.random(seed);
        double score = Math.round(r.nextDouble() * 1000) / 1000.0;
        double face = Math.round(r.nextDouble() * 1000) / 1000.0;
        // The API's contract: {verdict, score, status, signals}; an image without a face scores null there.
        Map<String, Object> faces = Json.obj("score", face, "facesAnalyzed", 1L);
        yield Json.obj("verdict", score > 0.8 ? "likely_deepfake" : score < 0.3 ? "likely_real" : "uncertain",
            "score", score, "status", "complete", "signals", Json.obj("fullImageGeneration", Json.obj("score", score),
                "faceManipulation", faces));
      }
      default -> throw new IllegalArgumentException("not a scraper: " + call.endpoint);
    };
    return Triggers.syncFixedCost(call, data);
  }

  interface Item {
    Map<String, Object> make(String input, int index, SplittableRandom random);
  }

  private static List<Object> perItem(List<String> inputs, int perInput, Item item) {
    List<Object> out = new ArrayList<>();
    for (String input : inputs) {
      for (int i = 0; i < perInput; i++) {
        out.add(item.make(input, i, SyntheticData.random("item:" + input + "#" + i)));
      }
    }
    return out;
  }

  private static Map<String, Object> linkedInProfile(String username, String seed) {
    SplittableRandom r = SyntheticData.random(seed);
    String name = name(seed);
    String[] parts = name.split(" ");
    return Json.obj("username", username, "full_name", name, "first_name", parts[0], "last_name", parts[1],
        "headline", "Head of Growth at " + company(username), "about", "Synthetic profile of " + name + ".",
        "profile_picture_url", "https://media.example/" + slug(username) + ".jpg",
        "location", Json.obj("city", "Berlin", "country", "DE"),
        "follower_count", (long) r.nextInt(20_000), "connection_count", (long) r.nextInt(500),
        "current_company", company(username), "current_company_url",
        "https://www.linkedin.com/company/" + slug(company(username)),
        "experience", List.of(Json.obj("title", "Head of Growth", "company", company(username))),
        "education", List.of(Json.obj("school", "Synthetic University")), "certifications", List.of());
  }

  private static Map<String, Object> linkedInCompany(String identifier, String seed) {
    SplittableRandom r = SyntheticData.random(seed);
    Map<String, Object> c = SyntheticData.company(seed);
    return Json.obj("identifier", identifier, "name", company(identifier), "description", "Synthetic company.",
        "website", "https://" + slug(identifier) + ".example", "industry", c.get("industry"),
        "company_size", "51-200", "headquarters", "Berlin, DE", "founded", (long) (1990 + r.nextInt(35)),
        "specialties", List.of("data", "sales"), "logo_url", "https://media.example/" + slug(identifier) + ".png",
        "follower_count", (long) r.nextInt(100_000), "employee_count", (long) (51 + r.nextInt(150)),
        "linkedin_url", "https://www.linkedin.com/company/" + slug(identifier));
  }

  private static List<Object> posts(String seed, int n, String about) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(post(SyntheticData.random(seed + "#post" + i), about, i));
    }
    return out;
  }

  private static Map<String, Object> post(SplittableRandom r, String about, int index) {
    String activity = "7" + Long.toString(Math.abs(r.nextLong()) % 1_000_000_000_000_000L);
    return Json.obj("activityId", activity, "text", "Post " + (index + 1) + " about " + about + ".",
        "postUrl", "https://www.linkedin.com/feed/update/urn:li:activity:" + activity, "postedAt", date(r),
        "authorName", NAMES[r.nextInt(NAMES.length)], "authorHeadline", "Synthetic headline",
        "authorProfileUrl", "https://www.linkedin.com/in/" + slug(about),
        "authorProfileUsername", slug(about), "totalReactions", (long) r.nextInt(500),
        "commentsCount", (long) r.nextInt(50), "repostsCount", (long) r.nextInt(20), "isReshare", false,
        "contentType", "text", "contentData", Json.obj(), "hashtags", List.of("#gtm"));
  }

  private static Map<String, Object> linkedInComment(String url, SplittableRandom r) {
    long at = 1_767_225_600L - r.nextInt(10_000_000);
    return Json.obj("id", "cm_" + hex(r), "commentary", "Synthetic comment.", "linkedinUrl", url,
        "createdAt", Instant.ofEpochSecond(at).toString(), "createdAtTimestamp", at * 1000,
        "engagement", Json.obj("likes", (long) r.nextInt(30), "comments", 0L), "postId", postId(url),
        "pinned", false, "edited", false, "actor", actor(r), "replies", List.of());
  }

  private static Map<String, Object> instagramProfile(String username, String seed) {
    SplittableRandom r = SyntheticData.random(seed);
    return Json.obj("username", username, "instagram_user_id", Long.toString(Math.abs(r.nextLong()) % 10_000_000_000L),
        "display_name", name(seed), "bio", "Synthetic bio.", "profile_url", "https://www.instagram.com/" + username + "/",
        "profile_picture_url", "https://media.example/ig/" + username + ".jpg",
        "website_url", "https://" + slug(username) + ".example", "followers_count", (long) r.nextInt(50_000),
        "following_count", (long) r.nextInt(1_000), "posts_count", (long) r.nextInt(900), "is_verified", false,
        "is_business_account", r.nextBoolean(), "is_private", false);
  }

  private static List<Object> instagramPosts(String username, String seed, int n) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SplittableRandom r = SyntheticData.random(seed + "#" + i);
      out.add(instagramPost(Long.toString(Math.abs(r.nextLong()), 36).substring(0, 8), username, r));
    }
    return out;
  }

  private static Map<String, Object> instagramPost(String shortcode, String author, SplittableRandom r) {
    return Json.obj("shortcode", shortcode, "post_url", "https://www.instagram.com/p/" + shortcode + "/",
        "post_type", "image", "caption", "Synthetic caption #gtm", "hashtags", List.of("gtm"), "mentions", List.of(),
        "likes_count", (long) r.nextInt(5_000), "comments_count", (long) r.nextInt(200), "video_views_count", null,
        "display_url", "https://media.example/ig/p/" + shortcode + ".jpg", "dimensions_height", 1080L,
        "dimensions_width", 1080L, "is_sponsored", false, "location_name", null, "location_id", null,
        "posted_at", date(r), "author_username", author, "owner_id", Long.toString(Math.abs(r.nextLong()) % 1_000_000L));
  }

  private static List<Object> instagramComments(String seed, int n, boolean nested) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SplittableRandom r = SyntheticData.random(seed + "#c" + i);
      List<Object> replies = nested ? List.of(Json.obj("text", "Synthetic reply.", "id", "ig_r" + hex(r),
          "owner_username", "replier", "likes_count", 0L, "replies_count", 0L)) : List.of();
      out.add(Json.obj("text", "Synthetic comment " + (i + 1) + ".", "id", "ig_c" + hex(r),
          "owner_username", "user_" + hex(r).substring(0, 5), "owner_id", hex(r), "timestamp", date(r),
          "likes_count", (long) r.nextInt(100), "replies_count", (long) replies.size(), "replies", replies));
    }
    return out;
  }

  private static Map<String, Object> follows(String username, String relation, int n, String seed, Object requested) {
    List<Object> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SplittableRandom r = SyntheticData.random(seed + "#f" + i);
      Map<String, Object> other = Json.obj("username", "user_" + hex(r).substring(0, 6), "full_name", NAMES[i % NAMES.length]);
      Map<String, Object> seedUser = Json.obj("username", username);
      edges.add(Json.obj("relation_type", relation, "seed_username", username,
          "follower", relation.equals("followers") ? other : seedUser,
          "following", relation.equals("followers") ? seedUser : other));
    }
    return Json.obj("username", username, "relation_type", relation, "edges", edges, "returned_count", (long) n,
        "requested_limit", requested instanceof Number num ? num.longValue() : null);
  }

  private static Map<String, Object> tiktok(String username, String seed, int n) {
    List<Object> videos = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SplittableRandom r = SyntheticData.random(seed + "#v" + i);
      String id = Long.toString(Math.abs(r.nextLong()) % 10_000_000_000_000_000L);
      videos.add(Json.obj("id", id, "url", "https://www.tiktok.com/@" + username + "/video/" + id,
          "description", "Synthetic video " + (i + 1), "playCount", (long) r.nextInt(100_000), "createTime", date(r)));
    }
    SplittableRandom r = SyntheticData.random(seed);
    return Json.obj("profile", Json.obj("username", username, "nickname", name(seed),
        "followerCount", (long) r.nextInt(100_000), "verified", false), "videos", videos, "relatedVideos", List.of());
  }

  private static Map<String, Object> webSearch(String query, int n) {
    List<Object> results = new ArrayList<>();
    for (Object item : SearchJobHandlers.results("web_search", query, n)) {
      Map<String, Object> m = EnrichmentHandler.cast((Map<?, ?>) item);
      results.add(Json.obj("url", m.get("url"), "title", m.get("title"), "content", m.get("content"),
          "publishedDate", m.get("published_at"), "position", (long) results.size() + 1));
    }
    return Json.obj("query", query, "results", results, "totalResults", (long) results.size());
  }

  private static Map<String, Object> actor(SplittableRandom r) {
    String name = NAMES[r.nextInt(NAMES.length)];
    return Json.obj("name", name, "linkedinUrl", "https://www.linkedin.com/in/" + slug(name), "headline", "Synthetic");
  }

  private static int count(Map<String, Object> body, String key, int dflt) {
    return body.get(key) instanceof Number n ? Math.min(n.intValue(), 25) : dflt;
  }

  private static int configLimit(Map<String, Object> body) {
    return body.get("config") instanceof Map<?, ?> config && config.get("limit") instanceof Number n
        ? Math.min(n.intValue(), 25) : 5;
  }

  private static String str(Map<String, Object> body, String key) {
    return body.get(key) instanceof String s ? s : "";
  }

  private static List<String> strings(Map<String, Object> body, String key) {
    return body.get(key) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
  }

  static String slug(String text) {
    String s = text.replaceFirst("^https?://", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "unknown" : s.toLowerCase(java.util.Locale.ROOT);
  }

  private static String company(String text) {
    String s = slug(text).split("-")[0];
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + " Inc.";
  }

  private static String name(String seed) {
    return NAMES[SyntheticData.random("name:" + seed).nextInt(NAMES.length)];
  }

  private static String profileUrl(String profile) {
    return profile.startsWith("http") ? profile : "https://www.linkedin.com/in/" + profile;
  }

  private static String postId(String url) {
    return "urn:li:activity:" + Math.abs(url.hashCode());
  }

  private static String shortcode(String postUrl) {
    String[] parts = postUrl.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equals("p") || parts[i].equals("reel")) {
        return parts[i + 1];
      }
    }
    return slug(postUrl);
  }

  private static String hex(SplittableRandom r) {
    return String.format("%010x", r.nextLong() & 0xffffffffffL);
  }

  private static String date(SplittableRandom r) {
    return Instant.ofEpochSecond(1_767_225_600L - r.nextInt(10_000_000)).toString();
  }
}
