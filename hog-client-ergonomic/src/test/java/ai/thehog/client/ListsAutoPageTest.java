package ai.thehog.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.common.ListOptions;
import ai.thehog.client.common.Page;
import ai.thehog.model.CreateMonitorRequest;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.Monitor;
import ai.thehog.model.MonitorType;
import ai.thehog.model.Operation;
import ai.thehog.model.SearchJob;
import ai.thehog.model.SearchRequest;
import ai.thehog.model.SearchType;
import ai.thehog.sandbox.HogSandboxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 23 item 5: every list call of the API (search jobs, operations, monitors, monitor events)
 * walks all its pages, one page of one item at a time, blocking or through {@code hog.async()}.
 */
class ListsAutoPageTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey("ak_lists_autopage")
      .secretKey("sk_lists_autopage_secret").timeScale(10.0).operationDuration(Duration.ofSeconds(2)).build();

  private static final ListOptions ONE = ListOptions.builder().limit(1).build();

  @Test
  void everyListWalksAllItsPagesOneItemAtATime() throws Exception {
    try (HogClient hog = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection()).build()) {
      List<String> jobs = new ArrayList<>();
      for (String query : List.of("fintech Berlin", "insurtech Paris", "proptech Madrid")) {
        jobs.add(hog.search().start(SearchRequest.builder().type(SearchType.WEB_SEARCH).query(query).build()).id());
      }
      List<String> monitors = IntStream.range(0, 3).mapToObj(i -> hog.monitors().create(CreateMonitorRequest.builder()
          .name("m" + i).type(MonitorType.WEB_SEARCH).config(Map.of("query", "acme " + i)).build()).value().id())
          .toList();

      Page<SearchJob> firstJob = hog.search().list(null, ONE);
      assertThat(firstJob.data()).hasSize(1);
      assertThat(firstJob.hasNextPage()).isTrue();
      assertThat(firstJob.autoPagingStream().map(SearchJob::id).toList()).containsExactlyInAnyOrderElementsOf(jobs);
      assertThat(hog.monitors().list(null, ONE).autoPagingStream().map(Monitor::id).toList())
          .containsExactlyInAnyOrderElementsOf(monitors);

      // The async mirror's page is the same page: it walks the rest as the blocking one does.
      Page<SearchJob> viaAsync = hog.async().search().list(null, ONE).get(30, TimeUnit.SECONDS);
      assertThat(viaAsync.autoPagingStream().map(SearchJob::id).toList()).containsExactlyInAnyOrderElementsOf(jobs);
      assertThat(hog.async().monitors().list(null, ONE).get(30, TimeUnit.SECONDS).autoPagingStream().count())
          .isEqualTo(3);

      for (String id : monitors) {
        hog.monitors().runNow(id);
      }
      long events = hog.monitors().events(monitors.get(0), null, ONE).autoPagingStream().count();
      assertThat(events).isPositive().isEqualTo(hog.monitors().events(monitors.get(0)).autoPagingStream().count());
      List<String> operations = IntStream.range(0, 2).mapToObj(i -> hog.deepResearch().start(DeepResearchRequest
          .builder().prompt("Who runs Acme " + i + "?").schema(Map.of("type", "object")).build()).id()).toList();
      // GET /api/operations answers a bare array, at most `limit` (<= 100) items and no cursor (page 07):
      // its Page is the one page, with nothing after it.
      Page<Operation> first = hog.operations().list(null, ONE);
      assertThat(first.data()).hasSize(1);
      assertThat(first.hasNextPage()).isFalse();
      List<String> walked = hog.operations().list().autoPagingStream().map(Operation::id).toList();
      assertThat(walked).doesNotHaveDuplicates().containsAll(operations);
    }
  }
}
