package ai.thehog.client;

import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.error.HogException;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonDataException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * LLM-powered deep research (always async). The outcome's result is a {@link DeepResearchResult}
 * whose {@code data} is shaped by the request's {@code schema}, kept whole; read it as your own type
 * with {@link #dataAs(DeepResearchResult, Class)} or as a map with {@link #dataAsMap(DeepResearchResult)}.
 */
public final class DeepResearch {

  private final ClientCore core;

  DeepResearch(ClientCore core) {
    this.core = core;
  }

  /**
   * Starts it ({@code POST /api/deep-research}, always async).
   *
   * @param request the research
   * @return the operation
   */
  public HogOperation<DeepResearchResult> start(DeepResearchRequest request) {
    return start(request, RequestOptions.defaults());
  }

  /**
   * As {@link #start(DeepResearchRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the research
   * @param options Idempotency-Key choice
   * @return the operation
   */
  public HogOperation<DeepResearchResult> start(DeepResearchRequest request, RequestOptions options) {
    return core.start(request, options, ResultType.of(DeepResearchResult.class),
        key -> core.deepResearch.startDeepResearch(request, key, null));
  }

  /**
   * Starts it and waits at most {@code timeout} in total for the outcome.
   *
   * @param request the research
   * @param timeout the total time to wait
   * @return the outcome
   */
  public OperationOutcome<DeepResearchResult> researchAndAwait(DeepResearchRequest request, Duration timeout) {
    return start(request).await(timeout);
  }

  /**
   * The result's {@code data} read as {@code type}, e.g. a record whose components are the
   * properties of the schema you sent (names as in the JSON, or {@code @Json(name = ..)}; unknown
   * properties are skipped). Nothing is sent.
   *
   * @param result the research's result
   * @param type your type: a record, a {@code Map}, a {@code List}, a {@code String}...
   * @param <T> your type
   * @return the data as {@code type}; null when the result has no {@code data}
   * @throws HogException when the data does not fit {@code type}; the message names the type and why
   */
  public <T> T dataAs(DeepResearchResult result, Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (result == null || result.data() == null) {
      return null;
    }
    try {
      return HogJson.moshi().adapter(type).fromJsonValue(result.data());
    } catch (JsonDataException | IllegalArgumentException | ClassCastException e) {
      throw new HogException("The deep research data does not fit " + type.getName() + " (" + e.getMessage()
          + "). Read it with dataAsMap(result), or check the type against the schema you sent.", null, e);
    }
  }

  /**
   * The result's {@code data} as a JSON object (maps, lists, strings, exact numbers, booleans).
   *
   * @param result the research's result
   * @return the data; empty when the result has no {@code data}
   * @throws HogException when {@code data} is not a JSON object (e.g. your schema asked for an array:
   *     read it from {@code result.data()})
   */
  public Map<String, Object> dataAsMap(DeepResearchResult result) {
    if (result == null || result.data() == null) {
      return Map.of();
    }
    if (!(result.data() instanceof Map<?, ?> map)) {
      throw new HogException("The deep research data is not a JSON object; read it from result.data().", null, null);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return Collections.unmodifiableMap(out);
  }
}
