package ai.thehog.client.internal;

import ai.thehog.client.ArchitecturePackageCycleUp;

/** The other half of a deliberate cycle between two packages, for {@code ArchitectureTest}. */
public final class ArchitecturePackageCycleDown {
  ArchitecturePackageCycleUp up;
}
