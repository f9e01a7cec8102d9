package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.core.Resources;
import ai.thehog.model.PeopleSearchEstimate;
import ai.thehog.model.PeopleSearchRequest;
import ai.thehog.model.Estimate;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PeopleResearchRequest;

/** Pre-flight cost and latency estimates; they consume no credits. */
public final class Estimates {

  private final ClientCore core;

  Estimates(ClientCore core) {
    this.core = core;
  }

  /**
   * Estimates a people enrichment ({@code POST /api/people/enrich/estimate}).
   *
   * @param request the request to estimate
   * @return the estimate and meta
   */
  @SuppressWarnings("deprecation")
  public HogResponse<Estimate> peopleEnrichment(PeopleEnrichRequest request) {
    Resources.require(request, "request");
    return core.envelope(core.estimates.estimatePeopleEnrichment(request, null), answer -> answer.data(), answer -> answer.meta());
  }

  /**
   * Estimates an identity research ({@code POST /api/people/researches/estimate}).
   *
   * @param request the request to estimate
   * @return the estimate and meta
   */
  @SuppressWarnings("deprecation")
  public HogResponse<Estimate> peopleResearch(PeopleResearchRequest request) {
    Resources.require(request, "request");
    return core.envelope(core.estimates.estimatePeopleResearch(request, null), answer -> answer.data(), answer -> answer.meta());
  }

  /**
   * Estimates a content generation ({@code POST /api/generate/estimate}).
   *
   * @param request the request to estimate
   * @return the estimate and meta
   */
  @SuppressWarnings("deprecation")
  public HogResponse<Estimate> generation(GenerateRequest request) {
    Resources.require(request, "request");
    return core.envelope(core.estimates.estimateGeneration(request, null), answer -> answer.data(), answer -> answer.meta());
  }

  /**
   * Estimates a v1 people search ({@code POST /api/v1/people/search/estimate}); free. A server
   * without this endpoint answers 404 ({@link HogNotFoundException}).
   *
   * @param request the search to estimate
   * @return the estimated credits and whether the plan allows the search
   */
  public HogResponse<PeopleSearchEstimate> peopleSearch(PeopleSearchRequest request) {
    Resources.require(request, "request");
    // The API answers this estimate flat, with no data envelope and no meta: the request id is the header's.
    return core.envelope(core.estimates.estimatePeopleSearch(request), answer -> answer, answer -> null);
  }
}
