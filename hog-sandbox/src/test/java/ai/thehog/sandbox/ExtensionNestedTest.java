package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** @Nested classes share the outer class's sandbox, on the same port, until the outer class ends. */
@TestClassOrder(org.junit.jupiter.api.ClassOrderer.OrderAnnotation.class)
class ExtensionNestedTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().build();

  static int port;

  @Nested
  @Order(1)
  class First {
    @Test
    void remembersThePort(HogSandbox sandbox) {
      port = sandbox.port();
      assertThat(sandbox.isRunning()).isTrue();
    }
  }

  @Nested
  @Order(2)
  class Second {
    @Test
    void seesTheSameRunningSandbox(HogSandbox sandbox) {
      assertThat(sandbox.isRunning()).isTrue();
      assertThat(sandbox.port()).isEqualTo(port);
      assertThat(new SandboxHttp(sandbox).post("/api/signals", "{}").status()).isEqualTo(200);
    }
  }
}
