package ai.thehog.model.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Type;
import java.util.Set;

/** Decodes every {@link OpenEnum} through its static {@code of(String)} factory. */
final class OpenEnumJsonAdapterFactory implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!annotations.isEmpty() || !OpenEnum.class.isAssignableFrom(raw) || raw.isInterface()) {
      return null;
    }
    MethodHandle of;
    try {
      of = MethodHandles.publicLookup().findStatic(raw, "of", MethodType.methodType(raw, String.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalArgumentException(raw.getName() + " implements OpenEnum but has no public static of(String)", e);
    }
    return new Adapter(raw, of).nullSafe();
  }

  private static final class Adapter extends JsonAdapter<Object> {
    private final Class<?> type;
    private final MethodHandle of;

    Adapter(Class<?> type, MethodHandle of) {
      this.type = type;
      this.of = of;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.STRING) {
        throw new JsonDataException("Expected a string for " + type.getSimpleName() + " but was "
            + reader.peek() + " at " + reader.getPath());
      }
      String value = reader.nextString();
      try {
        return of.invoke(value);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      writer.value(((OpenEnum) value).value());
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + type.getSimpleName() + ")";
    }
  }
}
