package ai.thehog.client.internal;

/** Joins text from the API into the client's sentences without doubled periods. */
public final class Messages {

  private Messages() {
  }

  /** {@code text} trimmed, without its final periods and spaces, so that the caller can add its own period. */
  public static String sentence(String text) {
    return text == null ? "" : text.replaceAll("[.\\s]+$", "").trim();
  }
}
