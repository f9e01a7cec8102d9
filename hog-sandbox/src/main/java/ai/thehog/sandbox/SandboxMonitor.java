package ai.thehog.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A monitor and the events its runs detected. Guarded by the sandbox's lock. */
final class SandboxMonitor {

  final String id;
  final String accessKey;
  final String type;
  final Instant createdAt;
  String name;
  String status = "active";
  Map<String, Object> config;
  long cadenceMinutes = 60;
  Long maxResults;
  Instant lastRunAt;
  Instant nextRunAt;
  Instant updatedAt;
  long runs;
  final Map<String, Object> options = new LinkedHashMap<>();
  final List<Map<String, Object>> events = new ArrayList<>();

  SandboxMonitor(String id, String accessKey, String type, String name, Map<String, Object> config, Instant now) {
    this.id = id;
    this.accessKey = accessKey;
    this.type = type;
    this.name = name;
    this.config = config;
    this.createdAt = now;
    this.updatedAt = now;
    this.nextRunAt = now.plus(Duration.ofMinutes(cadenceMinutes));
  }

  /** The MonitorResponseDto: every field present, nulls included. */
  Map<String, Object> view() {
    return Json.obj("id", id, "name", name, "type", type, "status", status, "config", config,
        "cadence_minutes", cadenceMinutes,
        "last_run_at", lastRunAt == null ? null : lastRunAt.toString(),
        "next_run_at", nextRunAt == null ? null : nextRunAt.toString(),
        "consecutive_failures", 0L,
        "created_at", createdAt.toString(), "updated_at", updatedAt.toString());
  }
}
