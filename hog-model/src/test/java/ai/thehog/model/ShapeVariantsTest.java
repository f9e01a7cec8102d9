package ai.thehog.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.model.json.HogJson;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where page 06 and page 07 disagree on a shape, both are read into the one Java type. */
class ShapeVariantsTest {

  private final JsonAdapter<LinkedInProfile> profiles = HogJson.moshi().adapter(LinkedInProfile.class);

  @Test
  void experienceEducationAndCertificationsAsArrays() throws IOException {
    LinkedInProfile profile = profiles.fromJson("{\"username\":\"jane\",\"experience\":[{\"title\":\"CTO\"},"
        + "{\"title\":\"Engineer\",\"years\":3}],\"education\":[],\"certifications\":[{\"name\":\"AWS\"}]}");
    assertThat(profile.experience()).containsExactly(Map.of("title", "CTO"), Map.of("title", "Engineer", "years", 3L));
    assertThat(profile.education()).isEmpty();
    assertThat(profile.certifications()).containsExactly(Map.of("name", "AWS"));
  }

  @Test
  void experienceEducationAndCertificationsAsObjectsAreListsHoldingThem() throws IOException {
    LinkedInProfile profile = profiles.fromJson("{\"username\":\"jane\",\"experience\":{\"positions\":[{\"title\":\"CTO\"}],"
        + "\"total\":1},\"education\":{\"school\":\"MIT\"},\"certifications\":{}}");
    assertThat(profile.experience()).containsExactly(Map.of("positions", List.of(Map.of("title", "CTO")), "total", 1L));
    assertThat(profile.education()).containsExactly(Map.of("school", "MIT"));
    assertThat(profile.certifications()).containsExactly(Map.of());
    assertThat(profiles.toJson(profile)).contains("\"experience\":[{\"positions\":[{\"title\":\"CTO\"}],\"total\":1}]");
  }

  @Test
  void otherListsStillRefuseAnObject() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> profiles.fromJson("{\"username\":\"jane\",\"skills\":{}}"))
        .isInstanceOf(com.squareup.moshi.JsonDataException.class)
        .hasMessageContaining("$.skills");
  }

  @Test
  void absentOrNullStaysNull() throws IOException {
    LinkedInProfile profile = profiles.fromJson("{\"username\":\"jane\",\"experience\":null}");
    assertThat(profile.experience()).isNull();
    assertThat(profile.education()).isNull();
  }
}
