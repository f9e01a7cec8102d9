package ai.thehog.ratelimit.redis;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

/**
 * A second JVM for {@link TwoProcessesTest}: builds a limiter, prints {@code ready}, reads
 * {@code <startEpochMillis> <endEpochMillis>} from stdin, reserves from the start until no slot is left
 * before the end, and prints {@code granted <n>}.
 *
 * <p>Arguments: {@code <redisUri> <keyPrefix> <permits> <periodMillis>}.
 */
public final class ReservingProcess {

  private ReservingProcess() {
  }

  public static void main(String[] args) throws Exception {
    try (RedisRateLimiter limiter = RedisRateLimiter.builder().redisUri(args[0]).keyPrefix(args[1]).utilization(1)
        .connectTimeout(Duration.ofSeconds(5)).commandTimeout(Duration.ofSeconds(2))
        .bucket(RateLimitBucket.of("requests", Long.parseLong(args[2]), Duration.ofMillis(Long.parseLong(args[3]))))
        .build()) {
      System.out.println(limiter.isShared() ? "ready" : "no redis");
      System.out.flush();
      String[] window = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine().split(" ");
      long start = Long.parseLong(window[0]);
      Instant end = Instant.ofEpochMilli(Long.parseLong(window[1]));
      Thread.sleep(Math.max(0, start - System.currentTimeMillis()));
      int granted = 0;
      while (true) {
        try {
          limiter.reserve("requests", end);
          granted++;
        } catch (TimeoutException noSlotLeft) {
          break;
        }
      }
      System.out.println("granted " + granted);
    }
  }
}
