package ai.thehog.micrometer;

import ai.thehog.client.common.HogClientListener;
import ai.thehog.model.OperationStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;

/**
 * Micrometer meters for a {@code HogClient}: set it as the client's listener.
 *
 * <pre>{@code
 * HogClient hog = HogClient.builder().listener(HogMetrics.create(registry)).build();
 * }</pre>
 *
 * <table>
 * <caption>Meters</caption>
 * <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 * <tr><td>{@value #REQUESTS}</td><td>timer</td><td>operation, status</td><td>each HTTP attempt and its
 *     duration; status is the HTTP status, {@code none} when no answer came</td></tr>
 * <tr><td>{@value #RETRIES}</td><td>counter</td><td>operation</td><td>attempts retried</td></tr>
 * <tr><td>{@value #RATE_LIMITED}</td><td>counter</td><td>operation</td><td>answers 429</td></tr>
 * <tr><td>{@value #RATE_LIMIT_WAIT}</td><td>timer</td><td>bucket, acquired</td><td>time each attempt waited
 *     for the client's rate limiter</td></tr>
 * <tr><td>{@value #OPERATIONS}</td><td>timer</td><td>operation, status</td><td>long-running operations, from
 *     their 202 to the poll that saw them end</td></tr>
 * <tr><td>{@value #OPERATION_POLLS}</td><td>distribution summary</td><td>operation, status</td><td>polls per
 *     long-running operation</td></tr>
 * <tr><td>{@value #CREDITS_ESTIMATED}, {@value #CREDITS_ACTUAL}</td><td>counters</td><td>operation</td><td>
 *     credits the API estimated and charged, as it stated them</td></tr>
 * </table>
 *
 * <p>The {@code operation} tag is the HTTP method and the path template the API declares
 * ({@code POST /api/enrichments}, {@code GET {pollUrl}}): no tag ever carries an id, an identifier, a key
 * or a concrete path, so the number of series stays bounded. Durations are in the client's time.
 * Thread-safe.
 */
public final class HogMetrics implements HogClientListener {

  /** Every HTTP attempt. */
  public static final String REQUESTS = "hog.client.requests";
  /** Attempts retried. */
  public static final String RETRIES = "hog.client.retries";
  /** Answers 429. */
  public static final String RATE_LIMITED = "hog.client.rate.limited";
  /** Waits for the client's rate limiter. */
  public static final String RATE_LIMIT_WAIT = "hog.client.rate.limit.wait";
  /** Long-running operations seen to end. */
  public static final String OPERATIONS = "hog.client.operations";
  /** Polls per long-running operation. */
  public static final String OPERATION_POLLS = "hog.client.operation.polls";
  /** Credits estimated by the API. */
  public static final String CREDITS_ESTIMATED = "hog.client.credits.estimated";
  /** Credits charged by the API. */
  public static final String CREDITS_ACTUAL = "hog.client.credits.actual";

  private final MeterRegistry registry;
  private final Tags common;

  private HogMetrics(MeterRegistry registry, Tags common) {
    this.registry = registry;
    this.common = common;
  }

  /**
   * Meters in {@code registry}.
   *
   * @param registry where the meters go
   * @return the listener to give {@code HogClientBuilder.listener}
   */
  public static HogMetrics create(MeterRegistry registry) {
    return create(registry, Tags.empty());
  }

  /**
   * Meters in {@code registry}, each with {@code tags} as well (e.g. {@code client=billing} to tell several
   * clients apart). Put no secret or identifier in them.
   *
   * @param registry where the meters go
   * @param tags tags added to every meter
   * @return the listener to give {@code HogClientBuilder.listener}
   */
  public static HogMetrics create(MeterRegistry registry, Iterable<Tag> tags) {
    return new HogMetrics(Objects.requireNonNull(registry, "registry"), Tags.of(Objects.requireNonNull(tags, "tags")));
  }

  @Override
  public void onAttempt(String operation, int statusCode, Duration duration) {
    Timer.builder(REQUESTS).description("HTTP attempts to The Hog API")
        .tags(common).tag("operation", operation).tag("status", statusCode == 0 ? "none" : Integer.toString(statusCode))
        .register(registry).record(duration);
    if (statusCode == 429) {
      Counter.builder(RATE_LIMITED).description("Answers 429 (rate limited) from The Hog API")
          .tags(common).tag("operation", operation).register(registry).increment();
    }
  }

  @Override
  public void onRetry(String operation, int attempt, Duration wait) {
    Counter.builder(RETRIES).description("Attempts retried").tags(common).tag("operation", operation)
        .register(registry).increment();
  }

  @Override
  public void onRateLimitWait(String bucket, Duration waited, boolean acquired) {
    Timer.builder(RATE_LIMIT_WAIT).description("Time waited for the client's rate limiter")
        .tags(common).tag("bucket", bucket).tag("acquired", Boolean.toString(acquired))
        .register(registry).record(waited);
  }

  @Override
  public void onCredits(String operation, Long estimated, Long actual) {
    if (estimated != null) {
      Counter.builder(CREDITS_ESTIMATED).description("Credits the API estimated").baseUnit("credits")
          .tags(common).tag("operation", operation).register(registry).increment(estimated);
    }
    if (actual != null) {
      Counter.builder(CREDITS_ACTUAL).description("Credits the API charged").baseUnit("credits")
          .tags(common).tag("operation", operation).register(registry).increment(actual);
    }
  }

  /**
   * Records the operation's time from its 202 to the poll that saw it end, and its polls.
   *
   * @param operation the operation that started it
   * @param status its terminal status
   * @param polls how many polls the client sent for it
   * @param duration from its 202 (or from resuming it) to the poll that saw it end
   */
  @Override
  public void onOperationEnded(String operation, OperationStatus status, int polls, Duration duration) {
    String outcome = status.value();
    Timer.builder(OPERATIONS).description("Long-running operations, from their 202 to the poll that saw them end")
        .tags(common).tag("operation", operation).tag("status", outcome).register(registry).record(duration);
    DistributionSummary.builder(OPERATION_POLLS).description("Polls per long-running operation")
        .tags(common).tag("operation", operation).tag("status", outcome).register(registry).record(polls);
  }

  @Override
  public String toString() {
    return "HogMetrics{registry=" + registry.getClass().getSimpleName() + ", tags=" + common + "}";
  }
}
