package ai.thehog.client.internal.core;

import ai.thehog.client.common.Meta;
import ai.thehog.client.common.PollingPolicy;
import ai.thehog.client.internal.HogClock;
import ai.thehog.client.internal.http.ApiCalls;
import ai.thehog.client.internal.http.SearchJobPollingApi;
import ai.thehog.client.operation.AcceptedAnswer;
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
      PARTS.appendParameterTypes(String.class, Meta.class, AcceptedAnswer.class, boolean.class));
  private static final MethodHandle NEW_FINISHED_SEARCH_JOB = Access.find(SearchJobOperation.class, null,
      PARTS.appendParameterTypes(SearchJob.class, Meta.class));

  private SearchJobs() {
  }

  /** A new search job handle. */
  public static SearchJobOperation create(ClientCore core, String id, Meta meta, boolean justAccepted) {
    return create(core, id, meta, null, justAccepted);
  }

  /** A new search job handle of a job just accepted with {@code accepted}. */
  public static SearchJobOperation create(ClientCore core, String id, Meta meta, AcceptedAnswer accepted,
      boolean justAccepted) {
    return (SearchJobOperation) Access.invoke(NEW_SEARCH_JOB, core.clock, core.pollingPolicy, core.calls,
        core.searchJobs, core.executor, id, meta, accepted, justAccepted);
  }

  /** A handle of a search job that the server answered finished (a synchronous search). */
  public static SearchJobOperation finished(ClientCore core, SearchJob job, Meta meta) {
    return (SearchJobOperation) Access.invoke(NEW_FINISHED_SEARCH_JOB, core.clock, core.pollingPolicy, core.calls,
        core.searchJobs, core.executor, job, meta);
  }

  /**
   * The handle of a search job accepted with {@code accepted} (202 of {@code call}): its id, or a typed
   * error naming the shape when it has none; the typed answer as the spec's record of the 202.
   */
  public static SearchJobOperation accepted(ClientCore core, retrofit2.Call<?> call, ai.thehog.model.OperationAccepted
      accepted, String requestId, String what) {
    String id = ClientCore.acceptedId(accepted, requestId, what);
    Meta meta = ai.thehog.client.internal.json.Metas.of(accepted.meta(), requestId);
    String pollUrl = accepted.pollUrl() != null ? accepted.pollUrl()
        : core.baseUrl.resolve("api/v1/search/" + id).toString();
    return create(core, id, meta, AcceptedAnswers.of(accepted, AcceptedAnswers.schemaOf(call), meta.requestId(),
        pollUrl), true);
  }
}
