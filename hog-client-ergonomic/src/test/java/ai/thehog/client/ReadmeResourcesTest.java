package ai.thehog.client;

import ai.thehog.client.common.ListOptions;
import ai.thehog.client.common.Page;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.error.HogSearchJobFailedException;
import ai.thehog.client.operation.SearchJobOperation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.CreateMonitorRequest;
import ai.thehog.model.LinkedInProfile;
import ai.thehog.model.LinkedInProfileRequest;
import ai.thehog.model.Monitor;
import ai.thehog.model.MonitorEvent;
import ai.thehog.model.MonitorType;
import ai.thehog.model.SearchJob;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.SearchType;
import ai.thehog.model.UpdateMonitorRequest;
import ai.thehog.model.WebCrawlRequest;
import ai.thehog.sandbox.HogSandboxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "Monitors, search jobs, scrapers and lists" block, run against the sandbox; and the README shows this code. */
class ReadmeResourcesTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey("ak_readme_resources")
      .secretKey("sk_readme_resources_secret").timeScale(10).operationDuration(Duration.ofSeconds(3)).build();

  @Test
  void theResourcesBlockRunsAgainstTheSandbox() {
    try (HogClient hog = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection()).build()) {
      // README resources: begin
      Monitor monitor = hog.monitors().create(CreateMonitorRequest.builder()
          .name("founders").type(MonitorType.LINKEDIN_KEYWORD).config(Map.of("keyword", "founder")).build()).value();
      hog.monitors().update(monitor.id(), UpdateMonitorRequest.builder().cadenceMinutes(60).build());
      Monitor running = hog.monitors().runNow(monitor.id()).value();   // 202 with the monitor itself
      for (MonitorEvent event : hog.monitors().events(monitor.id()).autoPagingIterable()) {
        System.out.println(event.eventType() + " " + event.eventJson());
      }
      hog.monitors().delete(monitor.id());                              // then get(id) throws HogNotFoundException

      Page<Monitor> page = hog.monitors().list(null, ListOptions.builder().limit(50).build());
      page.data();                    // this page
      page.nextCursor();              // Optional: keep it to continue later with ListOptions.cursor(...)
      page.autoPagingStream().filter(m -> m.consecutiveFailures() > 0).forEach(System.out::println);

      SearchJobOperation job = hog.search().start(SearchRequest.builder().type(SearchType.WEB_SEARCH).query("fintech Berlin").build());
      SearchJob done = job.await(Duration.ofMinutes(2));               // succeeded, or HogSearchJobFailedException
      done.results().forEach(item -> System.out.println(item.title() + " " + item.url()));

      LinkedInProfile jane = hog.scrapers().linkedin()
          .profile(LinkedInProfileRequest.builder().username("jane-doe").build()).value().orElseThrow();
      Map<String, Object> site = hog.scrapers().web()
          .startCrawl(WebCrawlRequest.builder().url("https://acme.example").maxPages(20).build())
          .await(Duration.ofMinutes(5)).result();
      // README resources: end

      assertThat(running.cadenceMinutes()).isEqualTo(60L);
      assertThat(running.lastRunAt()).isNotBlank();
      assertThatThrownBy(() -> hog.monitors().get(monitor.id())).isInstanceOf(HogNotFoundException.class);
      assertThat(page.data()).isEmpty();
      assertThat(done.results()).isNotEmpty();
      assertThat(jane.username()).isEqualTo("jane-doe");
      assertThat(site).isNotEmpty();
    }
  }

  @Test
  void theReadmeShowsExactlyTheCodeThatRuns() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```java", readme.indexOf("### Monitors, search jobs, scrapers and lists"));
    String block = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("```", start + 7));
    String snippet = block.lines().filter(line -> !line.startsWith("import ")).collect(Collectors.joining("\n"))
        .strip();

    String source = Files.readString(Path.of("src/test/java/ai/thehog/client/ReadmeResourcesTest.java"));
    String begin = "// README resources: begin\n";
    String code = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("      // README resources: end"));

    assertThat(unindent(snippet)).isEqualTo(unindent(code));
    // Every import the block needs is shown.
    for (String type : List.of("HogClient", "ListOptions", "Page", "SearchJobOperation", "CreateMonitorRequest",
        "LinkedInProfileRequest", "MonitorType", "UpdateMonitorRequest", "WebCrawlRequest", "Duration", "Map")) {
      assertThat(block).contains("." + type + ";");
    }
  }

  private static String unindent(String text) {
    List<String> lines = text.stripTrailing().lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min()
        .orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
  }
}
