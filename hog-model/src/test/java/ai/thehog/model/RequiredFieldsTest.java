package ai.thehog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.json.HogJson;
import ai.thehog.model.json.Required;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A required property the spec does not make nullable is never null in a parsed record. */
class RequiredFieldsTest {

  private final JsonAdapter<XPostListResponse> posts = HogJson.moshi().adapter(XPostListResponse.class);

  private static String post(String id) {
    return "{" + (id == null ? "" : "\"id\":" + id + ",") + "\"text\":\"hi\",\"is_retweet\":false}";
  }

  private static String list(String... posts) {
    return "{\"data\":[" + String.join(",", posts) + "],\"meta\":{\"requestId\":\"req_1\"}}";
  }

  @Test
  void aCompleteAnswerParses() throws IOException {
    XPostListResponse answer = posts.fromJson(list(post("\"1\""), post("\"2\"")));
    assertThat(answer.data()).extracting(XPost::id).containsExactly("1", "2");
    assertThat(answer.meta().requestId()).isEqualTo("req_1");
  }

  @Test
  void aMissingRequiredPropertyNamesItsPathTypeAndField() {
    String json = list(post("\"1\""), post("\"2\""), post("\"3\""), post(null));
    assertThatThrownBy(() -> posts.fromJson(json))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.data[3].id")
        .hasMessageContaining("XPost.id");
  }

  @Test
  void aNullRequiredPropertyFailsLikeAMissingOne() {
    assertThatThrownBy(() -> posts.fromJson(list(post("\"1\""), post("null"))))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.data[1].id");
  }

  @Test
  void aMissingRequiredPropertyOfAnOpenRecordNamesItsPath() {
    // ResponseMeta keeps unknown keys (an open record); its requestId is still required.
    assertThatThrownBy(() -> posts.fromJson("{\"data\":[],\"meta\":{\"request_id\":\"req_1\"}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.meta.requestId")
        .hasMessageContaining("ResponseMeta.requestId");
  }

  @Test
  void aMissingEnvelopePropertyIsNamedAtTheRoot() {
    assertThatThrownBy(() -> posts.fromJson("{\"data\":[]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.meta");
  }

  @Test
  void optionalAndNullablePropertiesMayBeMissingOrNull() throws IOException {
    XPost parsed = HogJson.moshi().adapter(XPost.class)
        .fromJson("{\"id\":\"1\",\"text\":\"t\",\"is_retweet\":true,\"lang\":null}");
    assertThat(parsed.lang()).isNull();
    assertThat(parsed.url()).isNull();
    assertThat(parsed.isRetweet()).isTrue();
  }

  @Test
  void nullablePropertiesAreNotMarked() {
    // LinkedInPost.repostedBy: nullable, and the sources disagree (x-hog-contract): never @Required.
    assertThat(required(LinkedInPost.class)).doesNotContain("repostedBy");
    assertThat(required(XPost.class)).containsExactlyInAnyOrder("id", "text", "isRetweet");
  }

  @Test
  void theBuilderRefusesAMissingRequiredProperty() {
    assertThatThrownBy(() -> XPost.builder().id("1").isRetweet(false).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("XPost.text");
  }

  @Test
  void writingAndReadingBackKeepsTheValues() throws IOException {
    String json = list(post("\"1\""));
    XPostListResponse answer = posts.fromJson(json);
    assertThat(posts.fromJson(posts.toJson(answer))).isEqualTo(answer);
  }

  private static java.util.List<String> required(Class<?> type) {
    return Arrays.stream(type.getRecordComponents())
        .filter(c -> c.isAnnotationPresent(Required.class))
        .map(RecordComponent::getName)
        .toList();
  }
}
