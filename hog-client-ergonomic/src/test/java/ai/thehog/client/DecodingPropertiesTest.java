package ai.thehog.client;

import ai.thehog.client.common.Meta;
import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.client.internal.polling.OperationStates;
import ai.thehog.client.internal.json.Metas;
import ai.thehog.client.error.HogBatchMappingException;
import ai.thehog.client.internal.batch.RecordMatcher;
import ai.thehog.client.internal.http.IdempotencyKeys;
import ai.thehog.client.internal.http.RetryAfter;
import ai.thehog.client.internal.http.RetryInterceptor;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.operation.HogOperation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import ai.thehog.model.DataResponse;
import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.Operation;
import ai.thehog.model.OperationAccepted;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.RecordStatus;
import ai.thehog.model.json.HogJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the envelope, 202 and operation decoding this module relies on. */
class DecodingPropertiesTest {

  private static final List<String> KNOWN = List.of("queued", "processing", "succeeded", "failed", "partial_success",
      "cancelled");
  private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "partial_success", "cancelled");
  private static final Gen<String> IDS = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 24).map(s -> "op_" + s);
  private static final Gen<String> TEXT = strings().basicLatinAlphabet().ofLengthBetween(0, 20);
  private static final Gen<String> STATUS = Generate.pick(KNOWN).mix(
      strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12), 30);

  private HogClient client;

  @BeforeEach
  void client() {
    client = HogClient.builder().environment(Map.of()).baseUrl("https://developer.thehog.ai").accessKey("ak")
        .secretKey("sk").build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static String json(String text) {
    return HogJson.moshi().adapter(Object.class).toJson(text);
  }

  @Test
  void operationsDecodeWhateverTheStatusAndOnlyKnownEndsAreTerminal() {
    qt().withExamples(300).forAll(IDS, STATUS, integers().between(-1, 100), lists().of(longs().all()).ofSizeBetween(0, 5))
        .checkAssert((id, status, progress, numbers) -> {
          String body = "{\"id\":" + json(id) + ",\"status\":" + json(status) + ",\"progress\":"
              + (progress < 0 ? "null" : progress) + ",\"result\":{\"numbers\":" + numbers + "},\"extra\":true}";
          Operation operation = decode(Operation.class, body);
          assertThat(operation.id()).isEqualTo(id);
          assertThat(operation.status().value()).isEqualTo(status);
          assertThat(operation.status().isKnown()).isEqualTo(KNOWN.contains(status));
          assertThat(operation.progress()).isEqualTo(progress < 0 ? null : progress);
          assertThat(operation.result()).isEqualTo(Map.of("numbers", numbers));
          assertThat(OperationStates.isTerminal(operation.status())).isEqualTo(TERMINAL.contains(status));
        });
  }

  @Test
  void acceptedAnswersOfBothGenerationsGiveAHandleOnTheClientsHost() {
    Gen<Integer> pollUrlShape = integers().between(0, 3);
    qt().withExamples(300).forAll(IDS, booleans().all(), pollUrlShape, longs().between(-1, 10_000))
        .checkAssert((id, newShape, shape, cost) -> {
          String pollUrl = switch (shape) {
            case 0 -> null;
            case 1 -> "/api/operations/" + id;
            case 2 -> "https://developer.thehog.ai/api/operations/" + id;
            default -> "https://api.thehog.ai/api/operations/" + id; // another host: never followed
          };
          String body = "{" + (newShape ? "\"id\":" + json(id) + "," : "") + "\"operationId\":" + json(id)
              + ",\"status\":\"queued\"" + (pollUrl == null ? "" : ",\"pollUrl\":" + json(pollUrl))
              + ",\"meta\":{\"requestId\":\"req_1\"" + (cost < 0 ? "" : ",\"estimatedCost\":" + cost) + "}}";
          OperationAccepted accepted = decode(OperationAccepted.class, body);
          HogOperation<Map<String, Object>> handle = client.core().operation(accepted, "req_header", ResultType.MAP, "POST x",
              OperationAccepted.class);
          assertThat(handle.id()).isEqualTo(id);
          assertThat(handle.pollUrl()).isEqualTo("https://developer.thehog.ai/api/operations/" + id);
          assertThat(handle.meta().requestId()).isEqualTo("req_1");
          assertThat(handle.meta().estimatedCost()).isEqualTo(cost < 0 ? null : cost);
        });
  }

  @Test
  void envelopeMetaKeepsRequestProjectAndCostAndRequiresTheRequestId() {
    Gen<Long> optionalCost = longs().between(-1, 1_000_000);
    qt().withExamples(300).forAll(TEXT, TEXT, optionalCost, optionalCost).checkAssert((requestId, projectId, est, act) -> {
      boolean hasRequestId = !requestId.isEmpty();
      String meta = "{" + String.join(",", nonEmpty(
          hasRequestId ? "\"requestId\":" + json(requestId) : "",
          projectId.isEmpty() ? "" : "\"projectId\":" + json(projectId),
          est < 0 && act < 0 ? "" : "\"cost\":{" + String.join(",", nonEmpty(
              est < 0 ? "" : "\"estimated\":" + est, act < 0 ? "" : "\"actual\":" + act)) + "}")) + "}";
      String body = "{\"data\":[1,2.5,\"x\"],\"meta\":" + meta + "}";
      if (!hasRequestId) {
        // meta.requestId is required (pages 06 and 07): an envelope without it is refused, by path.
        assertThatThrownBy(() -> decode(DataResponse.class, body)).hasMessageContaining("$.meta.requestId");
        return;
      }
      DataResponse response = decode(DataResponse.class, body);
      Meta decoded = Metas.of(response.meta(), "req_from_header");
      assertThat(decoded.requestId()).isEqualTo(requestId);
      assertThat(decoded.projectId()).isEqualTo(projectId.isEmpty() ? null : projectId);
      assertThat(decoded.estimatedCost()).isEqualTo(est < 0 ? null : est);
      assertThat(decoded.actualCost()).isEqualTo(act < 0 ? null : act);
      assertThat(response.data()).isEqualTo(List.of(1L, 2.5, "x"));
    });
  }

  @Test
  void retryAfterReadsSecondsAndHttpDates() {
    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    qt().withExamples(200).forAll(longs().between(0, 10_000_000)).checkAssert(seconds -> {
      assertThat(RetryAfter.parse(Long.toString(seconds), now)).isEqualTo(Duration.ofSeconds(seconds));
      String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(seconds).atZone(ZoneOffset.UTC));
      assertThat(RetryAfter.parse(date, now)).isEqualTo(Duration.ofSeconds(seconds));
      String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.minusSeconds(seconds).atZone(ZoneOffset.UTC));
      assertThat(RetryAfter.parse(past, now)).isEqualTo(Duration.ZERO);
    });
    qt().withExamples(100).forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 10))
        .checkAssert(garbage -> assertThat(RetryAfter.parse(garbage, now)).isNull());
  }

  @Test
  void derivedIdempotencyKeysIgnorePropertyOrderButNotValues() {
    qt().withExamples(200).forAll(lists().of(TEXT).ofSizeBetween(1, 6), longs().all(), longs().all())
        .checkAssert((names, seed, value) -> {
          List<String> order = new ArrayList<>(new java.util.LinkedHashSet<>(names));
          PersonIdentifier.Builder one = PersonIdentifier.builder().email("a@b.c");
          for (int i = 0; i < order.size(); i++) {
            one.putAdditionalProperty("k_" + order.get(i), value + i);
          }
          List<String> shuffled = new ArrayList<>(order);
          Collections.shuffle(shuffled, new Random(seed));
          PersonIdentifier.Builder two = PersonIdentifier.builder();
          for (String name : shuffled) {
            two.putAdditionalProperty("k_" + name, value + order.indexOf(name));
          }
          two.email("a@b.c");
          assertThat(IdempotencyKeys.derive("/p", one.build())).isEqualTo(IdempotencyKeys.derive("/p", two.build()));
          assertThat(IdempotencyKeys.derive("/p", one.build())).isNotEqualTo(IdempotencyKeys.derive("/q", one.build()));
          two.putAdditionalProperty("k_" + order.get(0), value - 1);
          assertThat(IdempotencyKeys.derive("/p", one.build())).isNotEqualTo(IdempotencyKeys.derive("/p", two.build()));
        });
  }

  @Test
  void batchRecordsInAnyOrderMapBackToTheInputsAndMissingOnesAreAnError() {
    qt().withExamples(200).forAll(integers().between(1, 100), longs().all()).checkAssert((n, seed) -> {
      List<PersonIdentifier> inputs = new ArrayList<>();
      List<EnrichmentRecord> records = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        PersonIdentifier identifier = PersonIdentifier.builder().email("p" + i + "@x.example").build();
        inputs.add(identifier);
        records.add(EnrichmentRecord.builder().identifier(identifier).status(RecordStatus.SUCCEEDED)
            .data(Map.of("i", (long) i)).build());
      }
      Collections.shuffle(records, new Random(seed));
      EnrichmentRecord[] mapped = RecordMatcher.match(inputs, EnrichmentBatchResult.builder().records(records).build(),
          "op_map", "req_1");
      for (int i = 0; i < n; i++) {
        assertThat(mapped[i].identifier()).isEqualTo(inputs.get(i));
        assertThat(mapped[i].data()).containsEntry("i", (long) i);
      }
      List<EnrichmentRecord> missing = new ArrayList<>(records.subList(1, records.size()));
      missing.add(records.get(0).toBuilder().identifier(PersonIdentifier.builder().email("stranger@x.example").build()).build());
      assertThatThrownBy(() -> RecordMatcher.match(inputs, EnrichmentBatchResult.builder().records(missing).build(),
          "op_map", "req_1")).isInstanceOf(HogBatchMappingException.class).hasMessageContaining("op_map");
      assertThatThrownBy(() -> RecordMatcher.match(inputs, EnrichmentBatchResult.builder()
          .records(records.subList(0, n - 1)).build(), "op_map", "req_1"))
          .isInstanceOfSatisfying(HogBatchMappingException.class, e -> assertThat(e.operationId()).isEqualTo("op_map"));
    });
  }

  @Test
  void backoffStaysWithinFullJitterBoundsAndPollingWithinOneToThirtySeconds() {
    RetryInterceptor retry = new RetryInterceptor(RetryPolicy.defaults(), new FakeClock(), () -> 0.0);
    qt().withExamples(300).forAll(integers().between(1, 60), doubles().between(0.0, 0.999999)).checkAssert((attempt, r) -> {
      RetryInterceptor jittered = new RetryInterceptor(RetryPolicy.defaults(), new FakeClock(), () -> r);
      double cap = Math.min(30_000, 500 * Math.pow(2, attempt - 1));
      assertThat(jittered.backoff(attempt).toMillis()).isBetween(0L, (long) cap);
      assertThat(retry.backoff(attempt)).isEqualTo(Duration.ZERO);
      Duration poll = PollingPolicy.defaults().interval(attempt - 1);
      assertThat(poll).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
      assertThat(PollingPolicy.defaults().interval(attempt)).isGreaterThanOrEqualTo(poll);
    });
  }

  private static List<String> nonEmpty(String... parts) {
    return java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
  }

  private static <T> T decode(Class<T> type, String body) {
    try {
      return HogJson.moshi().adapter(type).fromJson(body);
    } catch (IOException e) {
      throw new AssertionError(body, e);
    }
  }
}
