package ai.thehog.client;

import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PeopleResearchRequest;
import ai.thehog.model.PeopleSearchRequest;
import ai.thehog.model.SearchResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** People discovery and research, and the older people enrichment endpoint. */
public final class People {

  private static final String SEARCH = "/api/v1/people/search";
  private static final String ENRICH = "/api/people/enrich";
  private static final String RESEARCH = "/api/people/researches";
  private final ClientCore core;

  People(ClientCore core) {
    this.core = core;
  }

  /** Starts a people search ({@code POST /api/v1/people/search}, always async). */
  public HogOperation<SearchResult> search(PeopleSearchRequest request) {
    return search(request, RequestOptions.defaults());
  }

  /** As {@link #search(PeopleSearchRequest)} with per-call options. */
  public HogOperation<SearchResult> search(PeopleSearchRequest request, RequestOptions options) {
    Resources.require(request, "request");
    Resources.unguarded(options, "POST " + SEARCH);
    String key = IdempotencyKeys.choose(options, SEARCH, request, null);
    return core.start(core.people.searchPeople(request, key, null), "POST " + SEARCH, ResultType.of(SearchResult.class));
  }

  /** Starts a people search and waits at most {@code timeout} in total. */
  public OperationOutcome<SearchResult> searchAndWait(PeopleSearchRequest request, Duration timeout) {
    return search(request).await(timeout);
  }

  /** {@link #searchAndWait} on the client's executor. */
  public CompletableFuture<OperationOutcome<SearchResult>> searchAsync(PeopleSearchRequest request, Duration timeout) {
    return core.async(() -> searchAndWait(request, timeout));
  }

  /** People search with ICP ranking, older generation ({@code POST /api/people/search}, sync). */
  @SuppressWarnings("deprecation")
  public HogResponse<Object> searchLegacy(PeopleSearchRequest request) {
    Resources.require(request, "request");
    return core.envelope(core.people.searchPeopleLegacy(request, null), "POST /api/people/search",
        answer -> answer.data(), answer -> answer.meta());
  }

  /** Identity research dossier ({@code POST /api/people/researches}, sync). */
  public HogResponse<Object> research(PeopleResearchRequest request) {
    return research(request, RequestOptions.defaults());
  }

  /** As {@link #research(PeopleResearchRequest)}; a guard asks the estimate endpoint first. */
  @SuppressWarnings("deprecation")
  public HogResponse<Object> research(PeopleResearchRequest request, RequestOptions options) {
    Resources.require(request, "request");
    Resources.require(options, "options");
    core.guard(options, "POST " + RESEARCH, () -> new Estimates(core).peopleResearch(request));
    String key = IdempotencyKeys.choose(options, RESEARCH, request, null);
    return core.envelope(core.people.researchPerson(request, key, null), "POST " + RESEARCH,
        answer -> answer.data(), answer -> answer.meta());
  }

  /** Older people enrichment ({@code POST /api/people/enrich}): 200, or 202 when {@code asyncPreferred}. */
  public Submission<Object, Map<String, Object>> enrich(PeopleEnrichRequest request) {
    return enrich(request, RequestOptions.defaults());
  }

  /** As {@link #enrich(PeopleEnrichRequest)}; a guard asks the estimate endpoint first. */
  @SuppressWarnings("deprecation")
  public Submission<Object, Map<String, Object>> enrich(PeopleEnrichRequest request, RequestOptions options) {
    Resources.require(request, "request");
    Resources.require(options, "options");
    core.guard(options, "POST " + ENRICH, () -> new Estimates(core).peopleEnrichment(request));
    String key = IdempotencyKeys.choose(options, ENRICH, request, null);
    return core.submit(core.people.enrichPeople(request, key, null), "POST " + ENRICH,
        answer -> answer.data(), answer -> Meta.of(answer.meta(), null), ResultType.MAP,
        (outcome, operation) -> outcome.result());
  }

  /** Enriches and returns the data either way, waiting at most {@code timeout} for an operation. */
  public Object enrichAndWait(PeopleEnrichRequest request, Duration timeout) {
    return enrich(request).waitForResult(timeout);
  }
}
