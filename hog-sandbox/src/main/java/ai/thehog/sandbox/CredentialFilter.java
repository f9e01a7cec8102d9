package ai.thehog.sandbox;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A WireMock request filter that checks credentials before anything else sees the request, then
 * replaces the secret (X-Secret-Key, a Bearer token) with "[redacted]" so that neither the request
 * journal nor any later step ever holds it. The outcome travels to {@link SandboxTransformer} as a
 * one-time ticket header whose value is a random UUID known only to this filter.
 */
final class CredentialFilter implements StubRequestFilterV2 {

  static final String TICKET_HEADER = "X-Sandbox-Auth-Ticket";
  static final String REDACTED = "[redacted]";

  enum Scheme { KEYS, BEARER }

  /** The outcome of the credential check: the access key and scheme, or why it failed. */
  record Outcome(String accessKey, Scheme scheme, String failure) {
    boolean authenticated() {
      return accessKey != null;
    }
  }

  private final Map<String, String> credentials;
  private final Map<String, Outcome> tickets = new ConcurrentHashMap<>();

  CredentialFilter(Map<String, String> credentials) {
    this.credentials = Map.copyOf(credentials);
  }

  @Override
  public String getName() {
    return "hog-sandbox-credentials";
  }

  @Override
  public boolean applyToAdmin() {
    return false;
  }

  @Override
  public boolean applyToStubs() {
    return true;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    Outcome outcome = check(request);
    String ticket = UUID.randomUUID().toString();
    tickets.put(ticket, outcome);
    RequestWrapper.Builder wrapper = RequestWrapper.create().addHeader(TICKET_HEADER, ticket);
    if (request.containsHeader("X-Secret-Key")) {
      wrapper.transformHeader("X-Secret-Key", values -> List.of(REDACTED));
    }
    if (request.containsHeader("Authorization")) {
      wrapper.transformHeader("Authorization", values -> List.of(REDACTED));
    }
    return RequestFilterAction.continueWith(wrapper.wrap(request));
  }

  /** Takes (once) the outcome recorded for a request, or a failure when it carries no valid ticket. */
  Outcome redeem(Request request) {
    HttpHeader header = request.header(TICKET_HEADER);
    if (header != null && header.isPresent()) {
      for (String value : header.values()) {
        Outcome outcome = tickets.remove(value);
        if (outcome != null) {
          return outcome;
        }
      }
    }
    return new Outcome(null, null, "Missing credentials: send X-Access-Key and X-Secret-Key.");
  }

  private Outcome check(Request request) {
    String access = request.getHeader("X-Access-Key");
    String secret = request.getHeader("X-Secret-Key");
    if (access != null || secret != null) {
      if (access == null || secret == null) {
        return new Outcome(null, null, "Both X-Access-Key and X-Secret-Key are required.");
      }
      String expected = credentials.get(access);
      if (expected == null || !constantTimeEquals(expected, secret)) {
        return new Outcome(null, null, "Invalid access key or secret key.");
      }
      return new Outcome(access, Scheme.KEYS, null);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return new Outcome(null, null, "Unsupported Authorization scheme: use X-Access-Key and X-Secret-Key.");
      }
      String token = authorization.substring(7).trim();
      for (Map.Entry<String, String> c : credentials.entrySet()) {
        if (constantTimeEquals(c.getValue(), token)) {
          return new Outcome(c.getKey(), Scheme.BEARER, null);
        }
      }
      return new Outcome(null, null, "Invalid Bearer token.");
    }
    return new Outcome(null, null, "Missing credentials: send X-Access-Key and X-Secret-Key.");
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
