package ai.thehog.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Search jobs ({@code /api/v1/search}): submitted (202 snake_case {@code {id, status, poll_url,
 * meta{request_id}}}), read at {@code /api/v1/search/{id}} and listed. Unless the sandbox answers only
 * the real shapes, the 202 also carries the flat keys of the five doc pages and the job is an operation
 * at {@code /api/operations/{id}} too, with the older {@code SearchResult}.
 */
final class SearchJobHandlers {

  static final String PREFIX = "/api/v1/search/";
  static final int DEFAULT_MAX_RESULTS = 10;
  static final List<String> TYPES = List.of("web_search", "site_search", "linkedin_keyword", "x_keyword",
      "reddit_search", "tiktok_keyword", "tiktok_hashtag");

  private SearchJobHandlers() {
  }

  static ApiResponse submit(Call call) {
    Map<String, Object> body = call.bodyMap();
    if (call.realShapes() && !(body.get("type") instanceof String)) {
      return call.badRequest(List.of(new ApiErrors.FieldError("type", "type is required",
          Map.of("required", "type is required"))));
    }
    if (call.realShapes() && !TYPES.contains((String) body.get("type"))) {
      return call.badRequest(List.of(new ApiErrors.FieldError("type", "type must be one of " + TYPES,
          Map.of("isEnum", "type must be one of " + TYPES))));
    }
    // SearchJob.type is one of TYPES: older requests without one (or with another) are web searches.
    String type = body.get("type") instanceof String known && TYPES.contains(known) ? known : "web_search";
    String query = body.get("query") instanceof String q ? q
        : body.get("hashtag") instanceof String h ? "#" + h : body.get("match_any") instanceof List<?> any
            ? String.join(" OR ", any.stream().map(String::valueOf).toList()) : null;
    int max = body.get("max_results") instanceof Number n ? n.intValue() : DEFAULT_MAX_RESULTS;
    boolean fails = Triggers.outcome(call.bodyText()) == SandboxOperation.Outcome.FAILED;
    List<Object> results = results(type, query == null ? call.bodyText() : query, max);
    String id;
    Map<String, Object> answer;
    if ("true".equals(call.query.get("sync"))) {
      return submitSync(call, type, query, fails, results);
    }
    if (call.realShapes()) {
      long cost = call.endpoint.fixedCost();
      if (!call.canAfford(cost)) {
        return call.paymentRequired(cost);
      }
      id = "srch_" + Call.newOperationId().substring(3);
      call.charge(id, null, cost);
      answer = Json.obj("id", id, "status", "queued", "poll_url", PREFIX + id,
          "meta", Json.obj("request_id", call.requestId));
    } else {
      ApiResponse flat = SearchHandlers.submitSearch(call);
      if (flat.status() != 202) {
        return flat;
      }
      answer = EnrichmentHandler.cast((Map<?, ?>) read(flat.body()));
      id = (String) answer.get("id");
      answer.put("poll_url", PREFIX + id);
      EnrichmentHandler.cast((Map<?, ?>) answer.get("meta")).put("request_id", call.requestId);
    }
    call.state.searchJobs.put(id, new SandboxSearchJob(id, call.accessKey, type, query, call.now, fails, results));
    return ApiResponse.json(202, answer);
  }

  /**
   * {@code ?sync=true}: the job runs to its end before the answer, 200 with the finished job (its
   * creation dated one operation duration back, so that later reads show it finished too).
   */
  private static ApiResponse submitSync(Call call, String type, String query, boolean fails, List<Object> results) {
    long cost = call.endpoint.fixedCost();
    if (!call.canAfford(cost)) {
      return call.paymentRequired(cost);
    }
    String id = "srch_" + Call.newOperationId().substring(3);
    call.charge(id, null, cost);
    long duration = call.state.operationMillis();
    java.time.Instant created = call.now.minusMillis(call.state.time.realMillis(Duration.ofMillis(duration)));
    SandboxSearchJob job = new SandboxSearchJob(id, call.accessKey, type, query, created, fails, results);
    call.state.searchJobs.put(id, job);
    return ApiResponse.json(200, view(call.state, job));
  }

  static ApiResponse get(Call call) {
    SandboxSearchJob job = call.state.searchJobs.get(call.pathId());
    if (job == null || !job.accessKey().equals(call.accessKey)) {
      return call.notFound("search job");
    }
    return ApiResponse.json(200, view(call.state, job));
  }

  /** Newest first, optionally of one {@code type}. */
  static ApiResponse list(Call call) {
    String type = call.query.get("type");
    List<SandboxSearchJob> mine = new ArrayList<>();
    for (SandboxSearchJob job : call.state.searchJobs.values()) {
      if (job.accessKey().equals(call.accessKey) && (type == null || type.equals(job.type()))) {
        mine.add(0, job);
      }
    }
    return Pages.page(call, mine, SandboxSearchJob::id, job -> view(call.state, job));
  }

  static Map<String, Object> view(SandboxState state, SandboxSearchJob job) {
    long duration = state.operationMillis();
    return job.view(state.time.scaledMillisSince(job.createdAt()), duration,
        job.createdAt().plusMillis(state.time.realMillis(Duration.ofMillis(duration))));
  }

  /** Deterministic results for a type and query: the same request gives the same items. */
  static List<Object> results(String type, String query, int max) {
    List<Object> out = new ArrayList<>();
    boolean social = !type.equals("web_search") && !type.equals("site_search");
    for (int i = 0; i < max; i++) {
      SplittableRandom r = SyntheticData.random("search:" + type + ":" + query + "#" + i);
      String slug = Long.toHexString(r.nextLong() & 0xffffffffL);
      String platform = type.substring(0, type.indexOf('_') < 0 ? type.length() : type.indexOf('_'));
      String url = social ? "https://" + platform + ".example/post/" + slug : "https://example.com/" + slug;
      out.add(Json.obj("url", url,
          "title", "Result " + (i + 1) + " for " + query,
          "content", "Synthetic " + type.replace('_', ' ') + " result " + (i + 1) + " about " + query + ".",
          "published_at", java.time.Instant.ofEpochSecond(1_767_225_600L - r.nextInt(10_000_000)).toString(),
          "author_name", social ? "Author " + slug.substring(0, 4) : null,
          "author_headline", null,
          "id", social ? slug : null,
          "platform_video_id", type.startsWith("tiktok") ? slug : null,
          "post_url", social ? url : null,
          "author_username", social ? "user_" + slug.substring(0, 6) : null));
    }
    return out;
  }

  private static Object read(String json) {
    try {
      return Json.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
