package ai.thehog.client.internal.core;

import ai.thehog.client.common.RequestOptions;

/** Checks shared by the resource classes. */
public final class Resources {

  private Resources() {
  }

  public static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  public static RequestOptions unguarded(RequestOptions options, String what) {
    require(options, "options");
    if (options.guarded()) {
      throw new IllegalArgumentException(what + " has no estimate endpoint, so maxCredits/requireWithinPlanLimits"
          + " cannot be checked; guards exist for enrichments().enrichAll and enrichEach,"
          + " people().submitEnrichment, people().research and generate().submit");
    }
    return options;
  }
}
