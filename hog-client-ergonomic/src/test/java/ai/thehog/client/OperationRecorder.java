package ai.thehog.client;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;

/**
 * An OkHttp network interceptor that records every exchange the client sends (method, path,
 * Idempotency-Key, status, body) and names its spec operation, read from the spec itself.
 */
final class OperationRecorder implements Interceptor {

  /** One exchange on the wire. */
  record Exchange(String operationId, String method, String path, String idempotencyKey, int status, String body) {
  }

  /** operationId to "METHOD regex", in the spec's order. */
  static final Map<String, Route> OPERATIONS = readSpec();

  record Route(String method, Pattern path) {
  }

  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    String path = request.url().encodedPath();
    exchanges.add(new Exchange(operationOf(request.method(), path), request.method(), path,
        request.header("Idempotency-Key"), response.code(), body(response)));
    return response;
  }

  List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  List<Exchange> of(String operationId) {
    return exchanges.stream().filter(e -> operationId.equals(e.operationId())).toList();
  }

  void clear() {
    exchanges.clear();
  }

  static String operationOf(String method, String path) {
    for (Map.Entry<String, Route> entry : OPERATIONS.entrySet()) {
      if (entry.getValue().method().equals(method) && entry.getValue().path().matcher(path).matches()) {
        return entry.getKey();
      }
    }
    return null;
  }

  private static String body(Response response) throws IOException {
    if (response.body() == null) {
      return "";
    }
    BufferedSource peeked = response.peekBody(1 << 20).source();
    if ("gzip".equalsIgnoreCase(response.header("Content-Encoding"))) {
      try (BufferedSource unzipped = Okio.buffer(new GzipSource(peeked))) {
        return unzipped.readString(StandardCharsets.UTF_8);
      }
    }
    Buffer buffer = new Buffer();
    peeked.readAll(buffer);
    return buffer.readString(StandardCharsets.UTF_8);
  }

  private static Map<String, Route> readSpec() {
    String spec;
    try (InputStream in = OperationRecorder.class.getClassLoader().getResourceAsStream("ai/thehog/spec/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("ai/thehog/spec/openapi.yaml not on the test classpath (hog-spec)");
      }
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(spec, null, null);
    OpenAPI api = parsed.getOpenAPI();
    Map<String, Route> routes = new LinkedHashMap<>();
    // Each template matches whole paths only: /api/v1/search never matches /api/v1/search/{id}.
    List<Map.Entry<String, PathItem>> paths = new ArrayList<>(api.getPaths().entrySet());
    for (Map.Entry<String, PathItem> path : paths) {
      Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^/]+}", "[^/]+"));
      path.getValue().readOperationsMap().forEach((method, operation) ->
          routes.put(operation.getOperationId(), new Route(method.name(), pattern)));
    }
    return routes;
  }
}
