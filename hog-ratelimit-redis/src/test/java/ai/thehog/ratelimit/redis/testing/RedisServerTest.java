package ai.thehog.ratelimit.redis.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The launcher the Redis tests and hog-benchmarks share. */
@RequiresRedisServer
class RedisServerTest {

  @Test
  void eachServerHasItsOwnFreeLoopbackPortAndStopsWhenClosed() throws Exception {
    int port;
    try (RedisServer first = RedisServer.start(); RedisServer second = RedisServer.start()) {
      port = first.port();
      assertThat(first.port()).isNotEqualTo(second.port());
      assertThat(first.uri()).isEqualTo("redis://127.0.0.1:" + first.port());
      assertThat(first.command("SET", "k", "v")).isEqualTo("+OK");
      assertThat(second.command("EXISTS", "k")).as("two servers, two stores").isEqualTo(":0");
    }
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void aRestartComesBackOnTheSamePortEmpty() throws Exception {
    try (RedisServer redis = RedisServer.start()) {
      int port = redis.port();
      redis.command("SET", "k", "v");

      redis.restart();

      assertThat(redis.port()).isEqualTo(port);
      assertThat(redis.command("EXISTS", "k")).as("nothing persisted").isEqualTo(":0");
    }
  }

  @Test
  void aPasswordIsRequiredAndPartOfTheUri() throws Exception {
    try (RedisServer redis = RedisServer.start("s3cret-for-test")) {
      assertThat(redis.uri()).isEqualTo("redis://:s3cret-for-test@127.0.0.1:" + redis.port());
      assertThat(redis.command("PING")).isEqualTo("+PONG");
      assertThat(pingWithoutAuth(redis.port())).startsWith("-NOAUTH");
    }
  }

  @Test
  void aFrozenServerAnswersNothingUntilThawed() throws Exception {
    try (RedisServer redis = RedisServer.start()) {
      redis.freeze();
      assertThatThrownBy(() -> redis.command("PING")).isInstanceOf(IOException.class);

      redis.thaw();

      assertThat(redis.command("PING")).isEqualTo("+PONG");
    }
  }

  private static String pingWithoutAuth(int port) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(2000);
      socket.getOutputStream().write("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
        line.append((char) c);
      }
      return line.toString();
    }
  }
}
