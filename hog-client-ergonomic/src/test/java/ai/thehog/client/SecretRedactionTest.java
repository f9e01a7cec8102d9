package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.SearchRequest;
import ai.thehog.sandbox.HogSandbox;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event at TRACE (wire log with headers and bodies included) during full
 * flows, and every exception message and toString(), and checks no secret appears anywhere.
 */
class SecretRedactionTest extends WireMockTestBase {

  private static final String BEARER = "tok_bearer_VERY_SECRET_987";
  private static final String WRONG_SECRET = "sk_wrong_but_still_secret_555";

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final List<String> texts = new ArrayList<>();
  private Level previousRoot;
  private Level previousClient;

  @BeforeEach
  void captureAllLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger clientLogger = context.getLogger("ai.thehog.client");
    previousRoot = root.getLevel();
    previousClient = clientLogger.getLevel();
    root.setLevel(Level.TRACE);
    clientLogger.setLevel(Level.TRACE);
    captured.setContext(context);
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void restoreLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(captured);
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(previousRoot);
    context.getLogger("ai.thehog.client").setLevel(previousClient);
  }

  private void keep(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
    }
  }

  private List<String> everything() {
    List<String> all = new ArrayList<>(texts);
    for (ILoggingEvent event : captured.list) {
      all.add(event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        all.add(t.getMessage());
      }
    }
    return all;
  }

  @Test
  void aFullFlowWithErrorsNeverShowsTheSecret() {
    server.stubFor(post(urlEqualTo("/api/deep-research")).willReturn(
        SpecResponses.json("POST", "/api/deep-research", 202, SpecResponses.accepted("op_1"))));
    server.stubFor(get(urlEqualTo("/api/operations/op_1")).willReturn(SpecResponses.json("GET", "/api/operations/op_1",
        200, SpecResponses.operation("op_1", "failed", null, "null", "{\"message\":\"bad key " + SECRET + "\"}"))));
    // An API that echoes the secret back in an error body.
    server.stubFor(post(urlEqualTo("/api/v1/search")).willReturn(SpecResponses.json("POST", "/api/v1/search", 500,
        SpecResponses.error(500, "Internal Server Error", "header was " + SECRET))));

    keep(catchThrowable(() -> client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme")
        .schema(java.util.Map.of()).putAdditionalProperty("note", "my key is " + SECRET).build())
        .await(Duration.ofMinutes(1))));
    keep(catchThrowable(() -> client.search().start(SearchRequest.builder().type(ai.thehog.model.SearchType.WEB_SEARCH).query("acme").build())));
    texts.add(client.toString());
    texts.add(builder().toString());

    List<String> all = everything();
    assertThat(captured.list).extracting(ILoggingEvent::getLevel).contains(Level.TRACE, Level.DEBUG);
    assertThat(String.join("\n", all)).contains("X-Secret-Key: [redacted]", "[redacted]", "op_1", "HTTP 500");
    assertThat(all).noneMatch(text -> text != null && text.contains(SECRET));
  }

  @Test
  void bearerTokensAreRedactedToo() {
    server.stubFor(post(urlEqualTo("/api/v1/search")).willReturn(SpecResponses.json("POST", "/api/v1/search", 401,
        SpecResponses.error(401, "Unauthorized", "token " + BEARER + " unknown"))));
    try (HogClient bearer = HogClient.builder().environment(Map.of()).baseUrl(server.baseUrl()).bearerToken(BEARER)
        .clock(clock).build()) {
      keep(catchThrowable(() -> bearer.search().start(SearchRequest.builder().type(ai.thehog.model.SearchType.WEB_SEARCH).query("acme").build())));
      texts.add(bearer.toString());
    }
    List<String> all = everything();
    assertThat(String.join("\n", all)).contains("Authorization: [redacted]", "HTTP 401");
    assertThat(all).noneMatch(text -> text != null && text.contains(BEARER));
  }

  @Test
  void aFullFlowAgainstTheSandboxNeverShowsTheSecret() {
    try (HogSandbox sandbox = HogSandbox.builder().port(0).accessKey(ACCESS).secretKey(SECRET).timeScale(20.0)
        .operationDuration(Duration.ofSeconds(2)).build().start();
        HogClient hog = HogClient.builder().environment(Map.of()).connection(sandbox.connection()).build();
        HogClient wrong = HogClient.builder().environment(Map.of()).baseUrl(sandbox.baseUrl()).accessKey(ACCESS)
            .secretKey(WRONG_SECRET).timeScale(20.0).build()) {
      hog.enrichments().enrich(PersonIdentifier.builder().email("jane@acme.example").build(), List.of("contact.email"));
      hog.enrichments().enrichAll(IntStream.range(0, 3).mapToObj(i -> PersonIdentifier.builder()
          .email("p" + i + "@acme.example").build()).toList(), List.of("contact.email", "signals"));
      keep(catchThrowable(() -> wrong.enrichments().enrich(PersonIdentifier.builder().email("x@acme.example").build(),
          List.of("contact.email"))));
      texts.add(hog.toString());
      texts.add(wrong.toString());
    }
    List<String> all = everything();
    assertThat(texts).anyMatch(t -> t.contains("HTTP 401"));
    assertThat(all).noneMatch(text -> text != null && (text.contains(SECRET) || text.contains(WRONG_SECRET)));
  }
}
