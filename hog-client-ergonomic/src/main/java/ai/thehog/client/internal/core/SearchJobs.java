package ai.thehog.client.internal.core;

import ai.thehog.client.common.Meta;
import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.http.ApiCalls;
import ai.thehog.client.internal.http.SearchJobPollingApi;
import ai.thehog.client.operation.SearchJobOperation;
import ai.thehog.model.SearchJob;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;

/** Creates search job handles, whose constructor is not public (see {@link Access}). */
public final class SearchJobs {

  private static final MethodType PARTS = MethodType.methodType(void.class, HogClock.class, PollingPolicy.class,
      ApiCalls.class, SearchJobPollingApi.class, ExecutorService.class);
  private static final MethodHandle NEW_SEARCH_JOB = Access.find(SearchJobOperation.class, null,
      PARTS.appendParameterTypes(String.class, Meta.class, boolean.class));
  private static final MethodHandle NEW_FINISHED_SEARCH_JOB = Access.find(SearchJobOperation.class, null,
      PARTS.appendParameterTypes(SearchJob.class, Meta.class));

  private SearchJobs() {
  }

  /** A new search job handle. */
  public static SearchJobOperation create(ClientCore core, String id, Meta meta, boolean justAccepted) {
    return (SearchJobOperation) Access.invoke(NEW_SEARCH_JOB, core.clock, core.pollingPolicy, core.calls,
        core.searchJobs, core.executor, id, meta, justAccepted);
  }

  /** A handle of a search job that the server answered finished (a synchronous search). */
  public static SearchJobOperation finished(ClientCore core, SearchJob job, Meta meta) {
    return (SearchJobOperation) Access.invoke(NEW_FINISHED_SEARCH_JOB, core.clock, core.pollingPolicy, core.calls,
        core.searchJobs, core.executor, job, meta);
  }
}
