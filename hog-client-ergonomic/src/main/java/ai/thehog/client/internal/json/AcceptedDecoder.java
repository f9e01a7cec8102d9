package ai.thehog.client.internal.json;

import ai.thehog.model.AcceptedMeta;
import ai.thehog.model.OperationAccepted;
import ai.thehog.model.OperationStatus;
import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The one reader of "accepted" (202) answers, whatever their shape: flat
 * {@code {id, operationId, status, pollUrl, meta{requestId}}}, with or without {@code meta} (or an
 * empty one), snake_case ({@code poll_url}, {@code meta.request_id}, no {@code operationId}), wrapped
 * in {@code {data:{...}, meta}}, or the older {@code {operationId, pollUrl, meta{estimatedCost}}}.
 * The id comes from {@code id}, {@code operationId}, {@code data.id}, {@code data.operationId} or
 * the last segment of the poll URL; the request id from {@code meta.requestId} or
 * {@code meta.request_id} (the caller falls back on the X-Request-Id header). Registered as a
 * Retrofit converter for {@link OperationAccepted}, so both always-async calls and the 202 branch
 * of 200-or-202 calls go through it.
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
        throw new JsonDataException("a 202 answer must be a JSON object, was " + kind(json));
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
          first(text(meta, "projectId"), text(meta, "project_id")), estimatedCost, schemaContract(meta), Map.of());
    }
    // The canonical constructor: a shape may lack what the spec's newest shape requires.
    return new OperationAccepted(id, operationId != null ? operationId : id,
        status == null ? null : OperationStatus.of(status), pollUrl, null, acceptedMeta, Map.of());
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
