package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small HTTP client for the tests (java.net.http): every API response it receives is validated
 * against the spec with swagger-request-validator, so each test also checks the sandbox's own answers.
 */
final class SandboxHttp {

  static final String ACCESS = HogSandbox.DEFAULT_ACCESS_KEY;
  static final String SECRET = HogSandbox.DEFAULT_SECRET_KEY;

  private static final OpenApiInteractionValidator RESPONSES = OpenApiInteractionValidator
      .createForInlineApiSpecification(SpecValidator.specText())
      .withLevelResolver(LevelResolver.create()
          .withLevel("validation.request", ValidationReport.Level.IGNORE)
          // Unknown-field tolerance aside: extra properties in responses are allowed by the API's contract.
          .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
          .build())
      .build();

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final String baseUrl;

  SandboxHttp(HogSandbox sandbox) {
    this.baseUrl = sandbox.baseUrl();
  }

  record Reply(int status, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    Object json() {
      try {
        return Json.read(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map() {
      return (Map<String, Object>) json();
    }

    @SuppressWarnings("unchecked")
    List<Object> listAt(String path) {
      return (List<Object>) at(path);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> mapAt(String path) {
      return (Map<String, Object>) at(path);
    }

    /** A value by dotted path; numeric segments index lists. */
    Object at(String path) {
      Object cur = json();
      for (String part : path.split("\\.")) {
        if (cur instanceof Map<?, ?> m) {
          cur = m.get(part);
        } else if (cur instanceof List<?> l) {
          cur = l.get(Integer.parseInt(part));
        } else {
          return null;
        }
      }
      return cur;
    }
  }

  Reply post(String path, String json, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .POST(HttpRequest.BodyPublishers.ofString(json)), "POST", path, withKeys(headers, true));
  }

  /** GET a pollUrl, relative or absolute (then on this sandbox). */
  Reply poll(String pollUrl) {
    if (pollUrl.startsWith("http")) {
      assertThat(pollUrl).startsWith(baseUrl + "/");
      return get(pollUrl.substring(baseUrl.length()));
    }
    return get(pollUrl);
  }

  Reply get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), "GET", path, withKeys(headers, false));
  }

  Reply patch(String path, String json, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .method("PATCH", HttpRequest.BodyPublishers.ofString(json)), "PATCH", path, withKeys(headers, true));
  }

  Reply delete(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE(), "DELETE", path, withKeys(headers, false));
  }

  /** POST a multipart form (credentials added): {@code parts} are name, file name (null: a field), content. */
  Reply postForm(String path, Object... parts) {
    String boundary = "hogboundary7MA4YWxkTrZu0gW";
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (int i = 0; i + 2 < parts.length; i += 3) {
      String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + parts[i] + "\""
          + (parts[i + 1] == null ? "" : "; filename=\"" + parts[i + 1] + "\"\r\nContent-Type: image/png") + "\r\n\r\n";
      body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      body.writeBytes(parts[i + 2] instanceof byte[] bytes ? bytes
          : String.valueOf(parts[i + 2]).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofByteArray(
        body.toByteArray())), "POST", path, withKeys(new String[] {"Content-Type",
            "multipart/form-data; boundary=" + boundary}, false));
  }

  /** POST without a body (credentials added). */
  Reply postEmpty(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.noBody()),
        "POST", path, withKeys(headers, false));
  }

  /** Like post/get but with exactly the headers given (no credentials added). */
  Reply raw(String method, String path, String json, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return send(b, method, path, headers);
  }

  /** Sends and returns the raw exception of a failed exchange (faults), or null when a response came. */
  IOException postExpectingFailure(String path, String json) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
          .timeout(Duration.ofSeconds(10))
          .POST(HttpRequest.BodyPublishers.ofString(json));
      String[] hs = withKeys(new String[0], true);
      for (int i = 0; i < hs.length; i += 2) {
        b.header(hs[i], hs[i + 1]);
      }
      client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return null;
    } catch (IOException e) {
      return e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String[] withKeys(String[] headers, boolean json) {
    List<String> all = new java.util.ArrayList<>(List.of(headers));
    boolean hasAuth = false;
    for (int i = 0; i < headers.length; i += 2) {
      hasAuth |= headers[i].equalsIgnoreCase("X-Access-Key") || headers[i].equalsIgnoreCase("Authorization");
    }
    if (!hasAuth) {
      all.addAll(List.of("X-Access-Key", ACCESS, "X-Secret-Key", SECRET));
    }
    if (json) {
      all.addAll(List.of("Content-Type", "application/json"));
    }
    return all.toArray(new String[0]);
  }

  private Reply send(HttpRequest.Builder builder, String method, String path, String[] headers) {
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    builder.timeout(Duration.ofSeconds(10));
    HttpResponse<String> response;
    try {
      response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("request failed: " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    Reply reply = new Reply(response.statusCode(), response.headers().map(), response.body());
    if (!path.startsWith("/__")) {
      assertMatchesSpec(method, path, reply);
    }
    return reply;
  }

  static void assertMatchesSpec(String method, String path, Reply reply) {
    String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status())
        .withContentType("application/json")
        .withBody(reply.body());
    reply.headers().forEach(response::withHeader);
    ValidationReport report = RESPONSES.validateResponse(p, Request.Method.valueOf(method), response.build());
    String problems = report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage())
        .collect(Collectors.joining("\n"));
    assertThat(problems).as("response to %s %s (%s) against the spec:\n%s", method, path, reply.status(), reply.body())
        .isEmpty();
  }
}
