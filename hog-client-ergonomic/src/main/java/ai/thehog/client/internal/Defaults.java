package ai.thehog.client.internal;

/**
 * Constants the public types share, kept here so that none of them needs another's constant (the
 * compiler copies constants into the classes that use them, so such a dependency would not show in
 * bytecode, only in the source).
 */
public final class Defaults {

  /** The current API host. */
  public static final String BASE_URL = "https://developer.thehog.ai";
  /** The variable holding the access key. */
  public static final String ACCESS_KEY_VARIABLE = "THE_HOG_ACCESS_KEY";
  /** The variable holding the secret key. */
  public static final String SECRET_KEY_VARIABLE = "THE_HOG_SECRET_KEY";
  /** The variable holding the base URL. */
  public static final String SERVER_URL_VARIABLE = "THE_HOG_SERVER_URL";

  private Defaults() {
  }
}
