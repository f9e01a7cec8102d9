package ai.thehog.client.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wire log, logger {@code ai.thehog.client.wire}: each attempt's method, URL, status and
 * headers at DEBUG, bodies at TRACE. Secret headers are replaced by {@code [redacted]} and any
 * occurrence of a secret in a body is removed.
 */
public final class WireLogInterceptor implements Interceptor {

  private static final Logger log = LoggerFactory.getLogger("ai.thehog.client.wire");
  private static final long MAX_BODY = 64 * 1024;

  private final Secrets secrets;

  public WireLogInterceptor(Secrets secrets) {
    this.secrets = secrets;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (!log.isDebugEnabled()) {
      return chain.proceed(chain.request());
    }
    Request request = chain.request();
    log.debug("--> {} {}{}", request.method(), secrets.redact(request.url().toString()), headers(request.headers()));
    if (log.isTraceEnabled() && request.body() != null) {
      log.trace("--> body {}", secrets.redact(body(request.body())));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log.debug("<-- failed {} {}: {}", request.method(), secrets.redact(request.url().toString()),
          secrets.redact(String.valueOf(e)));
      throw e;
    }
    log.debug("<-- {} {} ({} ms){}", response.code(), secrets.redact(request.url().toString()),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), headers(response.headers()));
    if (log.isTraceEnabled() && response.body() != null) {
      log.trace("<-- body {}", secrets.redact(response.peekBody(MAX_BODY).string()));
    }
    return response;
  }

  private String headers(Headers headers) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      text.append("\n    ").append(headers.name(i)).append(": ")
          .append(secrets.headerValue(headers.name(i), headers.value(i)));
    }
    return text.toString();
  }

  private static String body(RequestBody body) throws IOException {
    if (body instanceof okhttp3.MultipartBody multipart) {
      // A file's bytes are never logged: each part by its headers and size only.
      StringBuilder text = new StringBuilder(String.valueOf(multipart.contentType()));
      for (okhttp3.MultipartBody.Part part : multipart.parts()) {
        text.append("\n    part ").append(part.headers() == null ? "" : part.headers().get("Content-Disposition"))
            .append(" (").append(part.body().contentType()).append(", ").append(part.body().contentLength())
            .append(" bytes)");
      }
      return text.toString();
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    long size = buffer.size();
    String text = buffer.readString(Math.min(size, MAX_BODY), StandardCharsets.UTF_8);
    return size > MAX_BODY ? text + "… (" + size + " bytes)" : text;
  }
}
