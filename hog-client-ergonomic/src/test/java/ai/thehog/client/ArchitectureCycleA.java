package ai.thehog.client;

/** Half of a deliberate import cycle, for {@link ArchitectureTest}. */
final class ArchitectureCycleA {
  ArchitectureCycleB other;
}
