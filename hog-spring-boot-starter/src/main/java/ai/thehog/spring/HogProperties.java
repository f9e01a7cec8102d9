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
 * @param accessKey the access key sent as X-Access-Key; default: the THE_HOG_ACCESS_KEY environment variable
 * @param secretKey the secret key sent as X-Secret-Key, never shown (masked by Actuator's env and configprops
 *     endpoints); default: the THE_HOG_SECRET_KEY environment variable
 * @param bearerToken a Bearer token instead of the key pair (the older host api.thehog.ai), never shown
 * @param baseUrl the API's base URL; default: the THE_HOG_SERVER_URL environment variable, else
 *     https://developer.thehog.ai
 * @param projectId a project id sent as X-Project-Id on every request, so that results carry it
 * @param allowInsecureHttp whether plain http to a host other than loopback is allowed (credentials would
 *     travel in clear text)
 * @param connectTimeout the connect timeout of each attempt
 * @param readTimeout the read timeout of each attempt; a slower answer is retried
 * @param writeTimeout the write timeout of each attempt
 * @param batchConcurrency how many batches of a batch enrichment may be in flight at once
 * @param retry when failed requests are retried
 * @param polling how long-running operations are polled
 * @param rateLimits the client-side rate limits, in process or shared on Redis
 * @param metrics the Micrometer meters of the client
 * @param health the Actuator health component {@code hog}
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
   * @param accessKey the access key
   * @param secretKey the secret key
   * @param bearerToken a Bearer token
   * @param baseUrl the base URL
   * @param projectId the project id
   * @param allowInsecureHttp whether plain http to a remote host is allowed
   * @param connectTimeout the connect timeout
   * @param readTimeout the read timeout
   * @param writeTimeout the write timeout
   * @param batchConcurrency the batches in flight at once
   * @param retry the retry policy
   * @param polling the polling policy
   * @param rateLimits the rate limits
   * @param metrics the metrics
   * @param health the health component
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
   * @param maxAttempts attempts in all, the first included (1: no retry)
   * @param maxElapsed the time from the first attempt after which no retry starts
   * @param initialBackoff the upper bound of the first retry's random wait
   * @param maxBackoff the upper bound of any computed wait (a Retry-After may ask for longer, within
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
   * @param initialInterval the wait before the second poll
   * @param maxInterval the longest computed wait between two polls
   * @param multiplier the growth of the wait from one poll to the next
   * @param defaultTimeout the total deadline of the ...AndWait calls that take none
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
   * @param requestsPerMinute requests per minute the client sends at most (the API's documented limit)
   * @param pollsPerMinute polls per minute the client sends at most (the API's documented limit)
   * @param shared whether the limits are shared on Redis by every process using the same account (needs
   *     ai.thehog:hog-ratelimit-redis); Redis is the one of spring.data.redis.* unless redis-url is set
   * @param redisUrl the Redis to share the limits on, e.g. redis://localhost:6379 (its password is never
   *     shown); default: spring.data.redis.url, else spring.data.redis.host/port/username/password/database,
   *     else redis://localhost:6379
   * @param keyPrefix the prefix of the shared limits' Redis keys: processes with the same prefix share one
   *     budget; default: thehog: and a hash of the access key, so that processes of one account share it
   * @param fallbackShare the share of each limit a process uses on its own while Redis is unreachable
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
   * @param enabled whether hog-micrometer's meters are bound to the application's MeterRegistry, when
   *     there is one
   */
  public record Metrics(@DefaultValue("true") boolean enabled) {
  }

  /**
   * The Actuator health component {@code hog} (management.health.hog.enabled turns it off).
   *
   * @param checkReachability whether the component calls the API (a free GET /api/operations of one
   *     item, no credits spent) to report whether it is reachable with the configured keys
   * @param cacheFor how long a reachability result is reused, so that frequent probes do not use the rate
   *     limit
   */
  public record Health(
      @DefaultValue("false") boolean checkReachability,
      @DefaultValue("1m") Duration cacheFor) {
  }
}
