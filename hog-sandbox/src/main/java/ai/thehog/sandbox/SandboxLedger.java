package ai.thehog.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable snapshot of what a sandbox has charged and served, taken by {@link HogSandbox#ledger()}.
 *
 * <p>Routes are named {@code "METHOD /path"} with path templates, e.g. {@code "GET /api/operations/{id}"}.
 * Identifiers are named by their keys in alphabetical order, e.g.
 * {@code "email=jane@example.com"} or {@code "email=jane@example.com,linkedin_url=https://..."}.
 */
public final class SandboxLedger {

  /**
   * One debit of credits.
   *
   * @param accessKey the access key charged (never the secret)
   * @param route the route that did the work
   * @param operationId the operation created, or null for a sync answer
   * @param identifier the person enriched, or null when the charge is not per person
   * @param credits the credits debited
   * @param requestId the X-Request-Id of the request that caused the charge
   * @param at when, on the sandbox's clock
   */
  public record Charge(String accessKey, String route, String operationId, String identifier, long credits,
      String requestId, Instant at) {
    /**
     * Checks the required components.
     *
     * @param accessKey the access key charged
     * @param route the route that did the work
     * @param operationId the operation created, or null
     * @param identifier the person enriched, or null
     * @param credits the credits debited
     * @param requestId the X-Request-Id of the request
     * @param at when, on the sandbox's clock
     * @throws NullPointerException if accessKey, route, requestId or at is null
     */
    public Charge {
      Objects.requireNonNull(accessKey, "accessKey");
      Objects.requireNonNull(route, "route");
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(at, "at");
    }
  }

  private final List<Charge> charges;
  private final Map<String, Long> requestsPerRoute;
  private final long tooManyRequestsSent;
  private final long idempotentReplays;

  SandboxLedger(List<Charge> charges, Map<String, Long> requestsPerRoute, long tooManyRequestsSent,
      long idempotentReplays) {
    this.charges = List.copyOf(charges);
    this.requestsPerRoute = Map.copyOf(requestsPerRoute);
    this.tooManyRequestsSent = tooManyRequestsSent;
    this.idempotentReplays = idempotentReplays;
  }

  /**
   * Every charge, oldest first.
   *
   * @return the charges, unmodifiable
   */
  public List<Charge> charges() {
    return charges;
  }

  /**
   * The credits charged to {@code accessKey} (0 for an unknown key).
   *
   * @param accessKey an access key
   * @return the credits
   */
  public long creditsCharged(String accessKey) {
    return charges.stream().filter(c -> c.accessKey().equals(accessKey)).mapToLong(Charge::credits).sum();
  }

  /**
   * The credits charged per access key, in the order the keys were first charged; the admin view's
   * {@code creditsPerAccessKey}.
   *
   * @return credits by access key, unmodifiable
   */
  public Map<String, Long> creditsPerAccessKey() {
    Map<String, Long> credits = new LinkedHashMap<>();
    for (Charge c : charges) {
      credits.merge(c.accessKey(), c.credits(), Long::sum);
    }
    return Collections.unmodifiableMap(credits);
  }

  /**
   * How many charges name each identifier (batch enrichment charges once per identifier).
   *
   * @return charges by identifier, unmodifiable
   */
  public Map<String, Long> chargesPerIdentifier() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Charge c : charges) {
      if (c.identifier() != null) {
        counts.merge(c.identifier(), 1L, Long::sum);
      }
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Requests received per route, whatever their answer (401, 429 and faults included).
   *
   * @return requests by route, unmodifiable
   */
  public Map<String, Long> requestsPerRoute() {
    return requestsPerRoute;
  }

  /**
   * 429 responses sent.
   *
   * @return the count
   */
  public long tooManyRequestsSent() {
    return tooManyRequestsSent;
  }

  /**
   * Requests answered by replaying an earlier response for the same Idempotency-Key.
   *
   * @return the count
   */
  public long idempotentReplays() {
    return idempotentReplays;
  }

  @Override
  public String toString() {
    return "SandboxLedger{charges=" + charges.size() + ", requestsPerRoute=" + requestsPerRoute
        + ", tooManyRequestsSent=" + tooManyRequestsSent + ", idempotentReplays=" + idempotentReplays + "}";
  }
}
