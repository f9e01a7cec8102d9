package ai.thehog.client.async;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.DeepfakeDetection;
import ai.thehog.model.DeepfakeDetectionRequest;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ai.thehog.client.ImageScrapers} as {@link CompletableFuture}s: each method runs the blocking
 * call of the same name and parameters on the client's executor, and its future completes as that
 * call returns or throws. Cancelling a future interrupts its call: a wait or poll stops (the API has
 * no cancel; an operation already started goes on on the server).
 */
public interface AsyncImageScrapers {

  /**
   * {@link ai.thehog.client.ImageScrapers#detectDeepfake(DeepfakeDetectionRequest)} on the client's executor.
   *
   * @param request the URL of the image to check ({@code url}; {@code imageUrl} is the older name)
   * @return a future of the verdict, its score and signals, and the request's meta
   */
  CompletableFuture<HogResponse<DeepfakeDetection>> detectDeepfake(DeepfakeDetectionRequest request);

  /**
   * {@link ai.thehog.client.ImageScrapers#detectDeepfake(DeepfakeDetectionRequest, RequestOptions)} on the client's executor.
   *
   * @param request the URL of the image to check
   * @param options Idempotency-Key choice
   * @return a future of the scraped data and the request's meta
   */
  CompletableFuture<HogResponse<DeepfakeDetection>> detectDeepfake(DeepfakeDetectionRequest request,
      RequestOptions options);

  /**
   * {@link ai.thehog.client.ImageScrapers#detectDeepfake(Path)} on the client's executor.
   *
   * @param image the image file, uploaded as the multipart part {@code image}
   * @return a future of the verdict, its score and signals, and the request's meta
   */
  CompletableFuture<HogResponse<DeepfakeDetection>> detectDeepfake(Path image);

  /**
   * {@link ai.thehog.client.ImageScrapers#detectDeepfake(byte[], String)} on the client's executor.
   *
   * @param image the image's bytes, uploaded as the multipart part {@code image}
   * @param mediaType their media type, e.g. {@code image/png}
   * @return a future of the verdict, its score and signals, and the request's meta
   */
  CompletableFuture<HogResponse<DeepfakeDetection>> detectDeepfake(byte[] image, String mediaType);

  /**
   * {@link ai.thehog.client.ImageScrapers#detectDeepfake(byte[], String, RequestOptions)} on the client's executor.
   *
   * @param image the image's bytes, uploaded as the multipart part {@code image}
   * @param mediaType their media type, e.g. {@code image/png}
   * @param options Idempotency-Key choice
   * @return a future of the verdict, its score and signals, and the request's meta
   */
  CompletableFuture<HogResponse<DeepfakeDetection>> detectDeepfake(byte[] image, String mediaType,
      RequestOptions options);
}
