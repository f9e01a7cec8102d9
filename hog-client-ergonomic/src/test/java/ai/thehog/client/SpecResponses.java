package ai.thehog.client;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * WireMock responses that are checked against the spec (from the hog-spec jar) before they are
 * stubbed: a test cannot pass against an answer the real API would never give.
 */
final class SpecResponses {

  static final String SPEC = load();
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForInlineApiSpecification(SPEC).build();

  private SpecResponses() {
  }

  private static String load() {
    try (InputStream in = SpecResponses.class.getClassLoader().getResourceAsStream("ai/thehog/spec/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("ai/thehog/spec/openapi.yaml not on the test classpath (hog-spec)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JSON answer of {@code status} to {@code method path}, validated against the spec; extra
   * headers as name, value pairs.
   */
  static ResponseDefinitionBuilder json(String method, String path, int status, String body, String... headers) {
    SimpleResponse.Builder response = new SimpleResponse.Builder(status).withContentType("application/json").withBody(body);
    ResponseDefinitionBuilder stub = WireMock.aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body);
    for (int i = 0; i < headers.length; i += 2) {
      response.withHeader(headers[i], headers[i + 1]);
      stub.withHeader(headers[i], headers[i + 1]);
    }
    ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response.build());
    if (report.hasErrors()) {
      throw new AssertionError("Stubbed " + status + " answer to " + method + " " + path
          + " does not match the spec: " + report.getMessages() + "\n" + body);
    }
    return stub;
  }

  /**
   * An answer carrying a value a later version of the API may send ({@code futureValue}) where the
   * spec has an enumeration: the body is validated with {@code knownValue} in its place, so that
   * everything else in it is known to match the spec.
   */
  static ResponseDefinitionBuilder jsonFromTheFuture(String method, String path, int status, String body,
      String futureValue, String knownValue) {
    json(method, path, status, body.replace("\"" + futureValue + "\"", "\"" + knownValue + "\""));
    return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** A spec-valid ErrorResponse body. */
  static String error(int status, String error, String message) {
    return "{\"statusCode\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message
        + "\",\"requestId\":\"req_err_" + status + "\"}";
  }

  /** A spec-valid 202 body (current shape: id and operationId). */
  static String accepted(String id) {
    return "{\"id\":\"" + id + "\",\"operationId\":\"" + id + "\",\"status\":\"queued\",\"pollUrl\":\"/api/operations/"
        + id + "\",\"meta\":{\"requestId\":\"req_accept_" + id + "\"}}";
  }

  /** A spec-valid operation state, with {@code "error": null} when there is none, as the docs show it. */
  static String operation(String id, String status, Integer progress, String result, String error) {
    return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"progress\":" + progress + ",\"result\":" + result
        + ",\"error\":" + (error == null ? "null" : error) + "}";
  }
}
