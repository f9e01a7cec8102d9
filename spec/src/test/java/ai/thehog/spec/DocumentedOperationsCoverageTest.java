package ai.thehog.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation the documentation pages mention ("METHOD /path", in prose or tables) is in the spec.
 * The pages are copies of shared/docs (01..05, the public pages; 06, the facts from the official SDK
 * and MCP server) in spec/docs, the pages the conformance check reads too.
 */
class DocumentedOperationsCoverageTest {

  static final List<String> PAGES = List.of("01-submit-enrichment.txt", "02-sync-async-patterns-v1.txt",
      "03-sync-async-patterns-v2.txt", "04-response-shapes-v2.txt", "05-response-envelopes-v1.txt",
      "06-api-surface-official-sdk.md");

  /** Scrapers' prefix, written "…" in the facts' operation index. */
  static final String SCRAPERS = "/api/v1/platform/scrapers";

  private static final Pattern MENTION = Pattern.compile(
      "\\b(GET|POST|PATCH|PUT|DELETE)\\s+((?:/api|…)[A-Za-z0-9/_{}:.\\-]*)");

  private static Set<String> specOperations;

  @BeforeAll
  static void parse() {
    OpenAPI api = new OpenAPIV3Parser().read(
        DocumentedOperationsCoverageTest.class.getResource("/ai/thehog/spec/openapi.yaml").toString());
    specOperations = new TreeSet<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap()
        .forEach((PathItem.HttpMethod method, io.swagger.v3.oas.models.Operation op) ->
            specOperations.add(method + " " + normalise(path))));
  }

  @Test
  void everyOperationThePagesMentionIsInTheSpec() {
    Set<String> mentioned = new TreeSet<>();
    for (String page : PAGES) {
      mentioned.addAll(mentions(read(page)));
    }
    Set<String> missing = new TreeSet<>(mentioned);
    missing.removeAll(specOperations);
    assertThat(missing).as("operations named by the doc pages but missing from spec/openapi.yaml").isEmpty();
    assertThat(mentioned).as("mentions found in the pages").hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void mentionsAreReadFromProseTablesAndAbbreviatedPaths() {
    assertThat(mentions("POST /api/companies/searchFirmographic and technographic company search"))
        .containsExactly("POST /api/companies/search");
    assertThat(mentions("| 8 | listSearches | search.list | GET /api/v1/search | query type |"))
        .containsExactly("GET /api/v1/search");
    assertThat(mentions("| POST …/linkedin/post-reactions | {postUrls} |"))
        .containsExactly("POST /api/v1/platform/scrapers/linkedin/post-reactions");
    assertThat(mentions("poll GET /api/operations/:id until; POST /api/v1/search?sync={bool}; "
        + "GET /api/operations/{data.operationId}."))
        .containsExactlyInAnyOrder("GET /api/operations/{}", "POST /api/v1/search");
    assertThat(mentions("DELETE /api/v1/monitors/{id} | PATCH /api/v1/monitors/{id}"))
        .containsExactlyInAnyOrder("DELETE /api/v1/monitors/{}", "PATCH /api/v1/monitors/{}");
  }

  @Test
  void aMissingOperationIsNamed() {
    Set<String> missing = new TreeSet<>(mentions("POST /api/v1/platform/scrapers/mastodon/profile and GET /api/v1/monitors"));
    missing.removeAll(specOperations);
    assertThat(missing).containsExactly("POST /api/v1/platform/scrapers/mastodon/profile");
  }

  /** "METHOD /path" mentions of a text, path parameters written {} and glued prose cut off. */
  static Set<String> mentions(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      String path = m.group(2);
      if (path.startsWith("…")) {
        path = SCRAPERS + path.substring(1);
      }
      path = cutGluedProse(path).replaceAll("[.:]+$", "");
      out.add(m.group(1) + " " + normalise(path));
    }
    return out;
  }

  /** The pages' tables lose the space after a path ("/api/contextAssembled"): cut at a lower-upper case step. */
  static String cutGluedProse(String path) {
    for (int i = 1; i < path.length(); i++) {
      if (Character.isUpperCase(path.charAt(i)) && Character.isLowerCase(path.charAt(i - 1))
          && path.lastIndexOf('{', i) <= path.lastIndexOf('}', i)) {
        return path.substring(0, i);
      }
    }
    return path;
  }

  /** Path parameters ({id}, {operationId}, :id) all become {}; a trailing slash is dropped. */
  static String normalise(String path) {
    String p = path.replaceAll("\\{[^}]*}", "{}").replaceAll("/:[A-Za-z]+", "/{}");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static String read(String page) {
    try {
      return Files.readString(Path.of("docs", page), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
