package ai.thehog.client;

import ai.thehog.sandbox.HogSandbox;

/** A deliberate dependency on the sandbox, for {@link ArchitectureTest}. */
final class ArchitectureUsesSandbox {
  HogSandbox sandbox;
}
