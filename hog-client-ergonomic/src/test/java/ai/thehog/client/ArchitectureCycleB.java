package ai.thehog.client;

/** The other half of a deliberate import cycle, for {@link ArchitectureTest}. */
final class ArchitectureCycleB {
  ArchitectureCycleA other;
}
