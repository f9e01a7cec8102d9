package ai.thehog.client.internal.http;

import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.json.HogJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Chooses the Idempotency-Key of a call; a null key lets the transport draw a random one. */
public final class IdempotencyKeys {

  /** The longest Idempotency-Key the API takes. */
  public static final int MAX_LENGTH = 255;

  private IdempotencyKeys() {
  }

  /**
   * The key for {@code body} sent to {@code path}: the caller's (with {@code part} appended when the
   * call is split, e.g. batches), a derived one, or null for a random one.
   */
  public static String choose(RequestOptions options, String path, Object body, Integer part) {
    if (options.idempotencyKey() != null) {
      if (part == null) {
        return options.idempotencyKey();
      }
      String key = options.idempotencyKey() + "-" + part;
      // A key near the 255-character limit cannot take a suffix: its digest does, and stays per key and part.
      return key.length() <= MAX_LENGTH ? key : derive("", options.idempotencyKey()) + "-" + part;
    }
    if (options.deterministicIdempotencyKey()) {
      return derive(path, body);
    }
    return null;
  }

  /** {@code hog-} and the SHA-256 of the path and the canonical JSON of {@code body}. */
  public static String derive(String path, Object body) {
    String canonical = canonicalJson(body);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(path.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(canonical.getBytes(StandardCharsets.UTF_8));
      return "hog-" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The canonical JSON of {@code body}: {@link HogJson#canonicalJson}. */
  public static String canonicalJson(Object body) {
    return HogJson.canonicalJson(body);
  }
}
