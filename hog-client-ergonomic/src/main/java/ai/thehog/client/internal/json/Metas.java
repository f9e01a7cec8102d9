package ai.thehog.client.internal.json;

import ai.thehog.client.common.Meta;
import ai.thehog.model.AcceptedMeta;
import ai.thehog.model.ResponseMeta;

/** {@link Meta} read from the API's answers. */
public final class Metas {

  /** No meta: a resumed operation, a call that stated none. */
  public static final Meta EMPTY = new Meta(null, null, null, null);

  private Metas() {
  }

  /** The meta of a 200 answer; {@code headerRequestId} when the body names no request id. */
  public static Meta of(ResponseMeta meta, String headerRequestId) {
    if (meta == null) {
      return new Meta(headerRequestId, null, null, null);
    }
    return new Meta(meta.requestId() != null ? meta.requestId() : headerRequestId, meta.projectId(),
        meta.cost() == null ? null : meta.cost().estimated(),
        meta.cost() == null ? null : meta.cost().actual());
  }

  /** The meta of a 202 answer; {@code headerRequestId} when the body names no request id. */
  public static Meta of(AcceptedMeta meta, String headerRequestId) {
    if (meta == null) {
      return new Meta(headerRequestId, null, null, null);
    }
    return new Meta(meta.requestId() != null ? meta.requestId() : headerRequestId, meta.projectId(),
        meta.estimatedCost(), null);
  }
}
