package ai.thehog.client;

import ai.thehog.client.internal.ArchitecturePackageCycleDown;

/** Half of a deliberate cycle between two packages, for {@link ArchitectureTest}. */
public final class ArchitecturePackageCycleUp {
  ArchitecturePackageCycleDown down;
}
