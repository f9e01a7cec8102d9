/**
 * JSON support for the generated model: the configured {@link com.squareup.moshi.Moshi} and the
 * adapters that keep free-form data exactly as the API sent it.
 *
 * <p>Start from {@link ai.thehog.model.json.HogJson#moshi()}.
 */
package ai.thehog.model.json;
