package ai.thehog.client;

import ai.thehog.client.common.ListOptions;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.Meta;
import ai.thehog.client.common.Page;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.core.Resources;
import ai.thehog.model.CreateMonitorRequest;
import ai.thehog.model.Monitor;
import ai.thehog.model.MonitorEvent;
import ai.thehog.model.MonitorEventList;
import ai.thehog.model.MonitorList;
import ai.thehog.model.MonitorRequestedStatus;
import ai.thehog.model.MonitorStatus;
import ai.thehog.model.RunMonitorRequest;
import ai.thehog.model.UpdateMonitorRequest;

/**
 * Monitors ({@code /api/v1/monitors}): a search the API runs on a cadence, recording what it finds
 * as events. Create, list, read, update, pause and resume, run now, read the events, delete.
 */
public final class Monitors {

  private final ClientCore core;

  Monitors(ClientCore core) {
    this.core = core;
  }

  /**
   * Creates a monitor ({@code POST /api/v1/monitors}, 201).
   *
   * @param request name, type, config and the optional settings
   * @return the monitor created
   */
  public HogResponse<Monitor> create(CreateMonitorRequest request) {
    return create(request, RequestOptions.defaults());
  }

  /**
   * As {@link #create(CreateMonitorRequest)} with per-call options (Idempotency-Key).
   *
   * @param request name, type, config and the optional settings
   * @param options Idempotency-Key choice
   * @return the monitor created
   */
  public HogResponse<Monitor> create(CreateMonitorRequest request, RequestOptions options) {
    return core.keyed(request, options, key -> core.monitors.createMonitor(request, key));
  }

  /**
   * The first page of the account's monitors, oldest first.
   *
   * @return the page; {@link Page#autoPagingIterable()} walks all of them
   */
  public Page<Monitor> list() {
    return list(null, ListOptions.defaults());
  }

  /**
   * A page of the account's monitors ({@code GET /api/v1/monitors}), oldest first.
   *
   * @param status only monitors in this status, or null for all
   * @param options page size and starting cursor
   * @return the page; {@link Page#autoPagingIterable()} walks this page and the following ones
   */
  public Page<Monitor> list(MonitorStatus status, ListOptions options) {
    Resources.require(options, "options");
    String wanted = status == null ? null : status.value();
    return core.page(cursor -> core.monitors.listMonitors(wanted, options.limit(), cursor), options.cursor(),
        MonitorList::data, MonitorList::nextCursor);
  }

  /**
   * One monitor ({@code GET /api/v1/monitors/{id}}).
   *
   * @param id the monitor's id
   * @return the monitor
   * @throws HogNotFoundException when there is no such monitor (e.g. deleted)
   */
  public HogResponse<Monitor> get(String id) {
    return core.complete(core.monitors.getMonitor(id(id)));
  }

  /**
   * Changes the fields set in {@code request} ({@code PATCH /api/v1/monitors/{id}}).
   *
   * @param id the monitor's id
   * @param request the fields to change
   * @return the monitor updated
   * @throws HogNotFoundException when there is no such monitor
   */
  public HogResponse<Monitor> update(String id, UpdateMonitorRequest request) {
    return update(id, request, RequestOptions.defaults());
  }

  /**
   * As {@link #update(String, UpdateMonitorRequest)} with per-call options (Idempotency-Key).
   *
   * @param id the monitor's id
   * @param request the fields to change
   * @param options Idempotency-Key choice
   * @return the monitor updated
   * @throws HogNotFoundException when there is no such monitor
   */
  public HogResponse<Monitor> update(String id, UpdateMonitorRequest request, RequestOptions options) {
    String monitor = id(id);
    return core.keyed(request, options, key -> core.monitors.updateMonitor(monitor, request, key));
  }

  /**
   * Pauses the monitor: it stops running until resumed ({@code status: paused}).
   *
   * @param id the monitor's id
   * @return the monitor, paused
   */
  public HogResponse<Monitor> pause(String id) {
    return update(id, UpdateMonitorRequest.builder().status(MonitorRequestedStatus.PAUSED).build());
  }

  /**
   * Resumes a paused monitor ({@code status: active}).
   *
   * @param id the monitor's id
   * @return the monitor, active
   */
  public HogResponse<Monitor> resume(String id) {
    return update(id, UpdateMonitorRequest.builder().status(MonitorRequestedStatus.ACTIVE).build());
  }

  /**
   * Deletes the monitor and its events ({@code DELETE /api/v1/monitors/{id}}, 204); later calls on
   * it throw {@link HogNotFoundException}.
   *
   * @param id the monitor's id
   * @return no value (the API answers 204) and the meta of the answer (request id)
   * @throws HogNotFoundException when there is no such monitor
   */
  public HogResponse<Void> delete(String id) {
    return new HogResponse<>(null, core.noContent(core.monitors.deleteMonitor(id(id))));
  }

  /**
   * Runs the monitor at once ({@code POST /api/v1/monitors/{id}/run-now}). The API answers 202 with
   * the monitor itself, not an operation: the run's findings appear in {@link #events(String)}.
   *
   * @param id the monitor's id
   * @return the monitor, its run started ({@code last_run_at} set)
   * @throws HogNotFoundException when there is no such monitor
   */
  public HogResponse<Monitor> runNow(String id) {
    return runNow(id, RunMonitorRequest.builder().build(), RequestOptions.defaults());
  }

  /**
   * As {@link #runNow(String)} with a body ({@code force_fresh}) and per-call options.
   *
   * @param id the monitor's id
   * @param request the run's settings
   * @param options Idempotency-Key choice
   * @return the monitor, its run started
   * @throws HogNotFoundException when there is no such monitor
   */
  public HogResponse<Monitor> runNow(String id, RunMonitorRequest request, RequestOptions options) {
    String monitor = id(id);
    return core.keyed(request, options, key -> core.monitors.runMonitorNow(monitor, key, request));
  }

  /**
   * The first page of the monitor's events, oldest first.
   *
   * @param id the monitor's id
   * @return the page; {@link Page#autoPagingIterable()} walks all of them
   * @throws HogNotFoundException when there is no such monitor
   */
  public Page<MonitorEvent> events(String id) {
    return events(id, null, ListOptions.defaults());
  }

  /**
   * A page of the monitor's events ({@code GET /api/v1/monitors/{id}/events}), oldest first.
   *
   * @param id the monitor's id
   * @param since only events detected after this ISO-8601 instant, or null for all
   * @param options page size and starting cursor
   * @return the page; {@link Page#autoPagingIterable()} walks this page and the following ones
   * @throws HogNotFoundException when there is no such monitor
   */
  public Page<MonitorEvent> events(String id, String since, ListOptions options) {
    String monitor = id(id);
    Resources.require(options, "options");
    return core.page(cursor -> core.monitors.listMonitorEvents(monitor, since, options.limit(), cursor),
        options.cursor(), MonitorEventList::data, MonitorEventList::nextCursor);
  }

  private static String id(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("monitor id must not be empty");
    }
    return id;
  }
}
