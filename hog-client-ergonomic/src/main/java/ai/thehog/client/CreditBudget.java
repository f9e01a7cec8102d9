package ai.thehog.client;

import java.math.BigInteger;

/**
 * A {@code maxCredits} budget kept as a batch enrichment goes: before a batch is sent, the most it
 * can cost (its identifiers times fields, at the highest price per identifier and field known) is
 * reserved, and the batch is not sent when that could take the run past the budget. The price
 * comes from the caller ({@link RequestOptions#creditsPerIdentifierAndField()}), the whole-run
 * estimate, and every cost the API reported for an earlier batch (its actual cost, else its
 * estimated cost), whichever is highest. Thread-safe.
 */
final class CreditBudget {

  private final long maxCredits;
  /** Highest known price, as credits over units (identifier-fields); units 0 while none is known. */
  private long priceCredits;
  private long priceUnits;
  private long spent;
  private long reserved;

  CreditBudget(long maxCredits, Long creditsPerUnit) {
    this.maxCredits = maxCredits;
    if (creditsPerUnit != null) {
      learn(creditsPerUnit, 1);
    }
  }

  long maxCredits() {
    return maxCredits;
  }

  synchronized boolean priceKnown() {
    return priceUnits > 0;
  }

  /** Credits counted as spent: for each settled batch its actual cost, else its estimate, else its bound. */
  synchronized long spent() {
    return spent;
  }

  /** Takes a price: {@code credits} for {@code units} identifier-fields, kept if it is the highest so far. */
  synchronized void learn(long credits, long units) {
    if (units <= 0 || credits < 0) {
      return;
    }
    // credits/units > priceCredits/priceUnits, compared exactly.
    if (priceUnits == 0 || BigInteger.valueOf(credits).multiply(BigInteger.valueOf(priceUnits))
        .compareTo(BigInteger.valueOf(priceCredits).multiply(BigInteger.valueOf(units))) > 0) {
      priceCredits = credits;
      priceUnits = units;
    }
  }

  /** The most {@code units} identifier-fields can cost at the highest known price, rounded up; needs a known price. */
  synchronized long bound(long units) {
    BigInteger[] qr = BigInteger.valueOf(priceCredits).multiply(BigInteger.valueOf(units))
        .divideAndRemainder(BigInteger.valueOf(priceUnits));
    BigInteger up = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    return up.bitLength() < 63 ? up.longValueExact() : Long.MAX_VALUE;
  }

  /**
   * Reserves the bound of a batch of {@code units} identifier-fields if it fits with what is
   * spent and reserved; returns it, or -1 when it could pass the budget (nothing reserved).
   */
  synchronized long tryReserve(long units) {
    long bound = bound(units);
    if (bound > maxCredits - spent - reserved) {
      return -1;
    }
    reserved += bound;
    return bound;
  }

  /** A batch ended: its reservation ({@code -1} for none) is replaced by what the API said it cost. */
  synchronized void settle(long reservation, long units, Long estimated, Long actual) {
    if (reservation > 0) {
      reserved -= reservation;
    }
    Long cost = actual != null ? actual : estimated;
    if (cost != null) {
      learn(cost, units);
    }
    spent += cost != null ? cost : Math.max(0, reservation);
  }

}
