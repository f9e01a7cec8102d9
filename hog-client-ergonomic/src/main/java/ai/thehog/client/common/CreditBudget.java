package ai.thehog.client.common;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A {@code maxCredits} budget kept batch by batch, for work whose cost is only known as it goes
 * (a server without estimates, or estimates that may be low). Before a batch is sent, the most it
 * can cost (its identifiers times fields, at the highest price per identifier and field known) is
 * reserved, and the batch is not sent when that could take the spend past the budget; when its
 * answer comes, the reservation is replaced by what the API said it cost. Prices come from the
 * caller, from an estimate, and from every cost the API reported for an earlier batch, whichever is
 * highest; until one is known nothing can be reserved. Thread-safe.
 *
 * <pre>{@code
 * CreditBudget budget = CreditBudget.of(500);
 * budget.learnPrice(1, 1);                       // 1 credit per identifier and field, if known
 * Optional<CreditBudget.Reservation> slot = budget.tryReserve(100L * fields.size());
 * if (slot.isEmpty()) { ... stop: this batch could pass the budget ... }
 * ... send the batch, wait for it ...
 * slot.get().settle(meta.estimatedCost(), meta.actualCost());
 * }</pre>
 *
 * <p>{@link ai.thehog.client.Enrichments#enrichAll} keeps one for {@link RequestOptions.Builder#maxCredits(long)}; a
 * caller that sends batches itself (such as an engine that records each batch before sending it)
 * keeps its own.
 */
public final class CreditBudget {

  private final long maxCredits;
  /** Highest known price, as credits over units (identifier-fields); units 0 while none is known. */
  private long priceCredits;
  private long priceUnits;
  private long spent;
  private long reserved;

  private CreditBudget(long maxCredits) {
    this.maxCredits = maxCredits;
  }

  /**
   * A budget of {@code maxCredits} with nothing spent and no price known.
   *
   * @param maxCredits the most the work may cost
   * @return a new budget
   * @throws IllegalArgumentException when {@code maxCredits} is negative
   */
  public static CreditBudget of(long maxCredits) {
    if (maxCredits < 0) {
      throw new IllegalArgumentException("maxCredits must not be negative, was " + maxCredits);
    }
    return new CreditBudget(maxCredits);
  }

  /**
   * The budget.
   *
   * @return the most the work may cost
   */
  public long maxCredits() {
    return maxCredits;
  }

  /**
   * Whether a price is known, so that {@link #tryReserve(long)} can reserve.
   *
   * @return false until a price was given or learned
   */
  public synchronized boolean priceKnown() {
    return priceUnits > 0;
  }

  /**
   * Credits counted as spent: what was {@link #spend(long) spent before}, and for each settled
   * batch its actual cost, else its estimate, else the most it could cost.
   *
   * @return the credits spent
   */
  public synchronized long spentCredits() {
    return spent;
  }

  /**
   * What is left for new batches: the budget less what is spent and what batches still running
   * may cost at most.
   *
   * @return the credits left, never negative
   */
  public synchronized long remainingCredits() {
    return Math.max(0, maxCredits - spent - reserved);
  }

  /**
   * Takes a price: {@code credits} for {@code identifierFields} identifier-fields (identifiers
   * times fields), kept when it is higher than the price known so far. A given price per
   * identifier and field {@code p} is {@code learnPrice(p, 1)}; an estimate of a whole run is
   * {@code learnPrice(estimated, identifiers * fields)}.
   *
   * @param credits what that many identifier-fields cost or are estimated to cost
   * @param identifierFields identifiers times fields; a non-positive count teaches nothing
   */
  public synchronized void learnPrice(long credits, long identifierFields) {
    if (identifierFields <= 0 || credits < 0) {
      return;
    }
    // credits/identifierFields > priceCredits/priceUnits, compared exactly.
    if (priceUnits == 0 || BigInteger.valueOf(credits).multiply(BigInteger.valueOf(priceUnits))
        .compareTo(BigInteger.valueOf(priceCredits).multiply(BigInteger.valueOf(identifierFields))) > 0) {
      priceCredits = credits;
      priceUnits = identifierFields;
    }
  }

  /**
   * The most {@code identifierFields} identifier-fields can cost at the highest known price, rounded up.
   *
   * @param identifierFields identifiers times fields
   * @return the most they can cost
   * @throws IllegalStateException when no price is known yet
   */
  public synchronized long maxCost(long identifierFields) {
    if (priceUnits == 0) {
      throw new IllegalStateException("no price is known yet: give one with learnPrice");
    }
    BigInteger[] qr = BigInteger.valueOf(priceCredits).multiply(BigInteger.valueOf(Math.max(0, identifierFields)))
        .divideAndRemainder(BigInteger.valueOf(priceUnits));
    BigInteger up = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    return up.bitLength() < 63 ? up.longValueExact() : Long.MAX_VALUE;
  }

  /**
   * Reserves the most a batch of {@code identifierFields} identifier-fields can cost, if that fits
   * in what is left. Nothing is reserved when it does not fit or no price is known yet.
   *
   * @param identifierFields the batch's identifiers times fields
   * @return the reservation to settle when the batch's answer comes; empty when the batch must not be sent
   */
  public synchronized Optional<Reservation> tryReserve(long identifierFields) {
    if (priceUnits == 0) {
      return Optional.empty();
    }
    long bound = maxCost(identifierFields);
    if (bound > maxCredits - spent - reserved) {
      return Optional.empty();
    }
    reserved += bound;
    return Optional.of(new Reservation(bound, identifierFields));
  }

  /**
   * Reserves, without checking what is left, the most a batch can cost that is paid for whatever
   * the budget says (one an interrupted process sent, now resumed), so that later batches are kept
   * within the budget. With no price known nothing is held until it is settled, and settling it
   * without a stated cost then counts nothing.
   *
   * @param identifierFields the batch's identifiers times fields
   * @return the reservation to settle when the batch's answer comes
   */
  public synchronized Reservation reserveUnchecked(long identifierFields) {
    long bound = priceUnits == 0 ? 0 : maxCost(identifierFields);
    reserved += bound;
    return new Reservation(bound, identifierFields);
  }

  /**
   * Counts credits spent outside this budget's batches, e.g. by an interrupted earlier run of the
   * same work.
   *
   * @param credits the credits spent
   * @throws IllegalArgumentException when {@code credits} is negative
   */
  public synchronized void spend(long credits) {
    if (credits < 0) {
      throw new IllegalArgumentException("credits must not be negative, was " + credits);
    }
    spent += credits;
  }

  private synchronized void settle(Reservation reservation, Long estimated, Long actual) {
    reserved -= reservation.credits;
    Long cost = actual != null ? actual : estimated;
    if (cost != null) {
      learnPrice(cost, reservation.identifierFields);
    }
    spent += cost != null ? Math.max(0, cost) : reservation.credits;
  }

  @Override
  public synchronized String toString() {
    return "CreditBudget{maxCredits=" + maxCredits + ", spent=" + spent + ", reserved=" + reserved + "}";
  }

  /** The credits held for one batch until its answer says what it cost. Settle it once. */
  public final class Reservation {

    private final long credits;
    private final long identifierFields;
    private boolean settled;

    private Reservation(long credits, long identifierFields) {
      this.credits = credits;
      this.identifierFields = identifierFields;
    }

    /**
     * The credits held: the most the batch can cost at the price known when it was reserved.
     *
     * @return the credits held
     */
    public long credits() {
      return credits;
    }

    /**
     * The batch ended: the reservation is replaced by what the API said it cost (its actual cost,
     * else its estimate, either of which also teaches the price), or, when the API said neither or
     * the batch failed with its charge unknown (both null), by the most it could cost.
     *
     * @param estimatedCredits the batch's estimated cost as the API stated it, or null
     * @param actualCredits the batch's actual cost as the API stated it, or null
     * @throws IllegalStateException when this reservation was settled already
     */
    public void settle(Long estimatedCredits, Long actualCredits) {
      synchronized (CreditBudget.this) {
        if (settled) {
          throw new IllegalStateException("this reservation was settled already");
        }
        settled = true;
        CreditBudget.this.settle(this, estimatedCredits, actualCredits);
      }
    }
  }
}
