package ai.thehog.client;

import ai.thehog.model.json.FreeForm;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.core.Resources;
import ai.thehog.model.ContextRequest;

/** Assembled GTM context (older generation, sync). */
public final class Context {

  private final ClientCore core;

  Context(ClientCore core) {
    this.core = core;
  }

  /**
   * Assembles context ({@code POST /api/context}).
   *
   * @param request the context request
   * @return the envelope's {@code data} and meta
   */
  @SuppressWarnings("deprecation")
  public HogResponse<FreeForm> assemble(ContextRequest request) {
    Resources.require(request, "request");
    return core.envelope(core.context.assembleContext(request, null), answer -> new FreeForm(answer.data()),
        answer -> answer.meta());
  }
}
