package ai.thehog.sandbox;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Person identifiers: their canonical name and the documented trigger domains. */
final class Identifiers {

  /** The keys of PersonIdentifier in the spec. */
  static final Set<String> KEYS = Set.of("linkedin_url", "email", "x_handle", "github_username");

  /** Records whose email is at this domain fail. */
  static final String FAIL_DOMAIN = "fail.example";
  /** Records whose email is at this domain are only partly enriched. */
  static final String PARTIAL_DOMAIN = "partial.example";
  /** An operation with an identifier at this domain is cancelled before it completes. */
  static final String CANCEL_DOMAIN = "cancel.example";

  private Identifiers() {
  }

  /** "key=value" pairs in key order, joined by commas: the ledger's and the generator's name. */
  static String canonical(Map<String, Object> identifier) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(identifier).forEach((k, v) -> {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(k).append('=').append(v);
    });
    return sb.toString();
  }

  static boolean hasKnownKey(Map<String, Object> identifier) {
    return identifier.keySet().stream().anyMatch(k -> KEYS.contains(k) && identifier.get(k) != null
        && !String.valueOf(identifier.get(k)).isBlank());
  }

  static boolean atDomain(Map<String, Object> identifier, String domain) {
    Object email = identifier.get("email");
    return email instanceof String s && s.toLowerCase(java.util.Locale.ROOT).endsWith("@" + domain);
  }
}
