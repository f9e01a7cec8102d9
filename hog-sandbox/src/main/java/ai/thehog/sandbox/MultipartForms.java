package ai.thehog.sandbox;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The multipart form of a deepfake check: a file part {@code image}, or a {@code url} field. The
 * file becomes its size, media type and SHA-256 (the same file, the same answer); its bytes are
 * neither kept nor logged.
 */
final class MultipartForms {

  static final int MAX_URL = 4096;

  private MultipartForms() {
  }

  static boolean isMultipart(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /** The form as the body the handlers read: {@code {image: {bytes, mediaType, sha256}}} and/or {@code {url}}. */
  static Map<String, Object> read(Request request) {
    Map<String, Object> form = Json.obj();
    for (Request.Part part : request.getParts()) {
      if ("image".equals(part.getName())) {
        byte[] bytes = part.getBody().asBytes();
        HttpHeader type = part.getHeader("Content-Type");
        form.put("image", Json.obj("bytes", (long) bytes.length, "mediaType",
            type != null && type.isPresent() ? type.firstValue() : "application/octet-stream", "sha256", sha256(bytes)));
      } else if ("url".equals(part.getName())) {
        form.put("url", part.getBody().asString());
      } else {
        form.put(part.getName(), "(" + part.getBody().asBytes().length + " bytes)");
      }
    }
    return form;
  }

  /** What the API refuses in such a form: neither a file nor a URL, an empty file, a URL too long. */
  static List<ApiErrors.FieldError> check(Map<String, Object> form) {
    List<ApiErrors.FieldError> errors = new ArrayList<>();
    Object image = form.get("image");
    Object url = form.get("url");
    if (image == null && (url == null || url.toString().isBlank())) {
      errors.add(new ApiErrors.FieldError("image", "image (a file part) or url is required",
          Map.of("required", "image or url is required")));
    }
    if (image instanceof Map<?, ?> file && Long.valueOf(0L).equals(file.get("bytes"))) {
      errors.add(new ApiErrors.FieldError("image", "image must not be an empty file", Map.of("minLength", "1")));
    }
    if (url != null && url.toString().length() > MAX_URL) {
      errors.add(new ApiErrors.FieldError("url", "url must be at most " + MAX_URL + " characters",
          Map.of("maxLength", Integer.toString(MAX_URL))));
    }
    return errors;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
