package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mutable ledger behind {@link SandboxLedger} snapshots. Guarded by the sandbox's lock. */
final class CreditLedger {

  private final List<SandboxLedger.Charge> charges = new ArrayList<>();
  private final Map<String, Long> creditsPerKey = new LinkedHashMap<>();
  private final Map<String, Long> requestsPerRoute = new LinkedHashMap<>();
  private long tooManyRequestsSent;
  private long idempotentReplays;

  void charge(SandboxLedger.Charge charge) {
    charges.add(charge);
    creditsPerKey.merge(charge.accessKey(), charge.credits(), Long::sum);
  }

  long creditsCharged(String accessKey) {
    return creditsPerKey.getOrDefault(accessKey, 0L);
  }

  void countRequest(String route) {
    requestsPerRoute.merge(route, 1L, Long::sum);
  }

  void countTooManyRequests() {
    tooManyRequestsSent++;
  }

  void countIdempotentReplay() {
    idempotentReplays++;
  }

  SandboxLedger snapshot() {
    return new SandboxLedger(charges, requestsPerRoute, tooManyRequestsSent, idempotentReplays);
  }

  void clear() {
    charges.clear();
    creditsPerKey.clear();
    requestsPerRoute.clear();
    tooManyRequestsSent = 0;
    idempotentReplays = 0;
  }
}
