package ai.thehog.client.internal.json;

import ai.thehog.client.error.HogUnexpectedAnswerException;
import ai.thehog.model.AcceptedHandle;
import ai.thehog.model.AcceptedMeta;
import ai.thehog.model.AcceptedRequestMeta;
import ai.thehog.model.CompanySearchAccepted;
import ai.thehog.model.DeepResearchAccepted;
import ai.thehog.model.EnrichmentAccepted;
import ai.thehog.model.OperationAccepted;
import ai.thehog.model.OperationStatus;
import ai.thehog.model.PeopleSearchAccepted;
import ai.thehog.model.SearchAccepted;
import ai.thehog.model.SearchAcceptedMeta;
import ai.thehog.model.SearchJobStatus;
import ai.thehog.model.WrappedAccepted;
import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The one reader of "accepted" (202) answers, whatever their shape: flat
 * {@code {id, operationId, status, pollUrl, meta{requestId}}} (page 07), with or without {@code meta}
 * (or an empty one), snake_case ({@code poll_url}, {@code meta.request_id}, no {@code operationId}),
 * wrapped in {@code {data:{...}, meta}}, or the older {@code {operationId, pollUrl, meta{estimatedCost}}}.
 * The id comes from {@code id}, {@code operationId}, {@code data.id}, {@code data.operationId} or
 * the last segment of the poll URL; the request id from {@code meta.requestId} or
 * {@code meta.request_id} (the caller falls back on the X-Request-Id header). Registered as a
 * Retrofit converter for {@link OperationAccepted}, so both always-async calls and the 202 branch
 * of 200-or-202 calls go through it; {@link #typed} then gives the operation's own record of the spec.
 * Keys it does not read are kept in {@code additionalProperties}, at the level they were sent.
 */
public final class AcceptedDecoder implements Converter<ResponseBody, OperationAccepted> {

  private static final JsonAdapter<Object> JSON = HogJson.moshi().adapter(Object.class);

  /** The factory to put before the Moshi converter. */
  public static Converter.Factory factory() {
    return new Converter.Factory() {
      @Override
      public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        return type == OperationAccepted.class ? new AcceptedDecoder() : null;
      }
    };
  }

  @Override
  public OperationAccepted convert(ResponseBody body) throws IOException {
    try (body) {
      Object json = JSON.fromJson(body.source());
      if (!(json instanceof Map<?, ?> root)) {
        throw new HogUnexpectedAnswerException("The API answered 202 with " + shape(json) + ", not an operation to"
            + " poll; retry the call with the same Idempotency-Key and report the shape if it persists.", null,
            shape(json));
      }
      return decode(root);
    }
  }

  public static OperationAccepted decode(Map<?, ?> root) {
    Map<?, ?> data = root.get("data") instanceof Map<?, ?> inner ? inner : null;
    Map<?, ?> meta = root.get("meta") instanceof Map<?, ?> m ? m
        : data != null && data.get("meta") instanceof Map<?, ?> m2 ? m2 : null;
    String pollUrl = first(text(root, "pollUrl"), text(root, "poll_url"), text(data, "pollUrl"), text(data, "poll_url"));
    String operationId = first(text(root, "operationId"), text(root, "operation_id"), text(data, "operationId"),
        text(data, "operation_id"));
    String id = first(text(root, "id"), text(data, "id"), operationId, lastSegment(pollUrl));
    String status = first(text(root, "status"), text(data, "status"));
    AcceptedMeta acceptedMeta = null;
    if (meta != null) {
      Long estimatedCost = number(meta.get("estimatedCost"));
      if (estimatedCost == null) {
        estimatedCost = number(meta.get("estimated_cost"));
      }
      acceptedMeta = new AcceptedMeta(first(text(meta, "requestId"), text(meta, "request_id")),
          first(text(meta, "projectId"), text(meta, "project_id")), estimatedCost, schemaContract(meta),
          rest(meta, "requestId", "projectId", "estimatedCost", "schemaContract", "request_id", "project_id",
              "estimated_cost", "schema_contract"));
    }
    OperationStatus operationStatus = status == null ? null : OperationStatus.of(status);
    AcceptedHandle handle = data == null ? null : new AcceptedHandle(id, operationId != null ? operationId : id,
        operationStatus, pollUrl, rest(data, "id", "operationId", "status", "pollUrl", "meta", "operation_id", "poll_url"));
    // The canonical constructor: a shape may lack what the spec's newest shape requires.
    Map<String, Object> extra = rest(root, "id", "operationId", "status", "pollUrl", "operation_id", "poll_url");
    if (data != null) {
      extra.remove("data");
    }
    if (root.get("meta") instanceof Map<?, ?>) {
      extra.remove("meta");
    }
    return new OperationAccepted(id, operationId != null ? operationId : id, operationStatus, pollUrl, handle,
        acceptedMeta, extra);
  }

  /**
   * The normalized answer {@code accepted} as {@code schema}, the operation's own 202 record of the
   * spec (null for a schema this decoder does not know). What a shape lacks is filled from what the
   * client knows: the status is {@code queued} (what a 202 means), the poll URL the one polled, the
   * request id the X-Request-Id header's.
   *
   * @param accepted as {@link #decode} read it, with an id
   * @param schema the record the spec names for the operation's 202
   * @param requestId the request id of the body, else of the header; may be null
   * @param pollUrl the poll URL as sent, else the one the client polls
   */
  public static Object typed(OperationAccepted accepted, Class<?> schema, String requestId, String pollUrl) {
    String id = accepted.id();
    String operationId = accepted.operationId() != null ? accepted.operationId() : id;
    OperationStatus status = accepted.status() != null ? accepted.status() : OperationStatus.QUEUED;
    Map<String, Object> extra = accepted.additionalProperties();
    AcceptedMeta meta = accepted.meta() != null ? accepted.meta() : new AcceptedMeta(null, null, null, null, Map.of());
    AcceptedRequestMeta requestMeta = new AcceptedRequestMeta(requestId, meta.additionalProperties());
    if (schema == CompanySearchAccepted.class) {
      return new CompanySearchAccepted(id, operationId, status, pollUrl, extra);
    } else if (schema == PeopleSearchAccepted.class) {
      Map<String, Object> metaMap = new LinkedHashMap<>(meta.additionalProperties());
      put(metaMap, "requestId", requestId);
      put(metaMap, "projectId", meta.projectId());
      put(metaMap, "estimatedCost", meta.estimatedCost());
      put(metaMap, "schemaContract", meta.schemaContract());
      return new PeopleSearchAccepted(id, operationId, status, pollUrl, metaMap, extra);
    } else if (schema == DeepResearchAccepted.class) {
      return new DeepResearchAccepted(id, operationId, status, pollUrl, new AcceptedMeta(requestId, meta.projectId(),
          meta.estimatedCost(), meta.schemaContract(), meta.additionalProperties()), extra);
    } else if (schema == EnrichmentAccepted.class) {
      return new EnrichmentAccepted(id, operationId, status, pollUrl, requestMeta, extra);
    } else if (schema == SearchAccepted.class) {
      return new SearchAccepted(id, SearchJobStatus.of(status.value()), pollUrl,
          new SearchAcceptedMeta(requestId, meta.additionalProperties()), extra);
    } else if (schema == WrappedAccepted.class) {
      Map<String, Object> handleExtra = accepted.data() != null ? accepted.data().additionalProperties() : Map.of();
      return new WrappedAccepted(new AcceptedHandle(id, operationId, status, pollUrl, handleExtra), requestMeta);
    } else if (schema == OperationAccepted.class) {
      return new OperationAccepted(id, operationId, status, pollUrl, accepted.data(), new AcceptedMeta(requestId,
          meta.projectId(), meta.estimatedCost(), meta.schemaContract(), meta.additionalProperties()), extra);
    }
    return null;
  }

  /**
   * Names the shape of a 202 body no operation id could be read from, for the error: its kind, and
   * for an object its keys (never their values).
   */
  public static String shape(Object json) {
    if (json instanceof OperationAccepted accepted) {
      java.util.List<String> keys = new java.util.ArrayList<>();
      if (accepted.status() != null) {
        keys.add("status");
      }
      if (accepted.data() != null) {
        keys.add("data");
      }
      if (accepted.meta() != null) {
        keys.add("meta");
      }
      keys.addAll(accepted.additionalProperties().keySet());
      return keys.isEmpty() ? "an empty object" : "an object with keys " + keys + " and no operation id";
    }
    if (json instanceof Map<?, ?> map) {
      return map.isEmpty() ? "an empty object" : "an object with keys " + map.keySet();
    }
    return kind(json);
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** The entries of {@code map} but {@code read}, in their order. */
  private static Map<String, Object> rest(Map<?, ?> map, String... read) {
    Map<String, Object> rest = new LinkedHashMap<>();
    map.forEach((key, value) -> rest.put(String.valueOf(key), value));
    for (String key : read) {
      rest.remove(key);
    }
    return rest;
  }

  /** Deep research's {@code meta.schemaContract}, kept whole. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> schemaContract(Map<?, ?> meta) {
    Object value = meta.get("schemaContract");
    if (value == null) {
      value = meta.get("schema_contract");
    }
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
  }

  private static String text(Map<?, ?> map, String key) {
    if (map == null) {
      return null;
    }
    Object value = map.get(key);
    if (value instanceof String s) {
      return s.isBlank() ? null : s;
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    return null;
  }

  private static Long number(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s && s.matches("[0-9]{1,18}")) {
      return Long.parseLong(s);
    }
    return null;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String lastSegment(String pollUrl) {
    if (pollUrl == null) {
      return null;
    }
    String path = pollUrl.replaceAll("[?#].*$", "").replaceAll("/+$", "");
    int slash = path.lastIndexOf('/');
    String segment = slash < 0 ? path : path.substring(slash + 1);
    return segment.isBlank() || segment.contains(":") ? null : segment;
  }

  private static String kind(Object json) {
    return json == null ? "null" : json instanceof java.util.List ? "an array" : "a " + json.getClass().getSimpleName();
  }
}
