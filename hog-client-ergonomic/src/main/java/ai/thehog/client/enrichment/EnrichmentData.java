package ai.thehog.client.enrichment;

import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.RecordStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's enrichment data, read by {@link EnrichmentField}. A person who is not found comes back
 * with data holding only {@code notAvailable} (the fields not found) and {@code message}: then
 * {@link #found()} is false and {@link #get(EnrichmentField)} is empty for every field.
 *
 * <pre>{@code
 * List<String> fields = EnrichmentField.paths(EnrichmentField.CONTACT_EMAIL, EnrichmentField.PROFILE_TITLE);
 * EnrichmentRecord record = ...; // an enrichment of these fields, sync or one record of a batch
 * EnrichmentData person = EnrichmentData.of(record);
 * if (person.found()) {
 *   String title = person.get(EnrichmentField.PROFILE_TITLE).orElse("unknown");
 * }
 * }</pre>
 *
 * <p>A field is read at its nested path ({@code data.profile.title}; a number picks an array item, as
 * in {@code signals.0.type}); when that is absent, a flat key
 * holding the whole path ({@code data["profile.title"]}) is read instead, as the API's contract leaves
 * the data's shape open. Immutable.
 */
public final class EnrichmentData {

  private static final String NOT_AVAILABLE = "notAvailable";
  private static final String MESSAGE = "message";

  private final Map<String, Object> data;
  private final RecordStatus status;
  private final String errorMessage;

  private EnrichmentData(Map<String, ?> data, RecordStatus status, String errorMessage) {
    Map<String, Object> copy = new LinkedHashMap<>();
    if (data != null) {
      data.forEach(copy::put);
    }
    this.data = Collections.unmodifiableMap(copy);
    this.status = status;
    this.errorMessage = errorMessage;
  }

  /**
   * The data of one record of an enrichment (sync or batch).
   *
   * @param record the record
   * @return its data, typed
   */
  public static EnrichmentData of(EnrichmentRecord record) {
    Objects.requireNonNull(record, "record");
    return new EnrichmentData(record.data(), record.status(),
        record.error() == null ? null : record.error().message());
  }

  /**
   * Enrichment data given as a JSON object (e.g. a sync answer's {@code data}).
   *
   * @param data the data; null reads as nothing found
   * @return the data, typed
   */
  public static EnrichmentData of(Map<String, ?> data) {
    return new EnrichmentData(data, null, null);
  }

  /**
   * Whether anything was found: false when the record failed, has no data, or its data holds only
   * {@code notAvailable} and {@code message}.
   *
   * @return whether any field came back
   */
  public boolean found() {
    if (RecordStatus.FAILED.equals(status)) {
      return false;
    }
    return data.keySet().stream().anyMatch(key -> !key.equals(NOT_AVAILABLE) && !key.equals(MESSAGE));
  }

  /**
   * The requested fields the API could not provide ({@code data.notAvailable}), in its order.
   *
   * @return the paths; empty when every field came back (or the record failed without data)
   */
  public List<String> notAvailable() {
    List<String> out = new ArrayList<>();
    if (data.get(NOT_AVAILABLE) instanceof List<?> list) {
      list.forEach(item -> out.add(String.valueOf(item)));
    }
    return List.copyOf(out);
  }

  /**
   * Whether the API said {@code field} is not available.
   *
   * @param field the field
   * @return true when its path is in {@link #notAvailable()}
   */
  public boolean isNotAvailable(EnrichmentField<?> field) {
    return notAvailable().contains(field.path());
  }

  /**
   * The API's explanation, when it gave one: the data's {@code message}, else the record's error message.
   *
   * @return the message
   */
  public Optional<String> message() {
    if (data.get(MESSAGE) instanceof String text) {
      return Optional.of(text);
    }
    return Optional.ofNullable(errorMessage);
  }

  /**
   * The value of {@code field}.
   *
   * @param field the field
   * @param <T> its type
   * @return the value, empty when absent or null
   * @throws IllegalStateException when the value is there but is not a {@code T} exactly (e.g. a
   *     fraction for a {@code Long} field); the message names the field, never the value
   */
  public <T> Optional<T> get(EnrichmentField<T> field) {
    Objects.requireNonNull(field, "field");
    return Optional.ofNullable(field.read(raw(field)));
  }

  /**
   * The value of {@code field}, which must be there.
   *
   * @param field the field
   * @param <T> its type
   * @return the value
   * @throws NoSuchElementException when it is absent; the message says whether the API listed it as not
   *     available
   * @throws IllegalStateException when the value is not a {@code T} exactly
   */
  public <T> T require(EnrichmentField<T> field) {
    return get(field).orElseThrow(() -> new NoSuchElementException("enrichment field " + field.path()
        + (isNotAvailable(field) ? " is not available for this person" : " is not in the data")
        + (found() ? "" : " (nothing was found for this person)")));
  }

  /**
   * The data as sent, a JSON object of maps, lists, strings, numbers and booleans.
   *
   * @return the unmodifiable data; empty when there was none
   */
  public Map<String, Object> asMap() {
    return data;
  }

  private Object raw(EnrichmentField<?> field) {
    Object node = data;
    for (String segment : field.segments()) {
      if (node instanceof Map<?, ?> map && map.containsKey(segment)) {
        node = map.get(segment);
      } else if (node instanceof List<?> list && segment.chars().allMatch(Character::isDigit)
          && segment.length() < 10 && Integer.parseInt(segment) < list.size()) {
        node = list.get(Integer.parseInt(segment));
      } else {
        node = null;
        break;
      }
    }
    return node != null ? node : data.get(field.path());
  }

  /** Says what was found and which fields are missing; never the values (they are personal data). */
  @Override
  public String toString() {
    List<String> keys = new ArrayList<>(data.keySet());
    keys.remove(NOT_AVAILABLE);
    keys.remove(MESSAGE);
    return "EnrichmentData{found=" + found() + ", groups=" + keys + ", notAvailable=" + notAvailable() + "}";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EnrichmentData that && that.data.equals(data) && Objects.equals(that.status, status)
        && Objects.equals(that.errorMessage, errorMessage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, status, errorMessage);
  }
}
