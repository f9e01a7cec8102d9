package ai.thehog.spec.docs;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates doc examples against the spec with swagger-request-validator. A schema without
 * {@code additionalProperties} is closed: a property it does not name is an error, as are a missing
 * required property, a wrong type and an enum value the spec lacks.
 */
final class ExampleValidator {

  /** One problem: the JSON pointer of the value concerned and what is wrong with it. */
  record Problem(String pointer, String message) {
  }

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  private final OpenApiInteractionValidator validator;

  ExampleValidator(String specText) {
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(specText)
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.parameter.header", ValidationReport.Level.IGNORE)
            .withLevel("validation.response.header", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  List<Problem> validateRequest(String method, String pathTemplate, String json) {
    SimpleRequest request = new SimpleRequest.Builder(Request.Method.valueOf(method), Endpoint.concrete(pathTemplate))
        .withContentType("application/json")
        .withBody(json)
        .build();
    return problems(validator.validateRequest(request));
  }

  List<Problem> validateResponse(String method, String pathTemplate, int status, String json) {
    SimpleResponse response = new SimpleResponse.Builder(status)
        .withContentType("application/json")
        .withBody(json)
        .build();
    return problems(validator.validateResponse(Endpoint.concrete(pathTemplate), Request.Method.valueOf(method), response));
  }

  private static List<Problem> problems(ValidationReport report) {
    List<Problem> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        collect(m, out);
      }
    }
    return out;
  }

  private static void collect(ValidationReport.Message m, List<Problem> out) {
    String pointer = m.getContext()
        .flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getInstance)
        .orElse("")
        .replaceFirst("/$", "");
    String key = m.getKey();
    if (key.endsWith(".additionalProperties")) {
      Matcher names = QUOTED.matcher(m.getMessage());
      boolean any = false;
      while (names.find()) {
        any = true;
        out.add(new Problem(pointer + "/" + names.group(1), "unknown field: the spec's schema does not name it"));
      }
      if (any) {
        return;
      }
    }
    if (key.endsWith(".required")) {
      Matcher names = QUOTED.matcher(m.getMessage());
      boolean any = false;
      while (names.find()) {
        any = true;
        out.add(new Problem(pointer + "/" + names.group(1), "missing required field"));
      }
      if (any) {
        return;
      }
    }
    String message = m.getMessage().replaceFirst("^\\[Path '[^']*'] ", "");
    out.add(new Problem(pointer, message + " (" + key + ")"));
  }
}
