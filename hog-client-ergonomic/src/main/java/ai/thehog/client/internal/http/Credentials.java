package ai.thehog.client.internal.http;

import okhttp3.Request;

/** How requests authenticate: X-Access-Key + X-Secret-Key, or a Bearer token (older host). */
public final class Credentials {

  private final String accessKey;
  private final String secretKey;
  private final String bearerToken;

  private Credentials(String accessKey, String secretKey, String bearerToken) {
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    this.bearerToken = bearerToken;
  }

  public static Credentials keys(String accessKey, String secretKey) {
    return new Credentials(accessKey, secretKey, null);
  }

  public static Credentials bearer(String token) {
    return new Credentials(null, null, token);
  }

  public void apply(Request.Builder request) {
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    } else {
      request.header("X-Access-Key", accessKey);
      request.header("X-Secret-Key", secretKey);
    }
  }

  /** The values that must never be shown. */
  public Secrets secrets() {
    return bearerToken != null ? new Secrets(bearerToken) : new Secrets(secretKey);
  }

  @Override
  public String toString() {
    return bearerToken != null
        ? "Bearer " + Secrets.REDACTED
        : "accessKey=" + Secrets.mask(accessKey) + ", secretKey=" + Secrets.REDACTED;
  }
}
