package ai.thehog.client.operation;

import ai.thehog.client.error.HogCostGuardException;
import ai.thehog.model.PersonIdentifier;
import java.util.List;

/**
 * A batch enrichment with a {@code maxCredits} budget stopped before a batch that could take it
 * past the budget. What was paid for is kept: its records went to the listener and are in
 * {@link #result()}; {@link #notEnriched()} are the identifiers not sent, to run again later.
 */
public class HogBudgetReachedException extends HogCostGuardException {

  private static final long serialVersionUID = 1L;

  /** Credits spent by the batches that ran. */
  private final long spentCredits;
  /** The budget, in credits. */
  private final long maxCredits;
  private final transient BatchEnrichmentResult result;
  private final transient List<PersonIdentifier> notEnriched;

  /**
   * Creates the exception (the client throws it; create one yourself to test your handling).
   *
   * @param message the message (it must not contain a secret)
   * @param spentCredits the credits spent so far
   * @param maxCredits the budget
   * @param result what was enriched before the budget was reached
   * @param notEnriched the identifiers not enriched
   */
  public HogBudgetReachedException(String message, long spentCredits, long maxCredits, BatchEnrichmentResult result,
      List<PersonIdentifier> notEnriched) {
    super(message, null, null);
    this.spentCredits = spentCredits;
    this.maxCredits = maxCredits;
    this.result = result;
    this.notEnriched = List.copyOf(notEnriched);
  }

  /**
   * Credits spent by the batches that ran: each batch's actual cost, else its estimated cost,
   * else the most it could cost.
   *
   * @return the credits spent
   */
  public long spentCredits() {
    return spentCredits;
  }

  /**
   * The budget that was kept.
   *
   * @return the budget, in credits
   */
  public long maxCredits() {
    return maxCredits;
  }

  /**
   * The batches that ran: their records (with {@code enrichAll}), operation ids and costs.
   *
   * @return the result of the batches that ran
   */
  public BatchEnrichmentResult result() {
    return result;
  }

  /**
   * The identifiers that were not sent, in input order.
   *
   * @return the identifiers not enriched
   */
  public List<PersonIdentifier> notEnriched() {
    return notEnriched;
  }
}
