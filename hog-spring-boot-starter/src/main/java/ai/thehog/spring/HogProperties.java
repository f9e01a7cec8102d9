package ai.thehog.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code thehog.*} properties the auto-configured {@code HogClient} is built from. Unset keys and
 * base URL fall back to the official SDK's environment variables ({@code THE_HOG_ACCESS_KEY},
 * {@code THE_HOG_SECRET_KEY}, {@code THE_HOG_SERVER_URL}). {@link #toString()} never shows the
 * secret key or the bearer token.
 *
 * @param accessKey The access key sent as X-Access-Key; default: the THE_HOG_ACCESS_KEY environment variable
 * @param secretKey The secret key sent as X-Secret-Key, never shown (masked by Actuator's env and configprops
 *     endpoints); default: the THE_HOG_SECRET_KEY environment variable
 * @param bearerToken A Bearer token instead of the key pair (the older host api.thehog.ai), never shown
 * @param baseUrl The API's base URL; default: the THE_HOG_SERVER_URL environment variable, else
 *     https://developer.thehog.ai
 * @param projectId A project id sent as X-Project-Id on every request, so that results carry it
 * @param allowInsecureHttp Whether plain http to a host other than loopback is allowed (credentials would
 *     travel in clear text)
 * @param connectTimeout The connect timeout of each attempt
 * @param readTimeout The read timeout of each attempt; a slower answer is retried
 * @param writeTimeout The write timeout of each attempt
 * @param batchConcurrency How many batches of a batch enrichment may be in flight at once
 * @param retry When failed requests are retried
 * @param polling How long-running operations are polled
 * @param rateLimits The client-side rate limits, in process or shared on Redis
 * @param metrics The Micrometer meters of the client
 * @param health The Actuator health component {@code hog}
 */
@ConfigurationProperties("thehog")
public record HogProperties(
    String accessKey,
    String secretKey,
    String bearerToken,
    String baseUrl,
    String projectId,
    @DefaultValue("false") boolean allowInsecureHttp,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("60s") Duration readTimeout,
    @DefaultValue("30s") Duration writeTimeout,
    @DefaultValue("50") int batchConcurrency,
    @DefaultValue Retry retry,
    @DefaultValue Polling polling,
    @DefaultValue RateLimits rateLimits,
    @DefaultValue Metrics metrics,
    @DefaultValue Health health) {

  /**
   * The properties, checked: timeouts and numbers must be positive.
   *
   * @param accessKey The access key
   * @param secretKey The secret key
   * @param bearerToken A Bearer token
   * @param baseUrl The base URL
   * @param projectId The project id
   * @param allowInsecureHttp Whether plain http to a remote host is allowed
   * @param connectTimeout The connect timeout
   * @param readTimeout The read timeout
   * @param writeTimeout The write timeout
   * @param batchConcurrency The batches in flight at once
   * @param retry The retry policy
   * @param polling The polling policy
   * @param rateLimits The rate limits
   * @param metrics The metrics
   * @param health The health component
   */
  public HogProperties {
    Checks.positive(connectTimeout, "thehog.connect-timeout");
    Checks.positive(readTimeout, "thehog.read-timeout");
    Checks.positive(writeTimeout, "thehog.write-timeout");
    Checks.atLeastOne(batchConcurrency, "thehog.batch-concurrency");
  }

  @Override
  public String toString() {
    return "HogProperties[accessKey=" + (accessKey == null ? "unset" : Checks.maskKey(accessKey))
        + ", secretKey=" + (secretKey == null ? "unset" : "******")
        + ", bearerToken=" + (bearerToken == null ? "unset" : "******")
        + ", baseUrl=" + baseUrl + ", projectId=" + projectId + ", allowInsecureHttp=" + allowInsecureHttp
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout
        + ", batchConcurrency=" + batchConcurrency + ", retry=" + retry + ", polling=" + polling
        + ", rateLimits=" + rateLimits + ", metrics=" + metrics + ", health=" + health + "]";
  }

  /**
   * When failed requests are retried (the client's {@code RetryPolicy}).
   *
   * @param maxAttempts Attempts in all, the first included (1: no retry)
   * @param maxElapsed The time from the first attempt after which no retry starts
   * @param initialBackoff The upper bound of the first retry's random wait
   * @param maxBackoff The upper bound of any computed wait (a Retry-After may ask for longer, within
   *     max-elapsed)
   */
  public record Retry(
      @DefaultValue("5") int maxAttempts,
      @DefaultValue("2m") Duration maxElapsed,
      @DefaultValue("500ms") Duration initialBackoff,
      @DefaultValue("30s") Duration maxBackoff) {
  }

  /**
   * How long-running operations are polled (the client's {@code PollingPolicy}).
   *
   * @param initialInterval The wait before the second poll
   * @param maxInterval The longest computed wait between two polls
   * @param multiplier The growth of the wait from one poll to the next
   * @param defaultTimeout The total deadline of the ...AndWait calls that take none
   */
  public record Polling(
      @DefaultValue("1s") Duration initialInterval,
      @DefaultValue("30s") Duration maxInterval,
      @DefaultValue("1.5") double multiplier,
      @DefaultValue("10m") Duration defaultTimeout) {
  }

  /**
   * The client-side rate limits.
   *
   * @param requestsPerMinute Requests per minute the client sends at most (the API's documented limit)
   * @param pollsPerMinute Polls per minute the client sends at most (the API's documented limit)
   * @param shared Whether the limits are shared on Redis by every process using the same account (needs
   *     ai.thehog:hog-ratelimit-redis); Redis is the one of spring.data.redis.* unless redis-url is set
   * @param redisUrl The Redis to share the limits on, e.g. redis://localhost:6379 (its password is never
   *     shown); default: spring.data.redis.url, else spring.data.redis.host/port/username/password/database,
   *     else redis://localhost:6379
   * @param keyPrefix The prefix of the shared limits' Redis keys: processes with the same prefix share one
   *     budget; default: thehog: and a hash of the access key, so that processes of one account share it
   * @param fallbackShare The share of each limit a process uses on its own while Redis is unreachable
   */
  public record RateLimits(
      @DefaultValue("600") int requestsPerMinute,
      @DefaultValue("300") int pollsPerMinute,
      @DefaultValue("false") boolean shared,
      String redisUrl,
      String keyPrefix,
      @DefaultValue("0.25") double fallbackShare) {

    @Override
    public String toString() {
      return "RateLimits[requestsPerMinute=" + requestsPerMinute + ", pollsPerMinute=" + pollsPerMinute
          + ", shared=" + shared + ", redisUrl=" + (redisUrl == null ? "unset" : "******") + ", keyPrefix="
          + keyPrefix + ", fallbackShare=" + fallbackShare + "]";
    }
  }

  /**
   * The client's Micrometer meters ({@code hog.client.*}).
   *
   * @param enabled Whether hog-micrometer's meters are bound to the application's MeterRegistry, when
   *     there is one
   */
  public record Metrics(@DefaultValue("true") boolean enabled) {
  }

  /**
   * The Actuator health component {@code hog} (management.health.hog.enabled turns it off).
   *
   * @param checkReachability Whether the component calls the API (a free GET /api/operations of one
   *     item, no credits spent) to report whether it is reachable with the configured keys
   * @param cacheFor How long a reachability result is reused, so that frequent probes do not use the rate
   *     limit
   */
  public record Health(
      @DefaultValue("false") boolean checkReachability,
      @DefaultValue("1m") Duration cacheFor) {
  }
}
