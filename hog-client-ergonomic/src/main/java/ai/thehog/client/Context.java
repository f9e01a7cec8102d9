package ai.thehog.client;

import ai.thehog.model.ContextRequest;

/** Assembled GTM context (older generation, sync). */
public final class Context {

  private final ClientCore core;

  Context(ClientCore core) {
    this.core = core;
  }

  /** Assembles context ({@code POST /api/context}); the value is the envelope's {@code data}. */
  @SuppressWarnings("deprecation")
  public HogResponse<Object> assemble(ContextRequest request) {
    Resources.require(request, "request");
    return core.envelope(core.context.assembleContext(request, null), "POST /api/context",
        answer -> answer.data(), answer -> answer.meta());
  }
}
