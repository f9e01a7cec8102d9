package ai.thehog.client.internal.json;

import ai.thehog.client.error.HogException;
import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.util.Map;

/** Decodes an operation's free-form {@code result} into the type the caller expects, with HogJson. */
public final class ResultType<T> {

  public static final ResultType<Map<String, Object>> MAP =
      new ResultType<>(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final Type type;
  private final JsonAdapter<T> adapter;

  private ResultType(Type type) {
    this.type = type;
    this.adapter = HogJson.moshi().adapter(type);
  }

  public static <T> ResultType<T> of(Class<T> type) {
    return new ResultType<>(type);
  }

  public T decode(Map<String, Object> result, String operationId) {
    if (result == null) {
      return null;
    }
    try {
      return adapter.fromJsonValue(result);
    } catch (JsonDataException | IllegalArgumentException e) {
      throw new HogException("Operation " + operationId + " ended, but its result is not a " + type.getTypeName()
          + " (" + e.getMessage() + "). Read it untyped with client.operations().resume(id) and report the"
          + " operation id.", null, e);
    }
  }
}
