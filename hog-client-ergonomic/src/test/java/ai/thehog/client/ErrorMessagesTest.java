package ai.thehog.client;

import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.common.RetryPolicy;
import ai.thehog.client.error.HogAuthenticationException;
import ai.thehog.client.error.HogBatchMappingException;
import ai.thehog.client.error.HogCostGuardException;
import ai.thehog.client.error.HogException;
import ai.thehog.client.error.HogInvalidRequestException;
import ai.thehog.client.error.HogNetworkException;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.error.HogOperationCancelledException;
import ai.thehog.client.error.HogOperationFailedException;
import ai.thehog.client.error.HogOperationTimeoutException;
import ai.thehog.client.error.HogPaymentRequiredException;
import ai.thehog.client.error.HogRateLimitException;
import ai.thehog.client.error.HogServerException;
import ai.thehog.client.internal.batch.RecordMatcher;
import ai.thehog.client.internal.http.IdempotencyKeys;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.PersonIdentifier;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every error type's message (issue 14): no doubled period, no sentence said twice, the validation
 * text once, and every method it names ({@code client.x().y(...)}) exists.
 */
class ErrorMessagesTest extends WireMockTestBase {

  private static final String RESEARCH = "/api/deep-research";

  private final List<Throwable> thrown = new ArrayList<>();

  private void apiError(String path, int status, String body, String... headers) {
    var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      response = response.withHeader(headers[i], headers[i + 1]);
    }
    server.stubFor(post(urlEqualTo(path)).willReturn(response));
  }

  private void collect(Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).as("an exception").isNotNull();
    thrown.add(t);
  }

  private static String error(int status, String error, String message, String errors) {
    return "{\"statusCode\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\""
        + (errors == null ? "" : ",\"errors\":" + errors) + ",\"requestId\":\"req_" + status + "\"}";
  }

  @Test
  void everyErrorTypeHasACleanMessage() {
    HogClient noRetries = builder().retryPolicy(RetryPolicy.none()).build();
    DeepResearchRequest research = DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build();
    String validation = "[{\"property\":\"query\",\"message\":\"query must not be empty.\"}]";
    apiError(RESEARCH, 400, error(400, "Bad Request", "Validation failed: query must not be empty.", validation));
    collect(() -> noRetries.deepResearch().start(research));
    HogException badRequest = (HogException) thrown.get(0);
    assertThat(badRequest.getMessage().split("must not be empty", -1)).as("validation text once").hasSize(2);

    for (int status : new int[] {401, 404, 422, 500}) {
      apiError(RESEARCH, status, error(status, "Error " + status, "It went wrong.", null));
      collect(() -> noRetries.deepResearch().start(research));
    }
    apiError(RESEARCH, 429, error(429, "Too Many Requests", "Slow down.", null), "Retry-After", "3");
    collect(() -> noRetries.deepResearch().start(research));
    // A client without retries is not held back silently by the 429's pause (its next call would fail
    // at once, RateLimitRespectsTheCallerTest): the caller waits the 3 s it was told.
    clock.advance(Duration.ofSeconds(3));
    apiError("/api/enrichments", 402, error(402, "Payment Required", "Insufficient credits: 50 left.", null));
    collect(() -> noRetries.enrichments().submit(EnrichmentRequest.builder()
        .identifier(PersonIdentifier.builder().email("j@acme.example").build()).fields(List.of("profile")).build()));
    HogException paymentOnEnrichments = (HogException) thrown.get(thrown.size() - 1);
    assertThat(paymentOnEnrichments).isInstanceOf(HogPaymentRequiredException.class)
        .hasMessageContaining("client.enrichments().estimate(request)");
    apiError("/api/generate", 402, error(402, "Payment Required", "Insufficient credits.", null));
    collect(() -> noRetries.generate().submit(GenerateRequest.builder().build()));

    // Operations: failed (reason ending in a period), cancelled, timed out; batch mapping; cost guard; network.
    server.stubFor(post(urlEqualTo(RESEARCH)).willReturn(
        SpecResponses.json("POST", RESEARCH, 202, SpecResponses.accepted("op_1"))));
    for (String status : List.of("failed", "cancelled", "processing")) {
      server.stubFor(get(urlEqualTo("/api/operations/op_1")).willReturn(SpecResponses.json("GET",
          "/api/operations/op_1", 200, SpecResponses.operation("op_1", status, 10, "null",
              status.equals("failed") ? "{\"code\":\"E1\",\"message\":\"Provider timed out.\"}" : null))));
      collect(() -> client.deepResearch().researchAndAwait(research, Duration.ofMinutes(1)));
    }
    server.stubFor(post(urlEqualTo("/api/generate/estimate")).willReturn(SpecResponses.json("POST",
        "/api/generate/estimate", 200, "{\"data\":{\"estimatedCredits\":50,\"likelySyncOrAsync\":\"async\","
            + "\"expectedLatencyRange\":\"10-30s\",\"withinPlanLimits\":true},\"meta\":{\"requestId\":\"req_est\"}}")));
    collect(() -> client.generate().submit(GenerateRequest.builder().build(),
        RequestOptions.builder().maxCredits(10).build()));
    collect(() -> RecordMatcher.match(List.of(PersonIdentifier.builder().email("a@b.c").build()),
        null, "op_9", "req_9"));
    HogClient nowhere = HogClient.builder().environment(java.util.Map.of()).baseUrl("http://127.0.0.1:1")
        .accessKey(ACCESS).secretKey(SECRET).clock(clock).retryPolicy(RetryPolicy.none()).build();
    collect(() -> nowhere.deepResearch().start(research));
    noRetries.close();
    nowhere.close();

    Set<Class<?>> types = new HashSet<>();
    for (Throwable t : thrown) {
      types.add(t.getClass());
      String message = t.getMessage();
      assertThat(message).as(t.getClass().getSimpleName()).doesNotContain("..").doesNotContain(" .");
      List<String> sentences = List.of(message.split("(?<=\\.) "));
      assertThat(sentences).as("sentences of " + message).doesNotHaveDuplicates();
      assertNamedMethodsExist(message);
    }
    assertThat(types).contains(HogInvalidRequestException.class, HogAuthenticationException.class,
        HogPaymentRequiredException.class, HogNotFoundException.class, HogRateLimitException.class,
        HogServerException.class, HogOperationFailedException.class, HogOperationCancelledException.class,
        HogOperationTimeoutException.class, HogCostGuardException.class, HogBatchMappingException.class,
        HogNetworkException.class);
  }

  @Test
  void anIdempotencyKeyOf255CharactersIsAccepted() {
    String key = "k".repeat(255);
    server.stubFor(post(urlEqualTo(RESEARCH)).willReturn(
        SpecResponses.json("POST", RESEARCH, 202, SpecResponses.accepted("op_1"))));
    client.deepResearch().start(DeepResearchRequest.builder().prompt("Acme Corp").schema(java.util.Map.of()).build(),
        RequestOptions.builder().idempotencyKey(key).build());
    assertThat(server.findAll(postRequestedFor(urlEqualTo(RESEARCH))).get(0).getHeader("Idempotency-Key"))
        .isEqualTo(key);
    assertThat(catchThrowable(() -> RequestOptions.builder().idempotencyKey(key + "k")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("255");
    // A batch part of a long key stays within the limit.
    assertThat(IntStream.of(1, 99).mapToObj(part -> IdempotencyKeys.choose(RequestOptions.builder()
        .idempotencyKey(key).build(), "/api/enrichments", "x", part))).allMatch(k -> k.length() <= 255);
  }

  private static final Pattern CHAIN = Pattern.compile("\\b(client|HogClient)((?:\\.[a-zA-Z]+\\([^()]*\\))+)");
  private static final Pattern CALL = Pattern.compile("\\.([a-zA-Z]+)\\(([^()]*)\\)");

  /** Every {@code client.a().b(...)} or {@code HogClient.builder().c(...)} in {@code message} resolves by reflection. */
  static void assertNamedMethodsExist(String message) {
    Matcher chain = CHAIN.matcher(message);
    while (chain.find()) {
      Class<?> type = HogClient.class;
      boolean statics = chain.group(1).equals("HogClient");
      Matcher call = CALL.matcher(chain.group(2));
      while (call.find()) {
        String name = call.group(1);
        boolean hasArguments = !call.group(2).isBlank();
        Method found = null;
        for (Method method : type.getMethods()) {
          if (method.getName().equals(name) && Modifier.isStatic(method.getModifiers()) == statics
              && (method.getParameterCount() > 0) == hasArguments) {
            found = method;
          }
        }
        assertThat(found).as("method " + type.getSimpleName() + "." + name + " named in: " + message).isNotNull();
        type = found.getReturnType();
        statics = false;
      }
    }
  }

  @Test
  void theCheckCatchesAMethodThatDoesNotExist() {
    assertThat(catchThrowable(() -> assertNamedMethodsExist("check the cost first with client.estimates().nope()")))
        .isInstanceOf(AssertionError.class);
    assertNamedMethodsExist("resume it with client.operations().resume(\"op_1\") or client.enrichments()"
        + ".estimate(request)");
  }
}
