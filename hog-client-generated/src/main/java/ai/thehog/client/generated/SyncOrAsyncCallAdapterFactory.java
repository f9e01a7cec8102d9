package ai.thehog.client.generated;

import ai.thehog.model.OperationAccepted;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Converter;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Lets a Retrofit method return {@code Call<SyncOrAsync<T>>}: a 202 answer is decoded as an
 * {@link OperationAccepted}, any other 2xx answer as {@code T}, and error answers are left to
 * {@link Response#errorBody()} as usual.
 */
public final class SyncOrAsyncCallAdapterFactory extends CallAdapter.Factory {

  private SyncOrAsyncCallAdapterFactory() {
  }

  /**
   * Creates the factory; add it to the {@link Retrofit.Builder}.
   *
   * @return the factory
   */
  public static SyncOrAsyncCallAdapterFactory create() {
    return new SyncOrAsyncCallAdapterFactory();
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != Call.class || !(returnType instanceof ParameterizedType call)) {
      return null;
    }
    Type answer = getParameterUpperBound(0, call);
    if (getRawType(answer) != SyncOrAsync.class) {
      return null;
    }
    if (!(answer instanceof ParameterizedType parameterized)) {
      throw new IllegalArgumentException("SyncOrAsync must be parameterized, e.g. SyncOrAsync<EnrichmentResponse>");
    }
    Converter<ResponseBody, Object> completed =
        retrofit.responseBodyConverter(getParameterUpperBound(0, parameterized), annotations);
    Converter<ResponseBody, OperationAccepted> accepted =
        retrofit.responseBodyConverter(OperationAccepted.class, annotations);
    return new CallAdapter<ResponseBody, Call<SyncOrAsync<Object>>>() {
      @Override
      public Type responseType() {
        return ResponseBody.class;
      }

      @Override
      public Call<SyncOrAsync<Object>> adapt(Call<ResponseBody> delegate) {
        return new SyncOrAsyncCall<>(delegate, completed, accepted);
      }
    };
  }

  private static final class SyncOrAsyncCall<T> implements Call<SyncOrAsync<T>> {
    private final Call<ResponseBody> delegate;
    private final Converter<ResponseBody, T> completed;
    private final Converter<ResponseBody, OperationAccepted> accepted;

    SyncOrAsyncCall(Call<ResponseBody> delegate, Converter<ResponseBody, T> completed,
        Converter<ResponseBody, OperationAccepted> accepted) {
      this.delegate = delegate;
      this.completed = completed;
      this.accepted = accepted;
    }

    @Override
    public Response<SyncOrAsync<T>> execute() throws IOException {
      return decode(delegate.execute());
    }

    @Override
    public void enqueue(Callback<SyncOrAsync<T>> callback) {
      delegate.enqueue(new Callback<>() {
        @Override
        public void onResponse(Call<ResponseBody> call, Response<ResponseBody> response) {
          Response<SyncOrAsync<T>> decoded;
          try {
            decoded = decode(response);
          } catch (IOException | RuntimeException e) {
            callback.onFailure(SyncOrAsyncCall.this, e);
            return;
          }
          callback.onResponse(SyncOrAsyncCall.this, decoded);
        }

        @Override
        public void onFailure(Call<ResponseBody> call, Throwable failure) {
          callback.onFailure(SyncOrAsyncCall.this, failure);
        }
      });
    }

    private Response<SyncOrAsync<T>> decode(Response<ResponseBody> response) throws IOException {
      if (!response.isSuccessful()) {
        return Response.error(response.errorBody(), response.raw());
      }
      try (ResponseBody body = response.body()) {
        if (body == null) {
          throw new IOException("HTTP " + response.code() + " answer without a body");
        }
        SyncOrAsync<T> answer;
        if (response.code() == 202) {
          OperationAccepted operation = accepted.convert(body);
          if (operation == null) {
            throw new IOException("HTTP 202 answer with a null body");
          }
          answer = new SyncOrAsync.Accepted<>(operation);
        } else {
          T value = completed.convert(body);
          if (value == null) {
            throw new IOException("HTTP " + response.code() + " answer with a null body");
          }
          answer = new SyncOrAsync.Completed<>(value);
        }
        return Response.success(answer, response.raw());
      }
    }

    @Override
    public boolean isExecuted() {
      return delegate.isExecuted();
    }

    @Override
    public void cancel() {
      delegate.cancel();
    }

    @Override
    public boolean isCanceled() {
      return delegate.isCanceled();
    }

    @Override
    public Call<SyncOrAsync<T>> clone() {
      return new SyncOrAsyncCall<>(delegate.clone(), completed, accepted);
    }

    @Override
    public Request request() {
      return delegate.request();
    }

    @Override
    public Timeout timeout() {
      return delegate.timeout();
    }
  }
}
