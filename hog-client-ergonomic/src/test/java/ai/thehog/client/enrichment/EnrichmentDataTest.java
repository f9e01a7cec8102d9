package ai.thehog.client.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.OperationError;
import ai.thehog.model.PersonIdentifier;
import ai.thehog.model.RecordStatus;
import ai.thehog.model.json.HogJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Typed reading of enrichment data, from data decoded as the client decodes it. */
class EnrichmentDataTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String text) throws IOException {
    return (Map<String, Object>) HogJson.moshi().adapter(Object.class).fromJson(text);
  }

  @Test
  void readsNestedFieldsWithTheirTypes() throws IOException {
    EnrichmentData person = EnrichmentData.of(json("""
        {"contact": {"email": "jane@acme.example", "emailVerified": true, "phone": "+1-555"},
         "profile": {"title": "VP of Sales", "yearsOfExperience": 12},
         "company": {"name": "Acme", "employee_count": 1200},
         "signals": [{"type": "hiring"}]}"""));
    assertThat(person.found()).isTrue();
    assertThat(person.notAvailable()).isEmpty();
    assertThat(person.get(EnrichmentField.CONTACT_EMAIL)).contains("jane@acme.example");
    assertThat(person.get(EnrichmentField.CONTACT_EMAIL_VERIFIED)).contains(true);
    assertThat(person.get(EnrichmentField.PROFILE_TITLE)).contains("VP of Sales");
    assertThat(person.get(EnrichmentField.PROFILE_YEARS_OF_EXPERIENCE)).contains(12L);
    assertThat(person.get(EnrichmentField.COMPANY_EMPLOYEE_COUNT)).contains(1200L);
    assertThat(person.get(EnrichmentField.PROFILE_HEADLINE)).isEmpty();
    assertThat(person.get(EnrichmentField.SIGNALS).orElseThrow()).hasSize(1);
    assertThat(person.get(EnrichmentField.PROFILE).orElseThrow()).containsEntry("title", "VP of Sales");
    assertThat(person.require(EnrichmentField.COMPANY_NAME)).isEqualTo("Acme");
    assertThat(person.get(EnrichmentField.of("signals.0.type", String.class))).contains("hiring");
    assertThat(person.get(EnrichmentField.of("signals.1.type", String.class))).isEmpty();
    assertThat(person.get(EnrichmentField.of("profile.title.x", String.class))).isEmpty();
  }

  @Test
  void aPersonNotFoundIsExplicitAndGetIsEmpty() throws IOException {
    EnrichmentData nobody = EnrichmentData.of(json("""
        {"notAvailable": ["contact.email", "profile"], "message": "No results were found for the given input."}"""));
    assertThat(nobody.found()).isFalse();
    assertThat(nobody.notAvailable()).containsExactly("contact.email", "profile");
    assertThat(nobody.isNotAvailable(EnrichmentField.PROFILE)).isTrue();
    assertThat(nobody.isNotAvailable(EnrichmentField.CONTACT_PHONE)).isFalse();
    assertThat(nobody.message()).contains("No results were found for the given input.");
    assertThat(nobody.get(EnrichmentField.CONTACT_EMAIL)).isEmpty();
    assertThatThrownBy(() -> nobody.require(EnrichmentField.CONTACT_EMAIL))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("contact.email is not available")
        .hasMessageContaining("nothing was found");
    assertThat(EnrichmentData.of((Map<String, Object>) null).found()).isFalse();
  }

  @Test
  void aFailedRecordIsNotFoundAndCarriesItsErrorMessage() {
    EnrichmentRecord failed = EnrichmentRecord.builder()
        .identifier(PersonIdentifier.builder().email("x@fail.example").build())
        .status(RecordStatus.FAILED).error(OperationError.builder().message("No results.").build()).build();
    EnrichmentData data = EnrichmentData.of(failed);
    assertThat(data.found()).isFalse();
    assertThat(data.message()).contains("No results.");
    assertThat(data.asMap()).isEmpty();
    EnrichmentRecord partial = failed.toBuilder().status(RecordStatus.PARTIAL_SUCCESS)
        .data(Map.of("contact", Map.of("email", "a@b.example"))).build();
    assertThat(EnrichmentData.of(partial).found()).isTrue();
  }

  @Test
  void numbersAreReadExactlyOrRefused() throws IOException {
    EnrichmentData data = EnrichmentData.of(json("""
        {"n": {"big": 123456789012345678901234567890, "frac": 0.1, "whole": 7, "precise": 0.10000000000000000001,
               "huge": 9007199254740993, "asFloat": 2.0}}"""));
    assertThat(data.get(EnrichmentField.of("n.big", BigInteger.class)))
        .contains(new BigInteger("123456789012345678901234567890"));
    assertThat(data.get(EnrichmentField.of("n.big", BigDecimal.class)))
        .contains(new BigDecimal("123456789012345678901234567890"));
    assertThat(data.get(EnrichmentField.of("n.precise", BigDecimal.class)))
        .contains(new BigDecimal("0.10000000000000000001"));
    assertThat(data.get(EnrichmentField.of("n.frac", BigDecimal.class))).contains(new BigDecimal("0.1"));
    assertThat(data.get(EnrichmentField.of("n.frac", Double.class))).contains(0.1);
    assertThat(data.get(EnrichmentField.of("n.whole", Integer.class))).contains(7);
    assertThat(data.get(EnrichmentField.of("n.asFloat", Long.class))).contains(2L);
    assertThat(data.get(EnrichmentField.of("n.huge", Long.class))).contains(9007199254740993L);
    assertThatThrownBy(() -> data.get(EnrichmentField.of("n.frac", Long.class)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("n.frac").hasMessageContaining("Long");
    assertThatThrownBy(() -> data.get(EnrichmentField.of("n.big", Long.class)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> data.get(EnrichmentField.of("n.precise", Double.class)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> data.get(EnrichmentField.of("n.huge", Double.class)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aValueOfAnotherTypeIsRefusedWithoutShowingIt() throws IOException {
    EnrichmentData data = EnrichmentData.of(json("{\"contact\": {\"email\": {\"work\": \"secret@acme.example\"}}}"));
    assertThatThrownBy(() -> data.get(EnrichmentField.CONTACT_EMAIL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contact.email").hasMessageContaining("an object")
        .hasMessageNotContaining("secret@acme.example");
    assertThat(data.toString()).doesNotContain("secret@acme.example").contains("found=true");
    assertThat(data.get(EnrichmentField.object("contact.email")).orElseThrow()).containsKey("work");
  }

  @Test
  void aFlatKeyHoldingTheWholePathIsReadToo() throws IOException {
    EnrichmentData flat = EnrichmentData.of(json("{\"contact.email\": \"jane@acme.example\"}"));
    assertThat(flat.get(EnrichmentField.CONTACT_EMAIL)).contains("jane@acme.example");
    assertThat(flat.found()).isTrue();
  }

  @Test
  void fieldsAreOpenToNewOnesAndCheckTheirPath() {
    EnrichmentField<String> custom = EnrichmentField.of("profile.pronouns", String.class);
    assertThat(custom.path()).isEqualTo("profile.pronouns");
    assertThat(custom).isEqualTo(EnrichmentField.of("profile.pronouns", String.class))
        .isNotEqualTo(EnrichmentField.of("profile.pronouns", Object.class));
    assertThat(EnrichmentField.paths(EnrichmentField.CONTACT_EMAIL, EnrichmentField.PROFILE, custom))
        .containsExactly("contact.email", "profile", "profile.pronouns");
    for (String bad : new String[] {"", " ", "profile.", ".title", "profile..title", "a b"}) {
      assertThatThrownBy(() -> EnrichmentField.of(bad, String.class)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> EnrichmentField.of("profile", Map.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("object(path)");
    assertThatThrownBy(() -> EnrichmentField.of("x", List.class)).isInstanceOf(IllegalArgumentException.class);
  }
}
