package ai.thehog.client;

import ai.thehog.model.json.FreeForm;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.json.Metas;
import ai.thehog.client.error.HogCostGuardException;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.core.Resources;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.operation.HogOperation;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.client.operation.Submission;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PeopleResearchRequest;
import ai.thehog.model.PeopleSearchRequest;
import ai.thehog.model.PeopleSearchResult;
import java.time.Duration;
import java.util.Map;

/** People discovery and research, and the older people enrichment endpoint. */
public final class People {

  private final ClientCore core;
  private final Estimates estimates;

  People(ClientCore core, Estimates estimates) {
    this.core = core;
    this.estimates = estimates;
  }

  /**
   * Starts a people search ({@code POST /api/v1/people/search}, always async). Its result holds at
   * most {@code limit} people (1 to 100, 25 when not given), best first, typed as
   * {@link ai.thehog.model.PersonSearchHit}, with the target-account outcome in {@code meta}. The API
   * has no paging and no total for this search: to get more, raise {@code limit} or run further
   * searches with narrower {@code filters} (e.g. one per location or company) and merge them by
   * {@code linkedinUrl}.
   *
   * @param request the search
   * @return the operation
   */
  public HogOperation<PeopleSearchResult> startSearch(PeopleSearchRequest request) {
    return startSearch(request, RequestOptions.defaults());
  }

  /**
   * As {@link #startSearch(PeopleSearchRequest)} with per-call options.
   *
   * @param request the search
   * @param options Idempotency-Key choice
   * @return the operation
   */
  public HogOperation<PeopleSearchResult> startSearch(PeopleSearchRequest request, RequestOptions options) {
    return core.start(request, options, ResultType.of(PeopleSearchResult.class),
        key -> core.people.searchPeople(request, key, null));
  }

  /**
   * Starts a people search and waits at most {@code timeout} in total.
   *
   * @param request the search
   * @param timeout the total time to wait
   * @return the outcome
   */
  public OperationOutcome<PeopleSearchResult> searchAndAwait(PeopleSearchRequest request, Duration timeout) {
    return startSearch(request).await(timeout);
  }

  /**
   * People search with ICP ranking, older generation ({@code POST /api/people/search}, sync).
   *
   * @param request the search
   * @return the envelope's data
   */
  @SuppressWarnings("deprecation")
  public HogResponse<FreeForm> searchLegacy(PeopleSearchRequest request) {
    Resources.require(request, "request");
    return core.envelope(core.people.searchPeopleLegacy(request, null), answer -> new FreeForm(answer.data()),
        answer -> answer.meta());
  }

  /**
   * Identity research dossier ({@code POST /api/people/researches}, sync).
   *
   * @param request the research
   * @return the envelope's data
   */
  public HogResponse<FreeForm> research(PeopleResearchRequest request) {
    return research(request, RequestOptions.defaults());
  }

  /**
   * As {@link #research(PeopleResearchRequest)}; a guard asks the estimate endpoint first.
   *
   * @param request the research
   * @param options Idempotency-Key choice and cost guard
   * @return the envelope's data
   * @throws HogCostGuardException when the estimate fails the guard; nothing was sent
   */
  @SuppressWarnings("deprecation")
  public HogResponse<FreeForm> research(PeopleResearchRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.people.researchPerson(request, key, null),
        () -> estimates.peopleResearch(request), answer -> new FreeForm(answer.data()), answer -> answer.meta());
  }

  /**
   * Older people enrichment ({@code POST /api/people/enrich}): 200, or 202 when {@code asyncPreferred}.
   *
   * @param request the enrichment
   * @return the answer, completed or accepted
   */
  public Submission<FreeForm, Map<String, Object>> submitEnrichment(PeopleEnrichRequest request) {
    return submitEnrichment(request, RequestOptions.defaults());
  }

  /**
   * As {@link #submitEnrichment(PeopleEnrichRequest)}; a guard asks the estimate endpoint first.
   *
   * @param request the enrichment
   * @param options Idempotency-Key choice and cost guard
   * @return the answer, completed or accepted
   * @throws HogCostGuardException when the estimate fails the guard; nothing was sent
   */
  @SuppressWarnings("deprecation")
  public Submission<FreeForm, Map<String, Object>> submitEnrichment(PeopleEnrichRequest request,
      RequestOptions options) {
    return core.submit(core.prepare(request, options, null, key -> core.people.enrichPeople(request, key, null),
            () -> estimates.peopleEnrichment(request)),
        answer -> new FreeForm(answer.data()), answer -> Metas.of(answer.meta(), null), ResultType.MAP,
        (outcome, operation) -> new FreeForm(outcome.result()));
  }

  /**
   * Enriches and returns the data either way, waiting at most {@code timeout} for an operation.
   *
   * @param request the enrichment
   * @param timeout the total time to wait
   * @return the data (the 200's, or the operation's result) and the meta of the submitting request
   */
  public HogResponse<FreeForm> enrichAndAwait(PeopleEnrichRequest request, Duration timeout) {
    Submission<FreeForm, Map<String, Object>> submission = submitEnrichment(request);
    return new HogResponse<>(submission.await(timeout), submission.meta());
  }
}
