package ai.thehog.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates requests against the spec packaged by hog-spec ({@code ai/thehog/spec/openapi.yaml}) with
 * swagger-request-validator. Credentials are checked by the sandbox itself, so security messages are
 * ignored; unknown properties are accepted because every request schema allows them.
 */
final class SpecValidator {

  static final String SPEC_RESOURCE = "ai/thehog/spec/openapi.yaml";
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  private static volatile OpenApiInteractionValidator shared;

  private final OpenApiInteractionValidator validator;

  SpecValidator() {
    this.validator = sharedValidator();
  }

  /** The spec's text, read from the classpath. */
  static String specText() {
    ClassLoader loader = SpecValidator.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(SPEC_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SPEC_RESOURCE + " is not on the classpath (module hog-spec)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SPEC_RESOURCE, e);
    }
  }

  private static OpenApiInteractionValidator sharedValidator() {
    OpenApiInteractionValidator v = shared;
    if (v == null) {
      synchronized (SpecValidator.class) {
        v = shared;
        if (v == null) {
          v = OpenApiInteractionValidator.createForInlineApiSpecification(specText())
              .withLevelResolver(LevelResolver.create()
                  .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                  .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                  .build())
              .build();
          shared = v;
        }
      }
    }
    return v;
  }

  /** The problems with a request, each naming the property; empty when the request is valid. */
  List<ApiErrors.FieldError> validate(String method, String path, Map<String, String> query,
      Map<String, String> headers, String body) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
    headers.forEach(builder::withHeader);
    query.forEach(builder::withQueryParam);
    if (body != null && !body.isEmpty()) {
      builder.withBody(body);
    }
    ValidationReport report = validator.validateRequest(builder.build());
    List<ApiErrors.FieldError> errors = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        collect(m, errors);
      }
    }
    return errors;
  }

  private static void collect(ValidationReport.Message m, List<ApiErrors.FieldError> out) {
    String key = m.getKey();
    String keyword = key.substring(key.lastIndexOf('.') + 1);
    Map<String, String> constraints = new LinkedHashMap<>();
    constraints.put(keyword, m.getMessage());
    String pointer = m.getContext()
        .flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getInstance)
        .orElse(null);
    if (key.startsWith("validation.request.parameter")) {
      String name = m.getContext()
          .flatMap(ValidationReport.MessageContext::getParameter)
          .map(p -> p.getName())
          .orElse("parameter");
      out.add(new ApiErrors.FieldError(name, m.getMessage(), constraints));
      return;
    }
    String base = pointerToProperty(pointer == null ? "" : pointer);
    if (keyword.equals("required")) {
      // "Object has missing required properties (["fields"])": name each missing property.
      Matcher names = QUOTED.matcher(m.getMessage());
      boolean any = false;
      while (names.find()) {
        any = true;
        String property = base.isEmpty() ? names.group(1) : base + "." + names.group(1);
        out.add(new ApiErrors.FieldError(property, property + " is required", constraints));
      }
      if (any) {
        return;
      }
    }
    String property = base.isEmpty() ? "body" : base;
    out.add(new ApiErrors.FieldError(property, property + ": " + m.getMessage(), constraints));
  }

  /** "/identifiers/2/email" becomes "identifiers[2].email". */
  static String pointerToProperty(String pointer) {
    StringBuilder sb = new StringBuilder();
    for (String raw : pointer.split("/")) {
      if (raw.isEmpty()) {
        continue;
      }
      String part = raw.replace("~1", "/").replace("~0", "~");
      if (part.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(part).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(part);
      }
    }
    return sb.toString();
  }
}
