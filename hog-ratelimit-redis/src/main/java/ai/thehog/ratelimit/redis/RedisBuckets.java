package ai.thehog.ratelimit.redis;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared buckets on Redis: one Lettuce connection (reconnected by this class, at most once per
 * reconnect interval, in the background), Bucket4j buckets over it, and one pause key per bucket.
 *
 * <p>Keys: {@code <prefix>:<bucket>} holds Bucket4j's state, {@code <prefix>:<bucket>:paused} exists while
 * the bucket is paused (its time to live is the pause left, so no clock is compared across machines).
 * Every call is bounded: Lettuce rejects commands while disconnected and times them out after the command
 * timeout, and callers wait on them no longer than the time they have.
 */
final class RedisBuckets implements AutoCloseable {

  /** Sets the pause key unless it already lives longer; returns 1 when it was set. */
  private static final String EXTEND_PAUSE = "local left = redis.call('PTTL', KEYS[1]) "
      + "if left < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) return 1 end return 0";

  /**
   * The answer-time log of a bucket: {@code KEYS[1]} holds this bucket's slots still waiting for their answer
   * (score: the slot's start, Redis time in microseconds), {@code KEYS[2]} the answered ones (score: the
   * answer's time); together at most {@code ARGV[1]} (the limit), the latest. A slot not yet answered whose
   * start has come counts as answered now. The new slot comes no earlier than {@code ARGV[3]} microseconds
   * from now (Bucket4j's slot), the newest slot, and a window ({@code ARGV[2]}) after the limit-th latest
   * time; if that is more than {@code ARGV[4]} from now, nothing is added and -1 returned; otherwise member
   * {@code ARGV[5]} is added and the microseconds until its slot returned. Redis's own clock is the only one
   * read, so no clocks are compared across machines.
   */
  private static final String LOG_ACQUIRE = """
      local t = redis.call('TIME')
      local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
      local limit = tonumber(ARGV[1])
      local window = tonumber(ARGV[2])
      local slot = now + tonumber(ARGV[3])
      local newest = redis.call('ZREVRANGE', KEYS[1], 0, 0, 'WITHSCORES')
      if newest[2] and tonumber(newest[2]) > slot then slot = tonumber(newest[2]) end
      local pending = redis.call('ZCARD', KEYS[1])
      local answered = redis.call('ZCARD', KEYS[2])
      if pending + answered >= limit then
        local future = redis.call('ZCOUNT', KEYS[1], string.format('(%d', now), '+inf')
        local nth
        if future >= limit then
          nth = tonumber(redis.call('ZREVRANGE', KEYS[1], limit - 1, limit - 1, 'WITHSCORES')[2])
        elseif pending >= limit then
          nth = now
        else
          nth = tonumber(redis.call('ZREVRANGE', KEYS[2], limit - pending - 1, limit - pending - 1, 'WITHSCORES')[2])
        end
        if nth + window > slot then slot = nth + window end
      end
      if slot - now > tonumber(ARGV[4]) then return -1 end
      redis.call('ZADD', KEYS[1], string.format('%d', slot), ARGV[5])
      local excess = pending + answered + 1 - limit
      if excess > 0 then
        local fromAnswered = math.min(excess, answered)
        if fromAnswered > 0 then redis.call('ZREMRANGEBYRANK', KEYS[2], 0, fromAnswered - 1) end
        if excess > fromAnswered then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, excess - fromAnswered - 1) end
      end
      local ttl = string.format('%d', math.ceil((slot - now + 2 * window) / 1000))
      redis.call('PEXPIRE', KEYS[1], ttl)
      if answered > 0 then redis.call('PEXPIRE', KEYS[2], ttl) end
      return slot - now
      """;

  /** Moves slot {@code ARGV[1]} from the waiting slots to the answered ones, at Redis's time now; 1 if it was there. */
  private static final String LOG_ANSWERED = """
      if redis.call('ZREM', KEYS[1], ARGV[1]) == 1 then
        local t = redis.call('TIME')
        redis.call('ZADD', KEYS[2], string.format('%d', tonumber(t[1]) * 1000000 + tonumber(t[2])), ARGV[1])
        local ttl = math.max(redis.call('PTTL', KEYS[1]), tonumber(ARGV[2]))
        redis.call('PEXPIRE', KEYS[2], string.format('%d', ttl))
        return 1
      end
      return 0
      """;

  private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

  /** A live connection and the buckets over it. */
  private record Link(StatefulRedisConnection<String, byte[]> connection, Map<String, Bucket> buckets) {
  }

  private final RedisURI uri;
  private final String keyPrefix;
  private final Map<String, BucketConfiguration> configurations;
  private final Map<String, AnswerLog> logs;
  private final String instance = UUID.randomUUID().toString();
  private final AtomicLong slotIds = new AtomicLong();
  private final Duration commandTimeout;
  private final long reconnectIntervalNanos;
  private final RedisAvailability availability;
  private final ClientResources resources;
  private final RedisClient client;
  private final ExecutorService calls;
  private final AtomicBoolean connecting = new AtomicBoolean();
  private volatile Link link;
  private volatile long nextAttemptNanos;
  private volatile boolean closed;

  RedisBuckets(RedisURI uri, String keyPrefix, Map<String, BucketConfiguration> configurations,
      Map<String, AnswerLog> logs, Duration commandTimeout, Duration connectTimeout, Duration reconnectInterval, RedisAvailability availability) {
    this.uri = uri;
    this.keyPrefix = keyPrefix;
    this.configurations = configurations;
    this.logs = logs;
    this.commandTimeout = commandTimeout;
    this.reconnectIntervalNanos = reconnectInterval.toNanos();
    this.availability = availability;
    uri.setTimeout(connectTimeout); // the handshake's timeout; commands use TimeoutOptions below
    this.resources = DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
    this.client = RedisClient.create(resources);
    client.setOptions(ClientOptions.builder()
        .autoReconnect(false)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
        .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
        .build());
    this.calls = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "hog-ratelimit-redis");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Connects now. Lettuce bounds the attempt by the connect timeout (socket, then handshake); the wait here
   * adds room for a cold JVM's first use of Netty. A failure is logged once.
   */
  void connectNow(Duration connectTimeout) throws InterruptedException {
    CompletableFuture<Void> attempt = connect();
    try {
      attempt.get(connectTimeout.multipliedBy(2).plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      availability.down(e instanceof ExecutionException ? e.getCause() : e);
    }
  }

  /**
   * The live link, or null while Redis is unreachable. Starts a background reconnection when one is due;
   * never waits for it.
   */
  private Link link() {
    Link current = link;
    if (current != null && current.connection().isOpen()) {
      return current;
    }
    if (current != null) {
      drop(current, null);
    }
    if (!closed && System.nanoTime() - nextAttemptNanos >= 0) {
      connect();
    }
    return null;
  }

  boolean connected() {
    return link() != null;
  }

  /** Starts a connection attempt on a background thread, unless one is under way. */
  private CompletableFuture<Void> connect() {
    if (!connecting.compareAndSet(false, true)) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.supplyAsync(() -> client.connectAsync(CODEC, uri), calls)
        .thenCompose(future -> future.toCompletableFuture())
        .handle((connection, failure) -> {
          try {
            if (failure != null || closed) {
              nextAttemptNanos = System.nanoTime() + reconnectIntervalNanos;
              if (connection != null) {
                connection.closeAsync();
              }
              if (failure != null) {
                availability.down(failure);
              }
              return null;
            }
            link = new Link(connection, buckets(connection));
            availability.up();
            return null;
          } finally {
            connecting.set(false);
          }
        });
  }

  private Map<String, Bucket> buckets(StatefulRedisConnection<String, byte[]> connection) {
    LettuceBasedProxyManager<String> proxies = Bucket4jLettuce.casBasedBuilder(connection.async())
        .requestTimeout(commandTimeout)
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
        .build();
    Map<String, Bucket> buckets = new HashMap<>();
    configurations.forEach((name, configuration) -> buckets.put(name,
        proxies.builder().build(keyPrefix + ":" + name, () -> configuration)));
    return Map.copyOf(buckets);
  }

  /** Marks Redis unreachable after a failed call: the link is closed and retried after the reconnect interval. */
  private void drop(Link failed, Throwable cause) {
    availability.down(cause);
    if (link == failed) {
      link = null;
      nextAttemptNanos = System.nanoTime() + reconnectIntervalNanos;
    }
    if (failed.connection().isOpen()) {
      failed.connection().closeAsync();
    }
  }

  /**
   * Milliseconds the bucket is paused for on Redis (0 if not).
   *
   * @throws RedisUnavailableException if Redis did not answer (it is then marked unreachable)
   * @throws TimeoutException if the caller's {@code budgetNanos} ran out first (Redis is not blamed)
   */
  long pauseRemainingMillis(String bucket, long budgetNanos)
      throws RedisUnavailableException, TimeoutException, InterruptedException {
    Link current = requireLink();
    Long left = await(current, () -> current.connection().async().pttl(pauseKey(bucket)).toCompletableFuture(),
        budgetNanos);
    return left == null ? 0 : Math.max(0, left);
  }

  /**
   * Reserves a permit on Redis if its slot comes within {@code maxWaitNanos}.
   *
   * @return nanoseconds until the slot, or {@link BucketPacing#REFUSED}
   * @throws RedisUnavailableException if Redis did not answer (it is then marked unreachable)
   * @throws TimeoutException if the caller's {@code budgetNanos} ran out first (Redis is not blamed)
   */
  long reserve(String bucket, long maxWaitNanos, long budgetNanos)
      throws RedisUnavailableException, TimeoutException, InterruptedException {
    Link current = requireLink();
    Bucket shared = current.buckets().get(bucket);
    AnswerLog log = logs.get(bucket);
    String member = instance + ":" + slotIds.incrementAndGet();
    long wait = await(current, () -> CompletableFuture.supplyAsync(() -> {
      try {
        long paced = BucketPacing.reserve(shared, maxWaitNanos);
        if (paced == BucketPacing.REFUSED || log == null) {
          return paced;
        }
        // Bucket4j paces the slots; the log then keeps each window of answers within the limit. A slot
        // Bucket4j granted but the log refuses is lost, which only ever slows the callers.
        Long micros = current.connection().async().<Long>eval(LOG_ACQUIRE, ScriptOutputType.INTEGER,
            log.keys(keyPrefix, bucket), ascii(log.limit()), ascii(log.windowMicros()),
            ascii(TimeUnit.NANOSECONDS.toMicros(paced) + 1), ascii(TimeUnit.NANOSECONDS.toMicros(maxWaitNanos)),
            member.getBytes(StandardCharsets.US_ASCII)).get();
        return micros < 0 ? BucketPacing.REFUSED : TimeUnit.MICROSECONDS.toNanos(micros);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new CompletionException(e.getCause());
      }
    }, calls), budgetNanos);
    if (wait != BucketPacing.REFUSED && log != null) {
      log.sent(member, System.nanoTime() + wait);
    }
    return wait;
  }

  /**
   * A request sent in a slot of this process was answered now: the oldest of its slots that started and
   * waits for its answer takes the answer's time on Redis. Does nothing if Redis does not answer.
   */
  void answered(String bucket) throws InterruptedException {
    AnswerLog log = logs.get(bucket);
    String member = log == null ? null : log.answered(System.nanoTime());
    Link current = link();
    if (member == null || current == null) {
      return;
    }
    try {
      await(current, () -> current.connection().async()
          .<Long>eval(LOG_ANSWERED, ScriptOutputType.INTEGER, log.keys(keyPrefix, bucket),
              member.getBytes(StandardCharsets.US_ASCII), ascii(2 * log.windowMicros() / 1000 + 1))
          .toCompletableFuture(), commandTimeout.toNanos());
    } catch (RedisUnavailableException | TimeoutException e) {
      // Redis is away: the in-process fallback has no answer-time log to update.
    }
  }

  private static byte[] ascii(long value) {
    return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Pauses the bucket on Redis for {@code millis} from now, unless it is already paused for longer.
   *
   * @throws RedisUnavailableException if Redis did not answer (it is then marked unreachable)
   */
  void pause(String bucket, long millis) throws RedisUnavailableException, InterruptedException {
    Link current = requireLink();
    try {
      await(current, () -> current.connection().async()
          .<Long>eval(EXTEND_PAUSE, ScriptOutputType.INTEGER, new String[] {pauseKey(bucket)},
              Long.toString(millis).getBytes(StandardCharsets.US_ASCII))
          .toCompletableFuture(), commandTimeout.toNanos());
    } catch (TimeoutException e) {
      throw new IllegalStateException("unreachable: the budget is the command timeout", e);
    }
  }

  private Link requireLink() throws RedisUnavailableException {
    Link current = link();
    if (current == null) {
      throw new RedisUnavailableException();
    }
    return current;
  }

  private interface Call<T> {
    CompletableFuture<T> start();
  }

  private <T> T await(Link current, Call<T> call, long budgetNanos)
      throws RedisUnavailableException, TimeoutException, InterruptedException {
    long commandNanos = commandTimeout.toNanos();
    boolean callerBound = budgetNanos < commandNanos;
    CompletableFuture<T> future;
    try {
      future = call.start();
    } catch (RuntimeException e) {
      drop(current, e);
      throw new RedisUnavailableException();
    }
    try {
      T value = future.get(Math.max(0, Math.min(budgetNanos, commandNanos)), TimeUnit.NANOSECONDS);
      availability.up();
      return value;
    } catch (TimeoutException e) {
      if (callerBound) {
        throw e;
      }
      drop(current, e);
      throw new RedisUnavailableException();
    } catch (ExecutionException e) {
      drop(current, e.getCause());
      throw new RedisUnavailableException();
    }
  }

  private String pauseKey(String bucket) {
    return keyPrefix + ":" + bucket + ":paused";
  }

  @Override
  public void close() {
    closed = true;
    Link current = link;
    link = null;
    if (current != null && current.connection().isOpen()) {
      current.connection().close();
    }
    calls.shutdownNow();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }

  /** Redis did not answer; the caller falls back to the in-process buckets. */
  static final class RedisUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    RedisUnavailableException() {
      super("Redis is unreachable", null, false, false);
    }
  }
}
