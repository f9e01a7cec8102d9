package ai.thehog.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.DeepfakeDetection;
import ai.thehog.model.DeepfakeDetectionRequest;
import ai.thehog.sandbox.HogSandboxExtension;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The deepfake check with the image uploaded as the multipart part {@code image}, through
 * {@link HogClient} against the sandbox: from a file, from bytes, and async; the same image the
 * same verdict; an empty or missing image refused before sending; the bytes never in the wire log.
 */
class DeepfakeUploadClientTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey("ak_deepfake_upload")
      .secretKey("sk_deepfake_upload_secret").build();

  /** Bytes no log may show, text-like so that a logged body would contain them. */
  static final byte[] IMAGE = "PIXELS-NEVER-LOGGED-0123456789".getBytes(StandardCharsets.UTF_8);

  /** The Content-Type of every request body sent. */
  final List<String> sent = new CopyOnWriteArrayList<>();
  /** The Idempotency-Key of every request sent. */
  final List<String> keys = new CopyOnWriteArrayList<>();
  final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  HogClient hog;
  Level previous;

  @BeforeEach
  void client() {
    hog = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection())
        .okHttpClient(new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
          if (chain.request().body() != null) {
            sent.add(String.valueOf(chain.request().body().contentType()));
            keys.add(String.valueOf(chain.request().header("Idempotency-Key")));
          }
          return chain.proceed(chain.request());
        }).build()).build();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger clientLogger = context.getLogger("ai.thehog.client");
    previous = clientLogger.getLevel();
    clientLogger.setLevel(Level.TRACE);
    captured.setContext(context);
    captured.start();
    clientLogger.addAppender(captured);
  }

  @AfterEach
  void close() {
    Logger clientLogger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ai.thehog.client");
    clientLogger.detachAppender(captured);
    clientLogger.setLevel(previous);
    hog.close();
  }

  @Test
  void aFileIsUploadedAndItsVerdictComesBack(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("face.png"), IMAGE);

    HogResponse<DeepfakeDetection> fromFile = hog.scrapers().image().detectDeepfake(file);
    HogResponse<DeepfakeDetection> fromBytes = hog.scrapers().image().detectDeepfake(IMAGE, "image/png");

    assertThat(fromFile.value().verdict()).isNotNull();
    assertThat(fromFile.value().score()).isBetween(0.0, 1.0);
    assertThat(fromFile.meta().requestId()).isNotBlank();
    assertThat(fromBytes.value()).isEqualTo(fromFile.value());
    assertThat(sent).allMatch(type -> type.startsWith("multipart/form-data"));
    assertThat(captured.list).isNotEmpty();
    assertThat(captured.list).noneMatch(e -> e.getFormattedMessage().contains("PIXELS-NEVER-LOGGED"));
    assertThat(captured.list).anyMatch(e -> e.getFormattedMessage().contains("name=\"image\""));
  }

  @Test
  void anotherImageIsAnotherRequestAndAsyncGivesTheSame() throws Exception {
    byte[] other = "another image altogether".getBytes(StandardCharsets.UTF_8);

    DeepfakeDetection blocking = hog.scrapers().image().detectDeepfake(other, "image/jpeg",
        RequestOptions.builder().deterministicIdempotencyKey().build()).value();
    DeepfakeDetection async = hog.async().scrapers().image().detectDeepfake(other, "image/jpeg")
        .get(30, TimeUnit.SECONDS).value();

    DeepfakeDetection again = hog.scrapers().image().detectDeepfake(other, "image/jpeg",
        RequestOptions.builder().deterministicIdempotencyKey().build()).value();

    assertThat(async).isEqualTo(blocking);
    assertThat(again).isEqualTo(blocking);
    assertThat(keys.get(0)).startsWith("hog-").isEqualTo(keys.get(2)).isNotEqualTo(keys.get(1));
    assertThat(blocking.score()).isNotEqualTo(hog.scrapers().image().detectDeepfake(IMAGE, "image/png").value().score());
  }

  @Test
  void theJsonUrlFormStillWorks() {
    DeepfakeDetection byUrl = hog.scrapers().image().detectDeepfake(DeepfakeDetectionRequest.builder()
        .url("https://media.example/a.jpg").build()).value();

    assertThat(byUrl.verdict()).isNotNull();
  }

  @Test
  void anEmptyOrMissingImageIsRefusedBeforeSending(@TempDir Path dir) {
    assertThatThrownBy(() -> hog.scrapers().image().detectDeepfake(new byte[0], "image/png"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("image must not be empty");
    assertThatThrownBy(() -> hog.scrapers().image().detectDeepfake(dir.resolve("missing.png")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readable file");
    assertThatThrownBy(() -> hog.scrapers().image().detectDeepfake(IMAGE, "not a media type"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(sent).isEmpty();
  }
}
