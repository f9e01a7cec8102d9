package ai.thehog.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes the client's secrets (secret key, Bearer token) from any text before it is logged,
 * put in an exception message or returned by {@code toString()}.
 */
final class Secrets {

  static final String REDACTED = "[redacted]";

  /** Headers whose value is never shown. */
  private static final Set<String> SECRET_HEADERS = Set.of("x-secret-key", "authorization", "proxy-authorization", "cookie", "set-cookie");

  private final List<String> secrets;

  Secrets(String... secrets) {
    List<String> kept = new ArrayList<>();
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        kept.add(secret);
      }
    }
    this.secrets = List.copyOf(kept);
  }

  /** {@code text} with every occurrence of a secret replaced; null stays null. */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, REDACTED);
    }
    return result;
  }

  /** The value of header {@code name} as it may be shown. */
  String headerValue(String name, String value) {
    if (SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
      return REDACTED;
    }
    if (name.equalsIgnoreCase("x-access-key")) {
      return mask(value);
    }
    return redact(value);
  }

  /** A public key shown by its first characters only, e.g. {@code ak_1234…}. */
  static String mask(String key) {
    if (key == null) {
      return "null";
    }
    return key.length() <= 6 ? "…" : key.substring(0, 6) + "…";
  }
}
