package ai.thehog.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** Everything a running sandbox remembers. All mutable parts are guarded by {@code this}. */
final class SandboxState {

  final SandboxConfig config;
  final ScaledTime time;
  final CreditLedger ledger = new CreditLedger();
  final IdempotencyStore idempotency = new IdempotencyStore();
  final RateLimiter rateLimiter;
  final Map<String, SandboxOperation> operations = new LinkedHashMap<>();
  final SandboxFaults faults = new SandboxFaults();
  final Map<String, SandboxMonitor> monitors = new LinkedHashMap<>();
  final Map<String, SandboxSearchJob> searchJobs = new LinkedHashMap<>();

  SandboxState(SandboxConfig config) {
    this.config = config;
    this.time = new ScaledTime(config.clock(), config.timeScale());
    this.rateLimiter = new RateLimiter(time, config.requestsPerMinute(), config.pollsPerMinute());
  }

  long operationMillis() {
    return config.operationDuration().toMillis();
  }

  synchronized void reset() {
    ledger.clear();
    idempotency.clear();
    rateLimiter.clear();
    operations.clear();
    faults.clear();
    monitors.clear();
    searchJobs.clear();
  }
}
