package ai.thehog.client.internal.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/** Files uploaded as multipart parts: read, typed by their extension, and digested for the Idempotency-Key. */
public final class Uploads {

  private static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
      "jpeg", "image/jpeg", "webp", "image/webp", "gif", "image/gif", "bmp", "image/bmp", "tif", "image/tiff",
      "tiff", "image/tiff", "heic", "image/heic");

  private Uploads() {
  }

  /** A file read whole, its name and media type. */
  public record File(byte[] bytes, String name, String mediaType) {
  }

  /**
   * A part to send, and what stands for it when a key is derived: the SHA-256 of the bytes and the
   * media type (never the bytes).
   */
  public record Part(MultipartBody.Part part, Map<String, Object> digest) {
  }

  /** Reads {@code path}; its media type from its extension. */
  public static File read(Path path) {
    Objects.requireNonNull(path, "image");
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("image must be a readable file: " + path);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the image " + path + "; nothing was sent", e);
    }
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return new File(bytes, name, IMAGE_TYPES.getOrDefault(extension, "application/octet-stream"));
  }

  /** The multipart part {@code name} holding {@code bytes} as a file. */
  public static Part part(String name, String fileName, byte[] bytes, String mediaType) {
    Objects.requireNonNull(bytes, name);
    if (bytes.length == 0) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    MediaType type = MediaType.parse(Objects.requireNonNull(mediaType, "mediaType"));
    if (type == null) {
      throw new IllegalArgumentException("mediaType is not a media type: " + mediaType);
    }
    String digest;
    try {
      digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
    MultipartBody.Part part = MultipartBody.Part.createFormData(name, fileName, RequestBody.create(bytes, type));
    return new Part(part, Map.of(name, "sha256:" + digest, "mediaType", type.toString()));
  }
}
