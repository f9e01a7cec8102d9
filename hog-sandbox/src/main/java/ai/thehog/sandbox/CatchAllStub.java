package ai.thehog.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.UUID;

/**
 * The one stub every request matches, so that {@link SandboxTransformer} sees every request. A WireMock
 * stub-lifecycle listener puts it back when WireMock's own admin API removes it (e.g.
 * {@code POST /__admin/reset}), so the sandbox keeps answering.
 */
final class CatchAllStub implements StubLifecycleListener {

  private static final UUID ID = UUID.fromString("6b0a3c1e-5d2f-4c6a-9e1b-2f3d4c5b6a70");

  private volatile WireMockServer server;

  @Override
  public String getName() {
    return "hog-sandbox-catch-all";
  }

  void install(WireMockServer target) {
    this.server = target;
    add();
  }

  private void add() {
    WireMockServer s = server;
    if (s != null) {
      // The transformer writes the whole response; 500 only shows if it is missing.
      s.stubFor(any(anyUrl()).withId(ID).willReturn(aResponse().withStatus(500)));
    }
  }

  @Override
  public void afterStubsReset() {
    add();
  }

  @Override
  public void afterStubRemoved(StubMapping stub) {
    if (ID.equals(stub.getId())) {
      add();
    }
  }
}
