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

  /**
   * Shows the machinery in a type argument only.
   *
   * @return nothing
   */
  public java.util.List<ClientCore> cores() {
    return null;
  }
}
