/**
 * The API's data: one immutable record (or open enumeration) per schema of the spec, generated at
 * build time and read and written with {@link ai.thehog.model.json.HogJson#moshi()}.
 *
 * <p><b>Required and optional, one rule.</b> A component annotated
 * {@link ai.thehog.model.json.Required @Required} (its javadoc says "required: never null") is one
 * the spec requires and does not allow to be null: reading JSON that leaves it out or sends null
 * fails with a {@link com.squareup.moshi.JsonDataException} naming the record, the component and the
 * JSON path (for example {@code $.data[3].id}), and a builder without it refuses to
 * {@code build()}. Every other component may be null, meaning the API left the key out or sent
 * null (the two are not told apart); its javadoc says which the API does. An {@code Optional}
 * accessor exists only where the spec adds one. Where the API's sources disagree whether a property
 * is required, it is not {@code @Required}: both answers are read. The canonical constructors check
 * nothing (the JSON reader reports the path itself): make records with {@code builder()}.
 *
 * <p>Lists and maps in a record are unmodifiable copies; unknown properties of open schemas are kept
 * in {@code additionalProperties()}; enumerations keep values they do not know.
 */
package ai.thehog.model;
