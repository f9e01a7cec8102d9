package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Concurrent retries with one Idempotency-Key create one operation and charge once. */
class ConcurrencyTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().build();

  @Test
  void simultaneousRetriesWithOneKeyDoTheWorkOnce(HogSandbox sandbox) throws Exception {
    SandboxHttp http = new SandboxHttp(sandbox);
    String body = "{\"identifiers\":[{\"email\":\"a@acme.example\"},{\"email\":\"b@acme.example\"}],"
        + "\"fields\":[\"contact.email\"]}";
    int threads = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<SandboxHttp.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        replies.add(pool.submit(() -> {
          go.await();
          return http.post("/api/enrichments", body, "Idempotency-Key", "same-key");
        }));
      }
      go.countDown();
      Set<Object> ids = new HashSet<>();
      for (Future<SandboxHttp.Reply> f : replies) {
        SandboxHttp.Reply r = f.get(30, TimeUnit.SECONDS);
        assertThat(r.status()).isEqualTo(202);
        ids.add(r.at("id"));
      }
      assertThat(ids).hasSize(1);
      assertThat(sandbox.ledger().chargesPerIdentifier().values()).containsOnly(1L);
      assertThat(sandbox.ledger().idempotentReplays()).isEqualTo(threads - 1);
    } finally {
      pool.shutdownNow();
    }
  }
}
