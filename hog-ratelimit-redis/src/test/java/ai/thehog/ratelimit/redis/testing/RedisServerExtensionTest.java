package ai.thehog.ratelimit.redis.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** What {@link RequiresRedisServer} gives: one server per class, and a test's own where asked, stopped after it. */
@RequiresRedisServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisServerExtensionTest {

  private static RedisServer firstShared;
  private static int ownPort;
  private final RedisServer shared;

  RedisServerExtensionTest(RedisServer shared) {
    this.shared = shared;
  }

  @Test
  @Order(1)
  void theConstructorAndTheTestGetTheClassesServer(RedisServer parameter) throws Exception {
    assertThat(parameter).isSameAs(shared);
    assertThat(shared.command("SET", "k", "v")).isEqualTo("+OK");
    firstShared = shared;
  }

  @Test
  @Order(2)
  void theNextTestOfTheClassGetsTheSameRunningServer() throws Exception {
    assertThat(shared).isSameAs(firstShared);
    assertThat(shared.command("EXISTS", "k")).as("the key the first test set").isEqualTo(":1");
  }

  @Test
  @Order(3)
  void anOwnServerIsAnotherOneWithItsPassword(@OwnRedisServer(password = "pw") RedisServer own) throws Exception {
    assertThat(own).isNotSameAs(shared);
    assertThat(own.port()).isNotEqualTo(shared.port());
    assertThat(own.uri()).contains("pw");
    ownPort = own.port();
  }

  @Test
  @Order(4)
  void anOwnServerStopsWhenItsTestEnds() throws Exception {
    assertThat(ownPort).isPositive();
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), ownPort).close())
        .isInstanceOf(ConnectException.class);
    assertThat(shared.command("PING")).isEqualTo("+PONG");
  }
}
