package ai.thehog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Property-based checks of envelope and operation parsing: random nesting, nulls, unknown fields,
 * unknown enum values and non-ASCII text never make parsing throw, and known fields round-trip.
 */
class EnvelopeParsingPropertiesTest {

  private static final JsonAdapter<Object> JSON = HogJson.moshi().adapter(Object.class);
  private static final List<String> STATUSES =
      List.of("queued", "processing", "succeeded", "failed", "partial_success", "cancelled");

  // ---- generators ----

  /** Text from ASCII, Latin-1, Cyrillic, CJK and emoji ranges (never lone surrogates). */
  private static final Gen<String> TEXT = strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 12)
      .mix(strings().betweenCodePoints(0xa0, 0x24f).ofLengthBetween(1, 8))
      .mix(strings().betweenCodePoints(0x400, 0x4ff).ofLengthBetween(1, 8))
      .mix(strings().betweenCodePoints(0x4e00, 0x9fff).ofLengthBetween(1, 6))
      .mix(strings().betweenCodePoints(0x1f300, 0x1f64f).ofLengthBetween(1, 4));

  /** Integers of 20 to 30 digits: beyond long, where a Double would lose digits. */
  private static final Gen<BigInteger> BEYOND_LONG = strings().numericBetween(1, 9).zip(
      strings().betweenCodePoints('0', '9').ofLengthBetween(19, 29), booleans().all(),
      (first, rest, negative) -> new BigInteger((negative ? "-" : "") + first + rest));

  private static Gen<Object> value(int depth) {
    return source -> {
      int kind = integers().between(0, depth > 0 ? 7 : 5).generate(source);
      switch (kind) {
        case 0: return null;
        case 1: return booleans().all().generate(source);
        case 2: return longs().all().generate(source);
        case 3: return doubles().between(-1e12, 1e12).generate(source);
        case 4: return BEYOND_LONG.generate(source);
        case 5: return TEXT.generate(source);
        case 6: {
          List<Object> list = new ArrayList<>();
          int size = integers().between(0, 4).generate(source);
          for (int i = 0; i < size; i++) {
            list.add(value(depth - 1).generate(source));
          }
          return list;
        }
        default: return object(depth - 1, Set.of()).generate(source);
      }
    };
  }

  private static Gen<Map<String, Object>> object(int depth, Set<String> reserved) {
    return source -> {
      Map<String, Object> map = new LinkedHashMap<>();
      int size = integers().between(0, 4).generate(source);
      for (int i = 0; i < size; i++) {
        String name = TEXT.generate(source);
        if (!reserved.contains(name)) {
          map.put(name, value(depth).generate(source));
        }
      }
      return map;
    };
  }

  private static Gen<String> status() {
    return integers().between(0, STATUSES.size()).zip(TEXT,
        (index, text) -> index < STATUSES.size() ? STATUSES.get(index) : "x-" + text);
  }

  private static <T> T maybe(RandomnessSource source, Gen<T> gen) {
    return booleans().all().generate(source) ? gen.generate(source) : null;
  }

  /** An operation body as the API (or a newer API) could send it, with unknown fields mixed in. */
  private static final Gen<Map<String, Object>> OPERATION = source -> {
    Map<String, Object> body = object(2, Set.of("id", "status", "progress", "result", "error")).generate(source);
    body.put("id", "op_" + TEXT.generate(source));
    body.put("status", status().generate(source));
    body.put("progress", maybe(source, integers().between(0, 100)));
    body.put("result", maybe(source, object(3, Set.of())));
    Map<String, Object> error = maybe(source, object(1, Set.of("message")));
    if (error != null) {
      error.put("message", maybe(source, TEXT));
    }
    body.put("error", error);
    return body;
  };

  /** A 202 body in either generation's shape. */
  private static final Gen<Map<String, Object>> ACCEPTED = source -> {
    Map<String, Object> body = object(2, Set.of("id", "operationId", "status", "pollUrl", "meta")).generate(source);
    String id = "op_" + TEXT.generate(source);
    if (booleans().all().generate(source)) {
      body.put("id", id);
    }
    body.put("operationId", id);
    body.put("status", status().generate(source));
    body.put("pollUrl", (booleans().all().generate(source) ? "https://developer.thehog.ai" : "") + "/api/operations/" + id);
    Map<String, Object> meta = object(1, Set.of("requestId", "projectId", "estimatedCost")).generate(source);
    meta.put("requestId", TEXT.generate(source));
    meta.put("estimatedCost", maybe(source, longs().between(0, Long.MAX_VALUE)));
    body.put("meta", meta);
    return body;
  };

  /** A sync envelope: free-form data plus meta with optional project and cost. */
  private static final Gen<Map<String, Object>> ENVELOPE = source -> {
    Map<String, Object> body = object(1, Set.of("data", "meta")).generate(source);
    body.put("data", value(3).generate(source));
    Map<String, Object> meta = object(1, Set.of("requestId", "projectId", "cost")).generate(source);
    meta.put("requestId", TEXT.generate(source));
    meta.put("projectId", maybe(source, TEXT));
    if (booleans().all().generate(source)) {
      Map<String, Object> cost = new LinkedHashMap<>();
      cost.put("estimated", maybe(source, longs().between(0, 1_000_000)));
      cost.put("actual", maybe(source, longs().between(0, 1_000_000)));
      meta.put("cost", cost);
    }
    body.put("meta", meta);
    return body;
  };

  // ---- properties ----

  @Test
  void operationBodiesParseAndKeepTheirKnownFields() {
    JsonAdapter<Operation> adapter = HogJson.moshi().adapter(Operation.class);
    qt().withExamples(400).forAll(OPERATION).checkAssert(body -> {
      Operation operation = parse(adapter, JSON.toJson(body));
      assertThat(operation.id()).isEqualTo(body.get("id"));
      assertThat(operation.status().value()).isEqualTo(body.get("status"));
      assertThat(operation.status().isKnown()).isEqualTo(STATUSES.contains((String) body.get("status")));
      assertThat(operation.progress()).isEqualTo(body.get("progress"));
      assertThat(operation.result()).isEqualTo(body.get("result"));
      @SuppressWarnings("unchecked")
      Map<String, Object> error = (Map<String, Object>) body.get("error");
      if (error == null) {
        assertThat(operation.error()).isNull();
      } else {
        assertThat(operation.error().message()).isEqualTo(error.get("message"));
        Map<String, Object> extra = new LinkedHashMap<>(error);
        extra.remove("message");
        assertThat(operation.error().additionalProperties()).isEqualTo(extra);
      }
      assertRoundTrips(adapter, operation);
    });
  }

  @Test
  void acceptedBodiesOfBothGenerationsParse() {
    JsonAdapter<OperationAccepted> adapter = HogJson.moshi().adapter(OperationAccepted.class);
    qt().withExamples(300).forAll(ACCEPTED).checkAssert(body -> {
      OperationAccepted accepted = parse(adapter, JSON.toJson(body));
      assertThat(accepted.id()).isEqualTo(body.get("id"));
      assertThat(accepted.operationId()).isEqualTo(body.get("operationId"));
      assertThat(accepted.status().value()).isEqualTo(body.get("status"));
      assertThat(accepted.pollUrl()).isEqualTo(body.get("pollUrl"));
      @SuppressWarnings("unchecked")
      Map<String, Object> meta = (Map<String, Object>) body.get("meta");
      assertThat(accepted.meta().requestId()).isEqualTo(meta.get("requestId"));
      assertThat(accepted.meta().estimatedCost()).isEqualTo(meta.get("estimatedCost"));
      assertRoundTrips(adapter, accepted);
    });
  }

  @Test
  void syncEnvelopesParseAndKeepDataExactly() {
    JsonAdapter<DataResponse> adapter = HogJson.moshi().adapter(DataResponse.class);
    qt().withExamples(300).forAll(ENVELOPE).checkAssert(body -> {
      DataResponse response = parse(adapter, JSON.toJson(body));
      assertThat(response.data()).isEqualTo(body.get("data"));
      @SuppressWarnings("unchecked")
      Map<String, Object> meta = (Map<String, Object>) body.get("meta");
      assertThat(response.meta().requestId()).isEqualTo(meta.get("requestId"));
      assertThat(response.meta().projectId()).isEqualTo(meta.get("projectId"));
      @SuppressWarnings("unchecked")
      Map<String, Object> cost = (Map<String, Object>) meta.get("cost");
      if (cost == null) {
        assertThat(response.meta().cost()).isNull();
      } else {
        assertThat(response.meta().cost().estimated()).isEqualTo(cost.get("estimated"));
        assertThat(response.meta().cost().actual()).isEqualTo(cost.get("actual"));
      }
      assertRoundTrips(adapter, response);
    });
  }

  @Test
  void aMistypedKnownFieldFailsOnlyWithAJsonDataException() {
    JsonAdapter<Operation> adapter = HogJson.moshi().adapter(Operation.class);
    List<String> known = List.of("id", "status", "progress", "result", "error");
    qt().withExamples(400)
        .forAll(OPERATION, integers().between(0, known.size() - 1), value(2))
        .checkAssert((body, field, replacement) -> {
          body.put(known.get(field), replacement);
          String json = JSON.toJson(body);
          assertThatCode(() -> {
            try {
              adapter.fromJson(json);
            } catch (JsonDataException expected) {
              assertThat(expected).hasMessageContaining("$.");
            }
          }).doesNotThrowAnyException();
        });
  }

  private static <T> T parse(JsonAdapter<T> adapter, String json) {
    try {
      T value = adapter.fromJson(json);
      assertThat(value).isNotNull();
      return value;
    } catch (IOException e) {
      throw new AssertionError("could not parse " + json, e);
    }
  }

  private static <T> void assertRoundTrips(JsonAdapter<T> adapter, T value) {
    assertThat(parse(adapter, adapter.toJson(value))).isEqualTo(value);
  }
}
