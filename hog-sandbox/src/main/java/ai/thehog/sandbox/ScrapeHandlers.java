package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The always-async web scrapers: crawl, batch scrape and deep scrape jobs. */
final class ScrapeHandlers {

  private ScrapeHandlers() {
  }

  static Map<String, Object> page(String url, int index) {
    var r = SyntheticData.random("page:" + url + "#" + index);
    String title = "Page " + (index + 1) + " of " + url.replaceFirst("^https?://", "");
    return Json.obj("url", url, "status", 200L, "title", title,
        "text", "Synthetic content of " + url + ". " + (100 + r.nextInt(900)) + " words about products, pricing and team.",
        "wordCount", (long) (100 + r.nextInt(900)));
  }

  /**
   * A synchronous web scrape in the contract's shape: {@code url}, {@code text} and {@code statusCode}
   * always, {@code markdown}, {@code html}, {@code links} and {@code metadata} when {@code formats} names
   * them, {@code json} when the request asked for extraction; keys without a value are left out.
   */
  static Map<String, Object> scrape(String url, List<String> formats, boolean extract) {
    Map<String, Object> page = page(url, 0);
    String title = (String) page.get("title");
    String text = (String) page.get("text");
    Map<String, Object> data = Json.obj("url", url, "text", text, "statusCode", 200L);
    if (formats.contains("markdown")) {
      data.put("markdown", "# " + title + "\n\n" + text);
    }
    if (formats.contains("html")) {
      data.put("html", "<html><head><title>" + title + "</title></head><body><p>" + text + "</p></body></html>");
    }
    if (formats.contains("links")) {
      data.put("links", List.of(url.replaceAll("/$", "") + "/pricing", url.replaceAll("/$", "") + "/about"));
    }
    if (formats.contains("metadata")) {
      data.put("metadata", Json.obj("title", title, "description", "Synthetic page.", "canonicalUrl", url,
          "finalUrl", url, "contentType", "text/html; charset=utf-8", "statusCode", 200L,
          "textLength", (long) text.length(), "responseBytes", (long) text.length() + 120L));
    }
    if (extract) {
      data.put("json", Json.obj("title", title));
    }
    return data;
  }

  static String url(Map<String, Object> body) {
    Object url = body.get("url");
    return url instanceof String s ? s : "https://example.com";
  }

  static ApiResponse crawl(Call call) {
    String root = url(call.bodyMap());
    Object max = call.bodyMap().get("max_pages");
    int n = max instanceof Number m ? Math.max(1, Math.min(20, m.intValue())) : 3;
    List<Object> pages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pages.add(page(i == 0 ? root : root.replaceAll("/$", "") + "/page-" + i, i));
    }
    return Triggers.acceptFixedCost(call, Json.obj("pages", pages), "Some pages could not be fetched.");
  }

  static ApiResponse scrapeBatch(Call call) {
    List<Object> pages = new ArrayList<>();
    if (call.bodyMap().get("urls") instanceof List<?> urls) {
      for (int i = 0; i < urls.size(); i++) {
        pages.add(page(String.valueOf(urls.get(i)), 0));
      }
    }
    return Triggers.acceptFixedCost(call, Json.obj("pages", pages), "Some pages could not be fetched.");
  }

  static ApiResponse scrapeJob(Call call) {
    return Triggers.acceptFixedCost(call, page(url(call.bodyMap()), 0), "The page was only partly rendered.");
  }
}
