package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.model.Estimate;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.PeopleResearchRequest;
import ai.thehog.model.PeopleSearchEstimate;
import ai.thehog.model.PeopleSearchRequest;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.Estimates} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncEstimates {

  /**
   * {@link ai.thehog.client.Estimates#peopleEnrichment(PeopleEnrichRequest)} on the client's executor.
   *
   * @param request the request to estimate
   * @return a future of the estimate and meta
   */
  CompletableFuture<HogResponse<Estimate>> peopleEnrichment(PeopleEnrichRequest request);

  /**
   * {@link ai.thehog.client.Estimates#peopleResearch(PeopleResearchRequest)} on the client's executor.
   *
   * @param request the request to estimate
   * @return a future of the estimate and meta
   */
  CompletableFuture<HogResponse<Estimate>> peopleResearch(PeopleResearchRequest request);

  /**
   * {@link ai.thehog.client.Estimates#generation(GenerateRequest)} on the client's executor.
   *
   * @param request the request to estimate
   * @return a future of the estimate and meta
   */
  CompletableFuture<HogResponse<Estimate>> generation(GenerateRequest request);

  /**
   * {@link ai.thehog.client.Estimates#peopleSearch(PeopleSearchRequest)} on the client's executor.
   *
   * @param request the search to estimate
   * @return a future of the estimated credits and whether the plan allows the search
   */
  CompletableFuture<HogResponse<PeopleSearchEstimate>> peopleSearch(PeopleSearchRequest request);
}
