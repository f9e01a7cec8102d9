package ai.thehog.spring;

import ai.thehog.client.HogClientBuilder;
import ai.thehog.client.HogClient;
import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.HogEnvironment;
import ai.thehog.client.common.HogRateLimiter;
import ai.thehog.client.common.ListOptions;
import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.common.RateLimits;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.model.OperationStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * Builds the client from the properties. The only class, with the Redis limiter's, that uses the
 * client's types beyond {@code HogClient} itself.
 */
final class HogClientFactory {

  private HogClientFactory() {
  }

  /** The environment variables of the official SDK, as the Spring environment sees them. */
  static HogEnvironment environment(Environment environment) {
    Map<String, String> variables = new java.util.HashMap<>();
    for (String name : List.of(HogEnvironment.ACCESS_KEY, HogEnvironment.SECRET_KEY, HogEnvironment.SERVER_URL)) {
      String value = environment.getProperty(name);
      if (value != null) {
        variables.put(name, value);
      }
    }
    return HogEnvironment.of(variables);
  }

  /** The access key of the properties, else of THE_HOG_ACCESS_KEY. */
  static Optional<String> accessKey(HogProperties properties, HogEnvironment environment) {
    return nonBlank(properties.accessKey()).or(environment::accessKey);
  }

  static String baseUrl(HogProperties properties, HogEnvironment environment) {
    return environment.serverUrl(properties.baseUrl());
  }

  static RateLimits rateLimits(HogProperties properties) {
    return new RateLimits(properties.rateLimits().requestsPerMinute(), properties.rateLimits().pollsPerMinute());
  }

  static HogClientBuilder builder(HogProperties properties, HogEnvironment environment, HogRateLimiter limiter,
      List<HogClientListener> listeners) {
    HogClientBuilder builder = HogClient.builder()
        .baseUrl(baseUrl(properties, environment))
        .allowInsecureHttp(properties.allowInsecureHttp())
        .connectTimeout(properties.connectTimeout())
        .readTimeout(properties.readTimeout())
        .writeTimeout(properties.writeTimeout())
        .batchConcurrency(properties.batchConcurrency())
        .retryPolicy(RetryPolicy.builder()
            .maxAttempts(properties.retry().maxAttempts())
            .maxElapsed(properties.retry().maxElapsed())
            .initialBackoff(properties.retry().initialBackoff())
            .maxBackoff(properties.retry().maxBackoff())
            .build())
        .pollingPolicy(PollingPolicy.builder()
            .initialInterval(properties.polling().initialInterval())
            .maxInterval(properties.polling().maxInterval())
            .multiplier(properties.polling().multiplier())
            .defaultTimeout(properties.polling().defaultTimeout())
            .build())
        .rateLimits(rateLimits(properties));
    Optional<String> bearer = nonBlank(properties.bearerToken());
    if (bearer.isPresent()) {
      builder.bearerToken(bearer.get());
    } else {
      builder.accessKey(accessKey(properties, environment).orElseThrow(() -> new IllegalStateException(
          "No access key for The Hog API: set thehog.access-key or the " + HogEnvironment.ACCESS_KEY
              + " environment variable")));
      builder.secretKey(nonBlank(properties.secretKey()).or(environment::secretKey).orElseThrow(
          () -> new IllegalStateException("No secret key for The Hog API: set thehog.secret-key or the "
              + HogEnvironment.SECRET_KEY + " environment variable")));
    }
    nonBlank(properties.projectId()).ifPresent(builder::projectId);
    if (limiter != null) {
      builder.rateLimiter(limiter);
    }
    if (listeners.size() == 1) {
      builder.listener(listeners.get(0));
    } else if (!listeners.isEmpty()) {
      builder.listener(new CompositeListener(listeners));
    }
    return builder;
  }

  /**
   * Calls the API without spending credits (one operation listed) to see whether it answers the
   * client's keys.
   *
   * @return empty when it answered, else what went wrong (the exception's class and message, which
   *     never hold a key)
   */
  static Optional<String> probe(HogClient client) {
    try {
      client.operations().list(null, ListOptions.builder().limit(1).build());
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** Tells every listener, in order, even after one threw; the first exception is then rethrown for the client to log. */
  private static final class CompositeListener implements HogClientListener {
    private final List<HogClientListener> listeners;

    CompositeListener(List<HogClientListener> listeners) {
      this.listeners = List.copyOf(listeners);
    }

    private void each(java.util.function.Consumer<HogClientListener> event) {
      RuntimeException first = null;
      for (HogClientListener listener : listeners) {
        try {
          event.accept(listener);
        } catch (RuntimeException e) {
          if (first == null) {
            first = e;
          }
        }
      }
      if (first != null) {
        throw first;
      }
    }

    @Override
    public void onAttempt(String operation, int statusCode, Duration duration) {
      each(l -> l.onAttempt(operation, statusCode, duration));
    }

    @Override
    public void onRetry(String operation, int attempt, Duration wait) {
      each(l -> l.onRetry(operation, attempt, wait));
    }

    @Override
    public void onRateLimitWait(String bucket, Duration waited, boolean acquired) {
      each(l -> l.onRateLimitWait(bucket, waited, acquired));
    }

    @Override
    public void onCredits(String operation, Long estimated, Long actual) {
      each(l -> l.onCredits(operation, estimated, actual));
    }

    @Override
    public void onOperationEnded(String operation, OperationStatus status, int polls, Duration duration) {
      each(l -> l.onOperationEnded(operation, status, polls, duration));
    }
  }
}
