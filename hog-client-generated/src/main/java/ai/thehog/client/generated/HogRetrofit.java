package ai.thehog.client.generated;

import ai.thehog.model.json.HogJson;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/** Builds a {@link Retrofit} that can create every generated API interface of this package. */
public final class HogRetrofit {

  private HogRetrofit() {
  }

  /**
   * A Retrofit over {@code client} for {@code baseUrl} (its path, if any, must end with '/'),
   * with the SDK's Moshi and {@link SyncOrAsync} support.
   *
   * @param baseUrl the API's base URL, e.g. {@code https://developer.thehog.ai/}
   * @param client the OkHttp client that sends the calls
   * @return a Retrofit that creates the generated API interfaces
   */
  public static Retrofit create(HttpUrl baseUrl, OkHttpClient client) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(client)
        .addCallAdapterFactory(SyncOrAsyncCallAdapterFactory.create())
        .addConverterFactory(MoshiConverterFactory.create(HogJson.moshi()))
        .build();
  }
}
