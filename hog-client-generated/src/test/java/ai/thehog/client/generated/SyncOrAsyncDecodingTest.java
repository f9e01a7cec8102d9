package ai.thehog.client.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.EnrichmentResponse;
import ai.thehog.model.ErrorResponse;
import ai.thehog.model.OperationStatus;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.json.HogJson;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** An operation that answers 200 or 202 is told apart by its status code, never by its body. */
class SyncOrAsyncDecodingTest {

  private MockWebServer server;
  private EnrichmentsApi enrichments;

  private final EnrichmentRequest request = EnrichmentRequest.builder()
      .fields(List.of("contact.email"))
      .identifier(PersonIdentifier.builder().email("jane@example.com").build())
      .build();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    enrichments = HogRetrofit.create(server.url("/"), new OkHttpClient()).create(EnrichmentsApi.class);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void twoHundredIsACompletedEnvelope() throws Exception {
    server.enqueue(json(200, "{\"data\":{\"contact\":{\"email\":\"jane@acme.example\"},\"score\":7},"
        + "\"meta\":{\"requestId\":\"req_1\",\"cost\":{\"estimated\":2,\"actual\":1}}}"));

    Response<SyncOrAsync<EnrichmentResponse>> response =
        enrichments.submitEnrichment(request, "key-1", "proj_1").execute();

    assertThat(response.body()).isInstanceOfSatisfying(SyncOrAsync.Completed.class, completed -> {
      EnrichmentResponse body = (EnrichmentResponse) completed.body();
      assertThat(body.data()).containsEntry("score", 7L);
      assertThat(body.meta().cost().actual()).isEqualTo(1L);
    });
    RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getPath()).isEqualTo("/api/enrichments");
    assertThat(recorded.getHeader("Idempotency-Key")).isEqualTo("key-1");
    assertThat(recorded.getHeader("X-Project-Id")).isEqualTo("proj_1");
    assertThat(recorded.getBody().readUtf8())
        .isEqualTo("{\"fields\":[\"contact.email\"],\"identifier\":{\"email\":\"jane@example.com\"}}");
  }

  @Test
  void twoOhTwoIsAnAcceptedOperationEvenInTheOlderShape() throws Exception {
    server.enqueue(json(202, "{\"operationId\":\"op_9\",\"status\":\"queued\","
        + "\"pollUrl\":\"https://api.thehog.ai/api/operations/op_9\",\"meta\":{\"requestId\":\"r\",\"estimatedCost\":20}}"));

    Response<SyncOrAsync<EnrichmentResponse>> response = enrichments.submitEnrichment(request, null, null).execute();

    assertThat(response.code()).isEqualTo(202);
    assertThat(response.body()).isInstanceOfSatisfying(SyncOrAsync.Accepted.class, accepted -> {
      assertThat(accepted.operation().id()).isNull();
      assertThat(accepted.operation().operationId()).isEqualTo("op_9");
      assertThat(accepted.operation().status()).isEqualTo(OperationStatus.QUEUED);
      assertThat(accepted.operation().meta().estimatedCost()).isEqualTo(20L);
    });
    RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded.getHeader("Idempotency-Key")).isNull();
    assertThat(recorded.getHeader("X-Project-Id")).isNull();
  }

  @Test
  void aTwoHundredShapedBodyOnA202IsNotMistakenForData() throws Exception {
    // The body looks like an envelope, but 202 means accepted: it must be decoded as an operation.
    // (A 202's `data` is the accepted handle, whose keys are required: it cannot be empty.)
    server.enqueue(json(202, "{\"data\":{\"id\":\"op_1\",\"operationId\":\"op_1\",\"status\":\"queued\","
        + "\"pollUrl\":\"/api/operations/op_1\"},\"meta\":{\"requestId\":\"r\"},\"operationId\":\"op_1\","
        + "\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_1\"}"));

    SyncOrAsync<EnrichmentResponse> answer = enrichments.submitEnrichment(request, null, null).execute().body();

    assertThat(answer).isInstanceOf(SyncOrAsync.Accepted.class);
  }

  @Test
  void errorsAreLeftToTheErrorBody() throws Exception {
    server.enqueue(json(400, "{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":\"Validation failed\","
        + "\"errors\":[{\"property\":\"fields\",\"message\":\"fields must not be empty\",\"constraints\":{\"minItems\":\"1\"}}]}"));

    Response<SyncOrAsync<EnrichmentResponse>> response = enrichments.submitEnrichment(request, null, null).execute();

    assertThat(response.isSuccessful()).isFalse();
    assertThat(response.body()).isNull();
    ErrorResponse error = HogJson.moshi().adapter(ErrorResponse.class).fromJson(response.errorBody().source());
    assertThat(error.errors()).singleElement().satisfies(e -> {
      assertThat(e.property()).isEqualTo("fields");
      assertThat(e.constraints()).containsEntry("minItems", "1");
    });
  }

  @Test
  void aMissingBodyIsAnIoErrorNotANull() {
    server.enqueue(new MockResponse().setResponseCode(202));

    assertThatThrownBy(() -> enrichments.submitEnrichment(request, null, null).execute())
        .isInstanceOf(IOException.class);
  }

  @Test
  void enqueueDecodesTheSameWay() throws Exception {
    server.enqueue(json(202, "{\"id\":\"op_2\",\"operationId\":\"op_2\",\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_2\"}"));
    CompletableFuture<SyncOrAsync<EnrichmentResponse>> future = new CompletableFuture<>();

    enrichments.submitEnrichment(request, null, null).enqueue(new Callback<>() {
      @Override
      public void onResponse(Call<SyncOrAsync<EnrichmentResponse>> call, Response<SyncOrAsync<EnrichmentResponse>> response) {
        future.complete(response.body());
      }

      @Override
      public void onFailure(Call<SyncOrAsync<EnrichmentResponse>> call, Throwable failure) {
        future.completeExceptionally(failure);
      }
    });

    assertThat(future.get(5, TimeUnit.SECONDS)).isInstanceOfSatisfying(SyncOrAsync.Accepted.class,
        accepted -> assertThat(accepted.operation().id()).isEqualTo("op_2"));
  }

  @Test
  void aClonedCallCanBeExecutedAgain() throws Exception {
    server.enqueue(json(202, "{\"operationId\":\"op_3\",\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_3\"}"));
    server.enqueue(json(202, "{\"operationId\":\"op_3\",\"status\":\"queued\",\"pollUrl\":\"/api/operations/op_3\"}"));
    Call<SyncOrAsync<EnrichmentResponse>> call = enrichments.submitEnrichment(request, "same-key", null);

    call.execute();
    Response<SyncOrAsync<EnrichmentResponse>> again = call.clone().execute();

    assertThat(again.body()).isInstanceOf(SyncOrAsync.Accepted.class);
    assertThat(server.takeRequest().getHeader("Idempotency-Key")).isEqualTo("same-key");
    assertThat(server.takeRequest().getHeader("Idempotency-Key")).isEqualTo("same-key");
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
  }
}
