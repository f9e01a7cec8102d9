package ai.thehog.client;

import ai.thehog.client.internal.core.ClientCore;

/** A deliberate internal type in a public signature, for {@link ArchitectureTest}. */
public final class ArchitectureShowsInternal {
  /**
   * Shows the machinery.
   *
   * @return nothing
   */
  public ClientCore core() {
    return null;
  }
}
