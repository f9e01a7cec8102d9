package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registered on an instance field, the extension gives each test a fresh sandbox and stops it after. */
class ExtensionPerTestTest {

  static final List<HogSandbox> SEEN = new ArrayList<>();

  @RegisterExtension
  final HogSandboxExtension sandbox = HogSandboxExtension.builder().build();

  @Test
  void first(HogSandbox running) {
    SEEN.add(running);
    assertThat(running.isRunning()).isTrue();
    assertThat(new SandboxHttp(running).post("/api/signals", "{}").status()).isEqualTo(200);
  }

  @Test
  void second(HogSandbox running) {
    SEEN.add(running);
    assertThat(running.isRunning()).isTrue();
    assertThat(running.ledger().charges()).isEmpty();
  }

  @AfterAll
  static void everySandboxWasStopped() {
    assertThat(SEEN).hasSize(2).allSatisfy(s -> assertThat(s.isRunning()).isFalse());
  }
}
