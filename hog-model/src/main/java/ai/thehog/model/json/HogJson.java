package ai.thehog.model.json;

import com.squareup.moshi.Moshi;

/**
 * The Moshi configuration every module of the SDK uses for the API's JSON.
 *
 * <ul>
 *   <li>records decode by their canonical constructor under any class loader, ignoring unknown fields;
 *   <li>records of open schemas keep unknown fields in {@code additionalProperties};
 *   <li>enumerations keep unknown values ({@link OpenEnum});
 *   <li>free-form data keeps numbers exact: integers stay integral.
 * </ul>
 */
public final class HogJson {

  private static final Moshi MOSHI = configure(new Moshi.Builder()).build();

  private HogJson() {
  }

  /** The shared, thread-safe instance. */
  public static Moshi moshi() {
    return MOSHI;
  }

  /**
   * Adds the SDK's adapters to {@code builder}, for callers who register adapters of their own;
   * adapters added to the builder before this call take precedence.
   */
  public static Moshi.Builder configure(Moshi.Builder builder) {
    return builder
        .add(FreeFormJsonAdapter.FACTORY)
        .add(new OpenEnumJsonAdapterFactory())
        .add(new OpenObjectJsonAdapterFactory())
        .add(new RecordJsonAdapterFactory());
  }
}
