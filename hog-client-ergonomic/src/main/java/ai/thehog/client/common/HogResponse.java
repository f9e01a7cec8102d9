package ai.thehog.client.common;

import java.util.Objects;

/**
 * A completed answer: the value and the request's {@link Meta}.
 *
 * @param value the endpoint's payload
 * @param meta request id, project and cost
 * @param <T> the payload type
 */
public record HogResponse<T>(T value, Meta meta) {

  /**
   * Checks both parts are present.
   *
   * @param value the endpoint's payload, not null
   * @param meta request id, project and cost, not null
   * @throws NullPointerException when either is null
   */
  public HogResponse {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(meta, "meta");
  }
}
