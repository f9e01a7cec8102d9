package ai.thehog.model.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Turns a JSON number literal into the Java number that represents it without loss. */
final class JsonNumbers {

  private JsonNumbers() {
  }

  /**
   * Integral literals become {@link Long} (or {@link BigInteger} beyond its range); others become
   * {@link Double} when the double prints back to the same value, else {@link BigDecimal}.
   *
   * @throws NumberFormatException when {@code literal} is not a JSON number
   */
  static Number parse(String literal) {
    boolean integral = literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
    if (integral) {
      try {
        return Long.parseLong(literal);
      } catch (NumberFormatException beyondLong) {
        return new BigInteger(literal);
      }
    }
    BigDecimal exact = new BigDecimal(literal);
    double asDouble = Double.parseDouble(literal); // keeps the sign of -0.0, which BigDecimal drops
    if (Double.isFinite(asDouble) && BigDecimal.valueOf(asDouble).compareTo(exact) == 0) {
      return asDouble;
    }
    return exact;
  }
}
