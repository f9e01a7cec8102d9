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
    if (call.endpoint == Endpoint.LIST_LINKEDIN_PROFILE_POSTS) {
      // The API's contract answers 202 ({data{id, operationId, status, pollUrl}, meta}); the posts are the
      // operation's result. (The official SDK reads a 200 with them; the client accepts both.)
      return Triggers.acceptFixedCost(call, profilePosts(b, seed), "Some posts could not be read.");
    }
    Object data = switch (call.endpoint) {
      case FIND_LINKEDIN_COMPANIES -> strings(b, "domains").stream().map(d -> (Object) Json.obj(
          "linkedin_url", "https://www.linkedin.com/company/" + slug(d), "domain", d, "company_name", company(d)))
          .toList();
      case GET_LINKEDIN_PROFILE -> linkedInProfile(str(b, "username"), seed);
      case GET_LINKEDIN_COMPANY -> linkedInCompany(str(b, "identifier"), seed);
      case LIST_LINKEDIN_COMPANY_POSTS -> Json.obj("companySlug", str(b, "companySlug"),
          "posts", posts(seed, count(b, "limit", 5), str(b, "companySlug")),
          "description", company(str(b, "companySlug")) + " on LinkedIn.");
      case SEARCH_LINKEDIN_KEYWORD_POSTS -> posts(seed, configLimit(b), str(b, "keyword"));
      case LIST_LINKEDIN_POST_REACTIONS -> perItem(strings(b, "postUrls"), count(b, "maxItems", 3),
          (url, i, r) -> Json.obj("id", "rx_" + hex(r), "reactionType", REACTIONS[r.nextInt(REACTIONS.length)],
              "postId", postId(url), "actor", reactionActor(r)));
      case LIST_LINKEDIN_POST_COMMENTS -> perItem(strings(b, "postUrls"), count(b, "maxItems", 3),
          (url, i, r) -> linkedInComment(url, r));
      case LIST_LINKEDIN_PROFILE_REACTIONS -> perItem(strings(b, "profiles"), count(b, "maxItems", 3),
          (profile, i, r) -> Json.obj("profileUrl", profileUrl(profile), "profileUsername", slug(profile),
              "reactionType", REACTIONS[r.nextInt(REACTIONS.length)], "post", activityPost(r, slug(profile), i),
              "id", "prx_" + hex(r), "reactedAt", date(r), "sourceUrl", profileUrl(profile),
              "actor", activityActor(profile)));
      case LIST_LINKEDIN_PROFILE_COMMENTS -> perItem(strings(b, "profiles"), count(b, "maxItems", 3),
          (profile, i, r) -> Json.obj("profileUrl", profileUrl(profile), "profileUsername", slug(profile),
              "commentText", "Synthetic comment " + (i + 1) + ".", "post", activityPost(r, slug(profile), i),
              "id", "pcm_" + hex(r), "commentedAt", date(r), "sourceUrl", profileUrl(profile),
              "actor", activityActor(profile)));
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
      case SCRAPE_WEB_PAGE -> ScrapeHandlers.scrape(str(b, "url"), strings(b, "formats"), b.get("jsonSchema") != null
          || b.get("instructions") != null);
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

  private static Map<String, Object> profilePosts(Map<String, Object> b, String seed) {
    return Json.obj("username", str(b, "username"), "posts", posts(seed, count(b, "maxPosts", 5), str(b, "username")),
        "bio", "Synthetic bio.", "author", Json.obj("name", name(seed), "username", str(b, "username")));
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
        "location", Json.obj("city", "Berlin", "country", "DE", "full", "Berlin, Germany"),
        "follower_count", (long) r.nextInt(20_000), "connection_count", (long) r.nextInt(500),
        "current_company", company(username), "current_company_url",
        "https://www.linkedin.com/company/" + slug(company(username)),
        "linkedin_id", "ACoAA" + hex(r), "profile_url", profileUrl(username),
        "open_to_work", r.nextBoolean(), "is_premium", r.nextBoolean(), "is_creator", false, "is_influencer", false,
        "is_top_voice", false, "is_verified", true, "is_hiring", r.nextBoolean(),
        "top_skills", List.of("Growth Strategy", "B2B Sales"),
        "experience", List.of(Json.obj("title", "Head of Growth", "company", company(username))),
        "education", List.of(Json.obj("school", "Synthetic University")), "certifications", List.of(),
        "skills", List.of(Json.obj("name", "Growth Strategy")), "languages", List.of(Json.obj("name", "English")));
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
        "engagement", Json.obj("likes", (long) r.nextInt(30), "comments", 0L, "shares", 0L), "postId", postId(url),
        "pinned", false, "edited", false, "actor", commentActor(r));
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
        "likes_count", (long) r.nextInt(5_000), "comments_count", (long) r.nextInt(200),
        "display_url", "https://media.example/ig/p/" + shortcode + ".jpg", "dimensions_height", 1080L,
        "dimensions_width", 1080L, "is_sponsored", false,
        "posted_at", date(r), "author_username", author, "owner_id", Long.toString(Math.abs(r.nextLong()) % 1_000_000L));
  }

  private static List<Object> instagramComments(String seed, int n, boolean nested) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SplittableRandom r = SyntheticData.random(seed + "#c" + i);
      List<Object> replies = nested ? List.of(Json.obj("text", "Synthetic reply.", "id", "ig_r" + hex(r),
          "owner_username", "replier", "likes_count", 0L, "replies_count", 0L)) : List.of();
      Map<String, Object> comment = Json.obj("text", "Synthetic comment " + (i + 1) + ".", "id", "ig_c" + hex(r),
          "owner_username", "user_" + hex(r).substring(0, 5), "owner_id", hex(r), "timestamp", date(r),
          "likes_count", (long) r.nextInt(100), "replies_count", (long) replies.size());
      if (nested) {
        comment.put("replies", replies);
      }
      out.add(comment);
    }
    return out;
  }

  private static Map<String, Object> follows(String username, String relation, int n, String seed, Object requested) {
    List<Object> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SplittableRandom r = SyntheticData.random(seed + "#f" + i);
      String handle = "user_" + hex(r).substring(0, 6);
      Map<String, Object> other = Json.obj("instagram_user_id", Long.toString(Math.abs(r.nextLong()) % 10_000_000_000L),
          "username", handle, "display_name", NAMES[i % NAMES.length],
          "profile_url", "https://www.instagram.com/" + handle + "/", "is_private", r.nextBoolean(), "is_verified", false);
      Map<String, Object> seedUser = Json.obj("username", username, "profile_url",
          "https://www.instagram.com/" + username + "/");
      edges.add(Json.obj("relation_type", relation, "seed_username", username,
          "follower", relation.equals("followers") ? other : seedUser,
          "following", relation.equals("followers") ? seedUser : other));
    }
    Map<String, Object> scrape = Json.obj("username", username, "relation_type", relation, "edges", edges,
        "returned_count", (long) n);
    if (requested instanceof Number num) {
      scrape.put("requested_limit", num.longValue()); // left out, not null, when the request set no limit
    }
    return scrape;
  }

  /** A TikTok profile in the contract's snake_case ({@code platform_video_id}, {@code follower_count}, ...). */
  private static Map<String, Object> tiktok(String username, String seed, int n) {
    List<Object> videos = new ArrayList<>();
    String profileId = "ttp_" + hex(SyntheticData.random("profile:" + username));
    for (int i = 0; i < n; i++) {
      videos.add(tiktokVideo(username, name(seed), profileId, SyntheticData.random(seed + "#v" + i), i));
    }
    SplittableRandom r = SyntheticData.random(seed);
    Map<String, Object> profile = tiktokProfile(username, name(seed), r);
    List<Object> related = new ArrayList<>();
    if (n > 0) {
      String partner = "collab_" + hex(r).substring(0, 6);
      related.add(Json.obj("relationship", "collaboration", "matched_username", username,
          "video", tiktokVideo(partner, name(partner), "ttp_" + hex(r), SyntheticData.random(seed + "#rel"), 0),
          "collaborators", List.of(tiktokProfile(partner, name(partner), r), tiktokProfile(username, name(seed), r))));
    }
    return Json.obj("profile", profile, "videos", videos, "relatedVideos", related);
  }

  private static Map<String, Object> tiktokProfile(String username, String displayName, SplittableRandom r) {
    return Json.obj("username", username, "tiktok_user_id", Long.toString(Math.abs(r.nextLong()) % 10_000_000_000_000L),
        "display_name", displayName, "bio", "Synthetic bio.", "follower_count", (long) r.nextInt(100_000),
        "following_count", (long) r.nextInt(1_000), "verified", false,
        "avatar_url", "https://media.example/tt/" + username + ".jpg");
  }

  private static Map<String, Object> tiktokVideo(String username, String displayName, String profileId,
      SplittableRandom r, int index) {
    String videoId = Long.toString(Math.abs(r.nextLong()) % 10_000_000_000_000_000L);
    String posted = date(r);
    return Json.obj("id", "ttv_" + hex(r), "platform_video_id", videoId, "tiktok_profile_id", profileId,
        "caption", "Synthetic video " + (index + 1) + " #gtm", "post_url",
        "https://www.tiktok.com/@" + username + "/video/" + videoId, "author_username", username,
        "author_display_name", displayName, "author_profile_url", "https://www.tiktok.com/@" + username,
        "play_count", (long) r.nextInt(100_000), "like_count", (long) r.nextInt(10_000),
        "comment_count", (long) r.nextInt(500), "share_count", (long) r.nextInt(200), "hashtags", List.of("gtm"),
        "duration_secs", (double) (5 + r.nextInt(120)), "posted_at", posted, "created_at", posted);
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

  /** The actor of a post reaction: every key the contract requires, and how far it was identified. */
  private static Map<String, Object> reactionActor(SplittableRandom r) {
    String name = NAMES[r.nextInt(NAMES.length)];
    Map<String, Object> actor = Json.obj("id", "ACoAA" + hex(r), "name", name,
        "linkedinUrl", "https://www.linkedin.com/in/" + slug(name), "position", "Synthetic position",
        "sourceActorIdKind", "linkedin_member_id", "profileUrlKind", "vanity_slug", "universalName", slug(name));
    boolean resolved = r.nextBoolean();
    actor.put("canonicalPersonId", resolved ? "per_" + hex(r) : null); // required, null when unresolved
    actor.put("resolutionStatus", resolved ? "resolved" : "unresolved");
    return actor;
  }

  private static Map<String, Object> commentActor(SplittableRandom r) {
    String name = NAMES[r.nextInt(NAMES.length)];
    return Json.obj("id", "ACoAA" + hex(r), "type", "profile", "name", name,
        "linkedinUrl", "https://www.linkedin.com/in/" + slug(name), "position", "Synthetic position",
        "universalName", slug(name));
  }

  /** The member whose reactions or comments were listed. */
  private static Map<String, Object> activityActor(String profile) {
    return Json.obj("type", "profile", "name", name(profile), "linkedinUrl", profileUrl(profile),
        "universalName", slug(profile));
  }

  /** The post of a profile reaction or comment, in the contract's names ({@code postId}, {@code reactionCount}). */
  private static Map<String, Object> activityPost(SplittableRandom r, String about, int index) {
    Map<String, Object> post = post(r, about, index);
    return Json.obj("postId", post.get("activityId"), "postUrl", post.get("postUrl"), "text", post.get("text"),
        "authorName", post.get("authorName"), "authorProfileUrl", post.get("authorProfileUrl"),
        "postedAt", post.get("postedAt"), "reactionCount", post.get("totalReactions"),
        "commentCount", post.get("commentsCount"), "repostCount", post.get("repostsCount"));
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
