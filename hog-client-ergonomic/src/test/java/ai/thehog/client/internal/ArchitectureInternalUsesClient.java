package ai.thehog.client.internal;

import ai.thehog.client.HogClient;

/** A deliberate use of the client by the machinery, for {@code ArchitectureTest}. */
public final class ArchitectureInternalUsesClient {
  HogClient client;
}
