package ai.thehog.model.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes Java records by their canonical constructor and accessors, honouring
 * {@link Json#name()}; unknown names are skipped.
 *
 * <p>Moshi 1.15 has record support too, but only in the Java 16 layer of its multi-release jar,
 * which class loaders that ignore that layer (Maven's plugin realms, fat jars without the
 * {@code Multi-Release} manifest entry) never see: Moshi then falls back to its class adapter and
 * fails on every record. This factory works under any class loader.
 */
final class RecordJsonAdapterFactory implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!annotations.isEmpty() || !raw.isRecord()) {
      return null;
    }
    Map<String, Type> typeArguments = new LinkedHashMap<>();
    if (type instanceof ParameterizedType parameterized) {
      TypeVariable<?>[] variables = raw.getTypeParameters();
      for (int i = 0; i < variables.length; i++) {
        typeArguments.put(variables[i].getName(), parameterized.getActualTypeArguments()[i]);
      }
    }
    RecordComponent[] components = raw.getRecordComponents();
    String[] names = new String[components.length];
    Class<?>[] types = new Class<?>[components.length];
    Method[] accessors = new Method[components.length];
    @SuppressWarnings("unchecked")
    JsonAdapter<Object>[] adapters = new JsonAdapter[components.length];
    Map<String, String> seen = new LinkedHashMap<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      Json json = component.getAnnotation(Json.class);
      names[i] = json != null ? json.name() : component.getName();
      String clash = seen.put(names[i], component.getName());
      if (clash != null) {
        throw new IllegalArgumentException(raw.getName() + ": components " + clash + " and " + component.getName()
            + " both map to JSON name '" + names[i] + "'");
      }
      types[i] = component.getType();
      Type componentType = component.getGenericType();
      if (componentType instanceof TypeVariable<?> variable) {
        componentType = typeArguments.getOrDefault(variable.getName(), Object.class);
      }
      adapters[i] = moshi.adapter(componentType);
      accessors[i] = component.getAccessor();
      accessors[i].setAccessible(true);
    }
    Constructor<?> constructor;
    try {
      constructor = raw.getDeclaredConstructor(types);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(raw.getName() + " has no canonical constructor", e);
    }
    return new Adapter(raw, names, types, accessors, adapters, constructor).nullSafe();
  }

  private static final class Adapter extends JsonAdapter<Object> {
    private final Class<?> type;
    private final String[] names;
    private final Class<?>[] types;
    private final Method[] accessors;
    private final JsonAdapter<Object>[] adapters;
    private final Constructor<?> constructor;
    private final JsonReader.Options options;

    Adapter(Class<?> type, String[] names, Class<?>[] types, Method[] accessors, JsonAdapter<Object>[] adapters,
        Constructor<?> constructor) {
      this.type = type;
      this.names = names;
      this.types = types;
      this.accessors = accessors;
      this.adapters = adapters;
      this.constructor = constructor;
      this.options = JsonReader.Options.of(names);
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      Object[] values = new Object[names.length];
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(options);
        if (index < 0) {
          reader.skipName();
          reader.skipValue();
        } else {
          values[index] = adapters[index].fromJson(reader);
        }
      }
      reader.endObject();
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null && types[i].isPrimitive()) {
          values[i] = defaultValue(types[i]);
        }
      }
      try {
        return constructor.newInstance(values);
      } catch (InvocationTargetException e) {
        throw new JsonDataException(type.getSimpleName() + " refused the values at " + reader.getPath() + ": "
            + e.getCause().getMessage(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot construct " + type.getName(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      writer.beginObject();
      for (int i = 0; i < names.length; i++) {
        Object component;
        try {
          component = accessors[i].invoke(value);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + type.getName() + "." + names[i], e);
        }
        writer.name(names[i]);
        adapters[i].toJson(writer, component);
      }
      writer.endObject();
    }

    private static Object defaultValue(Class<?> primitive) {
      if (primitive == boolean.class) {
        return false;
      }
      if (primitive == char.class) {
        return '\0';
      }
      if (primitive == long.class) {
        return 0L;
      }
      if (primitive == double.class) {
        return 0.0;
      }
      if (primitive == float.class) {
        return 0.0f;
      }
      return primitive == int.class ? 0 : primitive == short.class ? (short) 0 : (byte) 0;
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + type.getSimpleName() + ", record)";
    }
  }
}
