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
 * {@link Json#name()}. Unknown names are skipped, or kept in {@code additionalProperties} for an
 * {@link OpenObject}. A {@link Required} component that is missing or null fails the read with a
 * {@link JsonDataException} naming its JSON path.
 *
 * <p>Moshi 1.15 has record support too, but only in the Java 16 layer of its multi-release jar,
 * which class loaders that ignore that layer (Maven's plugin realms, fat jars without the
 * {@code Multi-Release} manifest entry) never see: Moshi then falls back to its class adapter and
 * fails on every record. This factory works under any class loader.
 */
final class RecordJsonAdapterFactory implements JsonAdapter.Factory {

  /** The component of an {@link OpenObject} that holds the properties the spec does not name. */
  static final String ADDITIONAL = "additionalProperties";

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
    boolean open = OpenObject.class.isAssignableFrom(raw);
    RecordComponent[] components = raw.getRecordComponents();
    Component[] all = new Component[components.length];
    Map<String, String> seen = new LinkedHashMap<>();
    int additional = -1;
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      if (open && component.getName().equals(ADDITIONAL)) {
        additional = i;
      }
      Json json = component.getAnnotation(Json.class);
      String name = json != null ? json.name() : component.getName();
      String clash = seen.put(name, component.getName());
      if (clash != null) {
        throw new IllegalArgumentException(raw.getName() + ": components " + clash + " and " + component.getName()
            + " both map to JSON name '" + name + "'");
      }
      Type componentType = component.getGenericType();
      if (componentType instanceof TypeVariable<?> variable) {
        componentType = typeArguments.getOrDefault(variable.getName(), Object.class);
      }
      Method accessor = component.getAccessor();
      accessor.setAccessible(true);
      JsonAdapter<Object> adapter = moshi.adapter(componentType);
      if (component.isAnnotationPresent(ObjectAsList.class)) {
        adapter = objectAsList(raw, component, componentType, adapter, moshi);
      }
      if (component.isAnnotationPresent(RoundedDown.class)) {
        adapter = roundedDown(raw, component, adapter);
      }
      all[i] = new Component(name, component.getName(), component.getType(), accessor, adapter,
          component.isAnnotationPresent(Required.class));
    }
    Constructor<?> constructor;
    try {
      constructor = raw.getDeclaredConstructor(java.util.Arrays.stream(all).map(c -> c.type).toArray(Class<?>[]::new));
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(raw.getName() + " has no canonical constructor", e);
    }
    return new RecordAdapter(raw, all, additional, moshi.adapter(Object.class), constructor).nullSafe();
  }

  /** The adapter of an {@link ObjectAsList} component: an object is read as a list holding it. */
  private static JsonAdapter<Object> objectAsList(Class<?> raw, RecordComponent component, Type listType,
      JsonAdapter<Object> lists, Moshi moshi) {
    if (!java.util.List.class.equals(component.getType()) || !(listType instanceof ParameterizedType list)) {
      throw new IllegalArgumentException(raw.getName() + "." + component.getName() + " is @ObjectAsList but no List");
    }
    JsonAdapter<Object> elements = moshi.adapter(list.getActualTypeArguments()[0]);
    return new JsonAdapter<>() {
      @Override
      public Object fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
          return java.util.Collections.singletonList(elements.fromJson(reader));
        }
        return lists.fromJson(reader);
      }

      @Override
      public void toJson(JsonWriter writer, Object value) throws IOException {
        lists.toJson(writer, value);
      }
    };
  }

  /** The adapter of a {@link RoundedDown} component: a number with a fraction is read rounded down. */
  private static JsonAdapter<Object> roundedDown(Class<?> raw, RecordComponent component, JsonAdapter<Object> whole) {
    boolean isLong = Long.class.equals(component.getType());
    if (!isLong && !Integer.class.equals(component.getType())) {
      throw new IllegalArgumentException(raw.getName() + "." + component.getName() + " is @RoundedDown but no Integer"
          + " or Long");
    }
    return new JsonAdapter<>() {
      @Override
      public Object fromJson(JsonReader reader) throws IOException {
        if (reader.peek() != JsonReader.Token.NUMBER) {
          return whole.fromJson(reader);
        }
        String path = reader.getPath();
        String literal = reader.nextString();
        try {
          java.math.BigDecimal value = new java.math.BigDecimal(literal).setScale(0, java.math.RoundingMode.FLOOR);
          return isLong ? (Object) value.longValueExact() : (Object) value.intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
          throw new JsonDataException("Expected " + (isLong ? "a long" : "an int") + " but was " + literal
              + " at path " + path, e);
        }
      }

      @Override
      public void toJson(JsonWriter writer, Object value) throws IOException {
        whole.toJson(writer, value);
      }
    };
  }

  /** One record component: its JSON name, accessor, adapter and whether the spec requires it. */
  private record Component(String json, String java, Class<?> type, Method accessor, JsonAdapter<Object> adapter,
      boolean required) {
  }

  private static final class RecordAdapter extends JsonAdapter<Object> {
    private final Class<?> type;
    private final Component[] components;
    private final int additional;
    private final JsonAdapter<Object> values;
    private final Constructor<?> constructor;
    private final JsonReader.Options options;

    RecordAdapter(Class<?> type, Component[] components, int additional, JsonAdapter<Object> values,
        Constructor<?> constructor) {
      this.type = type;
      this.components = components;
      this.additional = additional;
      this.values = values;
      this.constructor = constructor;
      String[] names = new String[components.length];
      for (int i = 0; i < names.length; i++) {
        // The additional properties component never matches a JSON name: a key of that name is extra.
        names[i] = i == additional ? "\u0000" + ADDITIONAL : components[i].json;
      }
      this.options = JsonReader.Options.of(names);
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      String path = reader.getPath();
      Object[] values = new Object[components.length];
      Map<String, Object> extra = additional < 0 ? null : new LinkedHashMap<>();
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(options);
        if (index >= 0) {
          values[index] = components[index].adapter.fromJson(reader);
        } else if (extra != null) {
          String name = reader.nextName();
          extra.put(name, this.values.fromJson(reader));
        } else {
          reader.skipName();
          reader.skipValue();
        }
      }
      reader.endObject();
      if (extra != null) {
        values[additional] = extra;
      }
      for (int i = 0; i < values.length; i++) {
        Component component = components[i];
        if (values[i] == null && component.required) {
          throw new JsonDataException(type.getSimpleName() + "." + component.java + " is required: JSON \""
              + component.json + "\" is missing or null at " + path + "." + component.json);
        }
        if (values[i] == null && component.type.isPrimitive()) {
          values[i] = defaultValue(component.type);
        }
      }
      try {
        return constructor.newInstance(values);
      } catch (InvocationTargetException e) {
        throw new JsonDataException(type.getSimpleName() + " refused the values at " + path + ": "
            + e.getCause().getMessage(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot construct " + type.getName(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      writer.beginObject();
      for (int i = 0; i < components.length; i++) {
        if (i != additional) {
          writer.name(components[i].json);
          components[i].adapter.toJson(writer, read(value, i));
        }
      }
      if (additional >= 0) {
        for (Map.Entry<String, Object> entry : ((OpenObject<?>) value).additionalProperties().entrySet()) {
          if (!isNamed(entry.getKey())) {
            writer.name(entry.getKey());
            values.toJson(writer, entry.getValue());
          }
        }
      }
      writer.endObject();
    }

    private Object read(Object value, int index) {
      try {
        return components[index].accessor.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + type.getName() + "." + components[index].json, e);
      }
    }

    private boolean isNamed(String name) {
      for (int i = 0; i < components.length; i++) {
        if (i != additional && components[i].json.equals(name)) {
          return true;
        }
      }
      return false;
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
      return "JsonAdapter(" + type.getSimpleName() + (additional >= 0 ? ", open record)" : ", record)");
    }
  }
}
