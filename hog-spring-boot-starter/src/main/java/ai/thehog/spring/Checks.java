package ai.thehog.spring;

import java.time.Duration;

/** Checks of property values, with messages naming the property. */
final class Checks {

  private Checks() {
  }

  static void positive(Duration value, String property) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(property + " must be a positive duration, was " + value);
    }
  }

  static void atLeastOne(int value, String property) {
    if (value < 1) {
      throw new IllegalArgumentException(property + " must be at least 1, was " + value);
    }
  }

  /** An access key as logs may show it: its first six characters. */
  static String maskKey(String key) {
    return key.length() <= 6 ? "…" : key.substring(0, 6) + "…";
  }
}
