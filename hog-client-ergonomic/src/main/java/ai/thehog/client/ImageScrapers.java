package ai.thehog.client;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.core.Uploads;
import ai.thehog.model.DeepfakeDetection;
import ai.thehog.model.DeepfakeDetectionRequest;
import java.nio.file.Path;

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

  /**
   * Whether an image file is a deepfake: the file is uploaded as the multipart part {@code image}
   * (same endpoint; its bytes are never logged). The media type comes from the file name's
   * extension ({@code .png}, {@code .jpg}, {@code .jpeg}, {@code .webp}, {@code .gif}, {@code .bmp},
   * {@code .tif}, {@code .tiff}, {@code .heic}), else {@code application/octet-stream}.
   *
   * @param image the image file
   * @return the verdict, its score and signals, and the request's meta
   * @throws java.io.UncheckedIOException when the file cannot be read (nothing is sent)
   */
  public HogResponse<DeepfakeDetection> detectDeepfake(Path image) {
    Uploads.File file = Uploads.read(image);
    return detectDeepfake(file.bytes(), file.mediaType(), file.name(), RequestOptions.defaults());
  }

  /**
   * Whether an image is a deepfake, its bytes uploaded as the multipart part {@code image}.
   *
   * @param image the image's bytes (not empty)
   * @param mediaType their media type, e.g. {@code image/png}
   * @return the verdict, its score and signals, and the request's meta
   */
  public HogResponse<DeepfakeDetection> detectDeepfake(byte[] image, String mediaType) {
    return detectDeepfake(image, mediaType, RequestOptions.defaults());
  }

  /**
   * As {@link #detectDeepfake(byte[], String)} with per-call options (Idempotency-Key; a derived key
   * is the digest of the bytes and media type).
   *
   * @param image the image's bytes (not empty)
   * @param mediaType their media type, e.g. {@code image/png}
   * @param options Idempotency-Key choice
   * @return the verdict, its score and signals, and the request's meta
   */
  public HogResponse<DeepfakeDetection> detectDeepfake(byte[] image, String mediaType, RequestOptions options) {
    return detectDeepfake(image, mediaType, "image", options);
  }

  private HogResponse<DeepfakeDetection> detectDeepfake(byte[] image, String mediaType, String fileName,
      RequestOptions options) {
    Uploads.Part part = Uploads.part("image", fileName, image, mediaType);
    return core.envelope(part.digest(), options,
        key -> core.imageScrapers.detectImageDeepfakeUpload(key, part.part(), null), null, r -> r.data(),
        r -> r.meta());
  }
}
