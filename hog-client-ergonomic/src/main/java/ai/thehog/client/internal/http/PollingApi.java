package ai.thehog.client.internal.http;

import ai.thehog.client.internal.Deadline;
import ai.thehog.model.Operation;
import okhttp3.HttpUrl;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/** GET of an operation's pollUrl as the API gave it (the generated API only knows the id form). */
public interface PollingApi {

  @GET
  Call<Operation> poll(@Url HttpUrl pollUrl, @Tag Deadline deadline);
}
