package ai.thehog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.json.FreeForm;
import ai.thehog.model.json.HogJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The free-form {@code data} of the older endpoints: read as it is, or as a type of one's own. */
class FreeFormTest {

  /** A type of the caller's own. */
  record Dossier(String name, List<String> emails, long followers) {
  }

  private static FreeForm read(String json) throws IOException {
    return new FreeForm(HogJson.moshi().adapter(Object.class).fromJson(json));
  }

  @Test
  void anObjectIsReadAsItIsOrAsTheCallersType() throws IOException {
    FreeForm data = read("{\"name\":\"Jane\",\"emails\":[\"j@acme.example\"],\"followers\":12345678901}");

    assertThat(data.isObject()).isTrue();
    assertThat(data.isArray()).isFalse();
    assertThat(data.asObject()).containsEntry("name", "Jane");
    assertThat(data.as(Dossier.class)).isEqualTo(new Dossier("Jane", List.of("j@acme.example"), 12345678901L));
    assertThatThrownBy(data::asArray).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is a JSON object, not a JSON array");
  }

  @Test
  void anArrayKeepsItsNumbersExact() throws IOException {
    FreeForm data = read("[{\"score\":0.1},{\"score\":12345678901234567890}]");

    assertThat(data.isArray()).isTrue();
    assertThat(data.asArray()).hasSize(2);
    assertThat(new BigDecimal(String.valueOf(((Map<?, ?>) data.asArray().get(1)).get("score"))))
        .isEqualByComparingTo("12345678901234567890");
    assertThatThrownBy(data::asObject).isInstanceOf(IllegalStateException.class).hasMessageContaining("a JSON array");
    assertThatThrownBy(() -> data.as(Dossier.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit").hasMessageContaining("Dossier");
  }
}
