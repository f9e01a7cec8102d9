package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.ListOptions;
import ai.thehog.client.common.Page;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.CreateMonitorRequest;
import ai.thehog.model.Monitor;
import ai.thehog.model.MonitorEvent;
import ai.thehog.model.MonitorStatus;
import ai.thehog.model.RunMonitorRequest;
import ai.thehog.model.UpdateMonitorRequest;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.Monitors} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncMonitors {

  /**
   * {@link ai.thehog.client.Monitors#create(CreateMonitorRequest)} on the client's executor.
   *
   * @param request name, type, config and the optional settings
   * @return a future of the monitor created
   */
  CompletableFuture<HogResponse<Monitor>> create(CreateMonitorRequest request);

  /**
   * {@link ai.thehog.client.Monitors#create(CreateMonitorRequest, RequestOptions)} on the client's executor.
   *
   * @param request name, type, config and the optional settings
   * @param options Idempotency-Key choice
   * @return a future of the monitor created
   */
  CompletableFuture<HogResponse<Monitor>> create(CreateMonitorRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.Monitors#list()} on the client's executor.
   *
   * @return a future of the page; {@code Page.autoPagingIterable()} walks all of them
   */
  CompletableFuture<Page<Monitor>> list();

  /**
   * {@link ai.thehog.client.Monitors#list(MonitorStatus, ListOptions)} on the client's executor.
   *
   * @param status only monitors in this status, or null for all
   * @param options page size and starting cursor
   * @return a future of the page; {@code Page.autoPagingIterable()} walks this page and the following ones
   */
  CompletableFuture<Page<Monitor>> list(MonitorStatus status, ListOptions options);

  /**
   * {@link ai.thehog.client.Monitors#get(String)} on the client's executor.
   *
   * @param id the monitor's id
   * @return a future of the monitor
   */
  CompletableFuture<HogResponse<Monitor>> get(String id);

  /**
   * {@link ai.thehog.client.Monitors#update(String, UpdateMonitorRequest)} on the client's executor.
   *
   * @param id the monitor's id
   * @param request the fields to change
   * @return a future of the monitor updated
   */
  CompletableFuture<HogResponse<Monitor>> update(String id, UpdateMonitorRequest request);

  /**
   * {@link ai.thehog.client.Monitors#update(String, UpdateMonitorRequest, RequestOptions)} on the client's executor.
   *
   * @param id the monitor's id
   * @param request the fields to change
   * @param options Idempotency-Key choice
   * @return a future of the monitor updated
   */
  CompletableFuture<HogResponse<Monitor>> update(String id, UpdateMonitorRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.Monitors#pause(String)} on the client's executor.
   *
   * @param id the monitor's id
   * @return a future of the monitor, paused
   */
  CompletableFuture<HogResponse<Monitor>> pause(String id);

  /**
   * {@link ai.thehog.client.Monitors#resume(String)} on the client's executor.
   *
   * @param id the monitor's id
   * @return a future of the monitor, active
   */
  CompletableFuture<HogResponse<Monitor>> resume(String id);

  /**
   * {@link ai.thehog.client.Monitors#delete(String)} on the client's executor.
   *
   * @param id the monitor's id
   * @return a future of no value (the API answers 204) and the meta of the answer (request id)
   */
  CompletableFuture<HogResponse<Void>> delete(String id);

  /**
   * {@link ai.thehog.client.Monitors#runNow(String)} on the client's executor.
   *
   * @param id the monitor's id
   * @return a future of the monitor, its run started ({@code last_run_at} set)
   */
  CompletableFuture<HogResponse<Monitor>> runNow(String id);

  /**
   * {@link ai.thehog.client.Monitors#runNow(String, RunMonitorRequest, RequestOptions)} on the client's executor.
   *
   * @param id the monitor's id
   * @param request the run's settings
   * @param options Idempotency-Key choice
   * @return a future of the monitor, its run started
   */
  CompletableFuture<HogResponse<Monitor>> runNow(String id, RunMonitorRequest request, RequestOptions options);

  /**
   * {@link ai.thehog.client.Monitors#events(String)} on the client's executor.
   *
   * @param id the monitor's id
   * @return a future of the page; {@code Page.autoPagingIterable()} walks all of them
   */
  CompletableFuture<Page<MonitorEvent>> events(String id);

  /**
   * {@link ai.thehog.client.Monitors#events(String, String, ListOptions)} on the client's executor.
   *
   * @param id the monitor's id
   * @param since only events detected after this ISO-8601 instant, or null for all
   * @param options page size and starting cursor
   * @return a future of the page; {@code Page.autoPagingIterable()} walks this page and the following ones
   */
  CompletableFuture<Page<MonitorEvent>> events(String id, String since, ListOptions options);
}
