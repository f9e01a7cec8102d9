package ai.thehog.client.internal.http;

import ai.thehog.client.error.HogException;
import ai.thehog.client.error.HogNetworkException;
import ai.thehog.client.internal.HogClock;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import retrofit2.Call;
import retrofit2.Response;

/** Executes generated Retrofit calls and turns every failure into a {@link HogException}. */
public final class ApiCalls {

  private final ErrorMapper errors;
  private final Secrets secrets;
  private final HogClock clock;

  public ApiCalls(Secrets secrets, HogClock clock) {
    this.errors = new ErrorMapper(secrets);
    this.secrets = secrets;
    this.clock = clock;
  }

  /** Executes {@code call}; {@code what} names it in messages, e.g. "POST /api/enrichments". */
  public <T> Response<T> execute(Call<T> call, String what) {
    Response<T> response;
    AnswerRequestIds.clear();
    try {
      response = call.execute();
    } catch (JsonEncodingException | JsonDataException malformed) {
      String requestId = AnswerRequestIds.take();
      throw new HogException(what + " failed: the answer was not the JSON the spec describes ("
          + secrets.redact(malformed.getMessage()) + "). Retry later; if it persists, report it with the request"
          + (requestId == null ? "." : " id " + requestId + "."), requestId, malformed);
    } catch (InterruptedIOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new HogNetworkException(what + " was interrupted; nothing more is sent.", e);
      }
      throw network(what, e);
    } catch (IOException e) {
      throw network(what, e);
    }
    AnswerRequestIds.clear();
    if (!response.isSuccessful()) {
      throw errors.toException(response, what, clock.instant());
    }
    return response;
  }

  private HogNetworkException network(String what, IOException e) {
    return new HogNetworkException(what + " failed: " + secrets.redact(String.valueOf(e))
        + ". The API could not be reached or its answer was cut off, after every retry allowed; check the"
        + " network and base URL, then retry (a POST is safe to repeat with the same Idempotency-Key).", e);
  }

  public static String requestId(Response<?> response) {
    return response.headers().get("X-Request-Id");
  }
}
