package ai.thehog.client.internal.http;

import ai.thehog.client.internal.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a Retry-After header: delay-seconds or an HTTP date (RFC 9110). */
public final class RetryAfter {

  private RetryAfter() {
  }

  /** The wait asked for, clamped to 0 .. a year, or null when the header is absent or unreadable. */
  public static Duration parse(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    if (value.matches("[0-9]{1,40}")) {
      // delay-seconds: any number of digits, clamped rather than overflowing
      return value.length() > 9 ? Durations.MAX_SERVER_WAIT
          : Durations.clampServerWait(Duration.ofSeconds(Long.parseLong(value)));
    }
    if (value.startsWith("-") && value.substring(1).matches("[0-9]+")) {
      return null;
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Durations.clampServerWait(Duration.between(now, at));
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }
}
