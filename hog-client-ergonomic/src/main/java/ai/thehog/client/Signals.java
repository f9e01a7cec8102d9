package ai.thehog.client;

import ai.thehog.model.json.FreeForm;
import ai.thehog.client.common.HogResponse;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.core.Resources;
import ai.thehog.model.SignalsRequest;

/** Classified intent and event signals (older generation, sync). */
public final class Signals {

  private final ClientCore core;

  Signals(ClientCore core) {
    this.core = core;
  }

  /**
   * Classifies signals ({@code POST /api/signals}).
   *
   * @param request the signals
   * @return the envelope's {@code data} and meta
   */
  @SuppressWarnings("deprecation")
  public HogResponse<FreeForm> classify(SignalsRequest request) {
    Resources.require(request, "request");
    return core.envelope(core.signals.classifySignals(request, null), answer -> new FreeForm(answer.data()),
        answer -> answer.meta());
  }
}
