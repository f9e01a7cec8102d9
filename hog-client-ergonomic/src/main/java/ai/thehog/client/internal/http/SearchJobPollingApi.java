package ai.thehog.client.internal.http;

import ai.thehog.client.internal.Deadline;
import ai.thehog.model.SearchJob;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Tag;

/** GET of a search job carrying the deadline of the wait that polls it (the generated API takes no tag). */
public interface SearchJobPollingApi {

  @GET("api/v1/search/{id}")
  Call<SearchJob> poll(@Path("id") String id, @Tag Deadline deadline);
}
