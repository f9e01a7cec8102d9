package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.model.DeepfakeDetection;
import ai.thehog.model.DeepfakeDetectionRequest;

/** Image checks ({@code /api/v1/platform/scrapers/image/...}). */
public final class ImageScrapers {

  private final ClientCore core;

  ImageScrapers(ClientCore core) {
    this.core = core;
  }

  /**
   * Whether an image is a deepfake ({@code POST /api/v1/platform/scrapers/image/deepfake-detection}, one request, answered at once).
   *
   * @param request the URL of the image to check ({@code url}; {@code imageUrl} is the older name)
   * @return the verdict, its score and signals, and the request's meta
   */
  public HogResponse<DeepfakeDetection> detectDeepfake(DeepfakeDetectionRequest request) {
    return detectDeepfake(request, RequestOptions.defaults());
  }

  /**
   * As {@link #detectDeepfake(DeepfakeDetectionRequest)} with per-call options (Idempotency-Key).
   *
   * @param request the URL of the image to check
   * @param options Idempotency-Key choice
   * @return the scraped data and the request's meta
   */
  public HogResponse<DeepfakeDetection> detectDeepfake(DeepfakeDetectionRequest request, RequestOptions options) {
    return core.envelope(request, options, key -> core.imageScrapers.detectImageDeepfake(request, key), null, r -> r.data(), r -> r.meta());
  }
}
