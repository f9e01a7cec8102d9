package ai.thehog.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The seven monitor operations, stateful: created (201), listed with cursors, read, updated (paused or
 * resumed), run now (202 with the monitor; each run adds events), deleted (later reads answer 404).
 */
final class MonitorHandlers {

  /** Events one run adds when the monitor sets no {@code max_results}. */
  static final int EVENTS_PER_RUN = 3;

  private MonitorHandlers() {
  }

  static ApiResponse create(Call call) {
    Map<String, Object> body = call.bodyMap();
    String id = "mon_" + Call.newOperationId().substring(3);
    SandboxMonitor monitor = new SandboxMonitor(id, call.accessKey, (String) body.get("type"),
        (String) body.get("name"), EnrichmentHandler.cast((Map<?, ?>) body.get("config")), call.now);
    apply(monitor, body, call.now);
    call.state.monitors.put(id, monitor);
    return ApiResponse.json(201, monitor.view());
  }

  static ApiResponse list(Call call) {
    String status = call.query.get("status");
    List<SandboxMonitor> mine = new ArrayList<>();
    for (SandboxMonitor m : call.state.monitors.values()) {
      if (m.accessKey.equals(call.accessKey) && (status == null || status.equals(m.status))) {
        mine.add(m);
      }
    }
    return Pages.page(call, mine, m -> m.id, SandboxMonitor::view);
  }

  static ApiResponse get(Call call) {
    SandboxMonitor monitor = find(call);
    return monitor == null ? call.notFound("monitor") : ApiResponse.json(200, monitor.view());
  }

  static ApiResponse update(Call call) {
    SandboxMonitor monitor = find(call);
    if (monitor == null) {
      return call.notFound("monitor");
    }
    Map<String, Object> body = call.bodyMap();
    if (body.get("name") instanceof String name) {
      monitor.name = name;
    }
    if (body.get("config") instanceof Map<?, ?> config) {
      monitor.config = EnrichmentHandler.cast(config);
    }
    if (body.get("status") instanceof String status) {
      monitor.status = status;
    }
    apply(monitor, body, call.now);
    monitor.nextRunAt = monitor.status.equals("active")
        ? (monitor.lastRunAt == null ? call.now : monitor.lastRunAt).plus(Duration.ofMinutes(monitor.cadenceMinutes))
        : null;
    monitor.updatedAt = call.now;
    return ApiResponse.json(200, monitor.view());
  }

  static ApiResponse delete(Call call) {
    SandboxMonitor monitor = find(call);
    if (monitor == null) {
      return call.notFound("monitor");
    }
    call.state.monitors.remove(monitor.id);
    return new ApiResponse(204, "", Map.of());
  }

  /** Runs at once: new events (deterministic for the monitor and run number), last and next run times. */
  static ApiResponse runNow(Call call) {
    SandboxMonitor monitor = find(call);
    if (monitor == null) {
      return call.notFound("monitor");
    }
    long cost = call.endpoint.fixedCost();
    if (!call.canAfford(cost)) {
      return call.paymentRequired(cost);
    }
    call.charge(null, monitor.id, cost);
    monitor.runs++;
    int n = (int) Math.min(EVENTS_PER_RUN, monitor.maxResults == null ? EVENTS_PER_RUN : monitor.maxResults);
    for (int i = 0; i < n; i++) {
      monitor.events.add(event(monitor, monitor.runs, i, call.now));
    }
    monitor.lastRunAt = call.now;
    monitor.nextRunAt = monitor.status.equals("active")
        ? call.now.plus(Duration.ofMinutes(monitor.cadenceMinutes)) : null;
    monitor.updatedAt = call.now;
    return ApiResponse.json(202, monitor.view());
  }

  static ApiResponse events(Call call) {
    SandboxMonitor monitor = find(call);
    if (monitor == null) {
      return call.notFound("monitor");
    }
    Instant since = null;
    String sinceText = call.query.get("since");
    if (sinceText != null && !sinceText.isBlank()) {
      try {
        since = Instant.parse(sinceText);
      } catch (DateTimeParseException e) {
        return call.badRequest(List.of(new ApiErrors.FieldError("since",
            "since must be an ISO-8601 instant such as 2026-05-21T09:08:10Z, was '" + sinceText + "'.",
            Map.of("isIso8601", "since must be an ISO-8601 instant"))));
      }
    }
    List<Map<String, Object>> selected = new ArrayList<>();
    for (Map<String, Object> event : monitor.events) {
      if (since == null || Instant.parse((String) event.get("detected_at")).isAfter(since)) {
        selected.add(event);
      }
    }
    return Pages.page(call, selected, e -> (String) e.get("id"), e -> e);
  }

  private static SandboxMonitor find(Call call) {
    SandboxMonitor monitor = call.state.monitors.get(call.pathId());
    return monitor == null || !monitor.accessKey.equals(call.accessKey) ? null : monitor;
  }

  private static void apply(SandboxMonitor monitor, Map<String, Object> body, Instant now) {
    if (body.get("cadence_minutes") instanceof Number cadence) {
      monitor.cadenceMinutes = cadence.longValue();
      if (monitor.lastRunAt == null && monitor.status.equals("active")) {
        monitor.nextRunAt = now.plus(Duration.ofMinutes(monitor.cadenceMinutes));
      }
    }
    if (body.get("max_results") instanceof Number max) {
      monitor.maxResults = max.longValue();
    }
    for (String option : List.of("force_fresh", "cache_ttl_days", "post_url")) {
      if (body.containsKey(option)) {
        monitor.options.put(option, body.get(option));
      }
    }
  }

  private static Map<String, Object> event(SandboxMonitor monitor, long run, int index, Instant now) {
    String seed = monitor.id + "#" + run + "#" + index;
    SplittableRandom r = SyntheticData.random("event:" + Json.write(monitor.config) + seed);
    String subject = monitor.config.values().stream().filter(v -> v instanceof String).map(String::valueOf)
        .findFirst().orElse(monitor.name);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("title", "New " + monitor.type.replace('_', ' ') + " result about " + subject);
    json.put("url", "https://example.com/" + monitor.type + "/" + Long.toHexString(r.nextLong() & 0xffffffffL));
    json.put("score", (long) (50 + r.nextInt(50)));
    json.put("run", run);
    return Json.obj("id", "evt_" + monitor.id.substring(4) + "_" + run + "_" + index,
        "monitor_id", monitor.id,
        "dedup_key", monitor.type + ":" + json.get("url"),
        "event_type", "new_result",
        "event_json", json,
        "canonical_person_id", monitor.type.endsWith("_profile") ? "person_" + Long.toHexString(r.nextLong() & 0xffffffL) : null,
        "canonical_company_id", monitor.type.endsWith("_company") ? "comp_" + Long.toHexString(r.nextLong() & 0xffffffL) : null,
        "detected_at", now.toString());
  }
}
