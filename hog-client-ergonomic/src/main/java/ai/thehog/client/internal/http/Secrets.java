package ai.thehog.client.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;

/**
 * Removes the client's secrets (secret key, Bearer token) from any text before it is logged,
 * put in an exception message or returned by {@code toString()}.
 */
public final class Secrets {

  public static final String REDACTED = "[redacted]";

  /** Headers whose value is never shown. */
  private static final Set<String> SECRET_HEADERS = Set.of("x-secret-key", "authorization", "proxy-authorization", "cookie", "set-cookie");

  private final List<String> secrets;
  private final List<Pattern> encoded;

  public Secrets(String... secrets) {
    List<String> kept = new ArrayList<>();
    List<Pattern> patterns = new ArrayList<>();
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        kept.add(secret);
        patterns.add(anyEncoding(secret));
      }
    }
    this.secrets = List.copyOf(kept);
    this.encoded = List.copyOf(patterns);
  }

  /**
   * A pattern matching {@code secret} written raw, JSON-escaped (any character as a backslash, u
   * and four hex digits in either case, or a backslash before a quote, backslash or slash) or URL-encoded ({@code %XX} of its UTF-8
   * bytes in either case, {@code +} for a space), each character in any of its forms.
   */
  public static Pattern anyEncoding(String secret) {
    StringBuilder regex = new StringBuilder();
    secret.codePoints().forEach(cp -> {
      String literal = new String(Character.toChars(cp));
      StringBuilder alternatives = new StringBuilder(Pattern.quote(literal));
      StringBuilder unicode = new StringBuilder();
      for (char unit : literal.toCharArray()) {
        unicode.append("\\\\u").append(caseless(String.format("%04x", (int) unit)));
      }
      alternatives.append('|').append(unicode);
      if (cp == '"' || cp == '\\' || cp == '/') {
        alternatives.append("|\\\\").append(Pattern.quote(literal));
      }
      StringBuilder percent = new StringBuilder();
      for (byte b : literal.getBytes(StandardCharsets.UTF_8)) {
        percent.append('%').append(caseless(String.format("%02x", b & 0xff)));
      }
      alternatives.append('|').append(percent);
      if (cp == ' ') {
        alternatives.append("|\\+");
      }
      regex.append("(?:").append(alternatives).append(')');
    });
    return Pattern.compile(regex.toString());
  }

  private static String caseless(String hex) {
    StringBuilder out = new StringBuilder();
    for (char c : hex.toCharArray()) {
      out.append(Character.isLetter(c) ? "[" + Character.toLowerCase(c) + Character.toUpperCase(c) + "]" : c);
    }
    return out.toString();
  }

  /** {@code text} with every occurrence of a secret, raw, JSON-escaped or URL-encoded, replaced; null stays null. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, REDACTED);
    }
    if (result.indexOf('\\') < 0 && result.indexOf('%') < 0 && result.indexOf('+') < 0) {
      return result;
    }
    for (Pattern pattern : encoded) {
      result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(REDACTED));
    }
    return result;
  }

  /** The value of header {@code name} as it may be shown. */
  public String headerValue(String name, String value) {
    if (SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
      return REDACTED;
    }
    if (name.equalsIgnoreCase("x-access-key")) {
      return mask(value);
    }
    return redact(value);
  }

  /** A public key shown by its first characters only, e.g. {@code ak_1234…}. */
  public static String mask(String key) {
    if (key == null) {
      return "null";
    }
    return key.length() <= 6 ? "…" : key.substring(0, 6) + "…";
  }
}
