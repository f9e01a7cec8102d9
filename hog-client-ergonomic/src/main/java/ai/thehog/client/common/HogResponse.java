package ai.thehog.client.common;

import java.util.Objects;

/**
 * A completed answer: the value and the request's {@link Meta}. Every call that answers a value
 * at once returns one (a 204 answer is a {@code HogResponse<Void>}, its value null).
 *
 * @param value the endpoint's payload; null only in a {@code HogResponse<Void>}
 * @param meta request id, project and cost
 * @param <T> the payload type
 */
public record HogResponse<T>(T value, Meta meta) {

  /**
   * Checks the meta is present.
   *
   * @param value the endpoint's payload; null only for an answer without a body ({@code HogResponse<Void>})
   * @param meta request id, project and cost, not null
   * @throws NullPointerException when meta is null
   */
  public HogResponse {
    Objects.requireNonNull(meta, "meta");
  }
}
