package ai.thehog.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.common.RequestOptions;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.PersonIdentifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests the API would refuse are refused before anything is sent (so nothing is spent). */
class EnrichmentValidationTest extends WireMockTestBase {

  private static final PersonIdentifier JANE = PersonIdentifier.builder().email("jane@example.com").build();

  @AfterEach
  void nothingWasSent() {
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void bothIdentifierAndIdentifiers() {
    EnrichmentRequest request = EnrichmentRequest.builder().fields(List.of("contact.email")).identifier(JANE)
        .identifiers(List.of(JANE)).build();
    assertThatThrownBy(() -> client.enrichments().submit(request)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not both");
  }

  @Test
  void neitherIdentifierNorIdentifiers() {
    EnrichmentRequest request = EnrichmentRequest.builder().fields(List.of("contact.email")).build();
    assertThatThrownBy(() -> client.enrichments().submit(request)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identifier");
  }

  @Test
  void emptyFields() {
    assertThatThrownBy(() -> client.enrichments().enrich(JANE, List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fields must name at least one field");
    assertThatThrownBy(() -> client.enrichments().enrich(JANE, Arrays.asList("contact.email", " ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fields[1] is empty");
  }

  @Test
  void anIdentifierWithNoneOfItsKeys() {
    PersonIdentifier nobody = PersonIdentifier.builder().email("  ").build();
    assertThatThrownBy(() -> client.enrichments().enrich(nobody, List.of("contact.email")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none of its keys")
        .hasMessageContaining("linkedin_url");
    List<PersonIdentifier> many = new ArrayList<>(List.of(JANE, JANE, nobody));
    assertThatThrownBy(() -> client.enrichments().enrichAll(many, List.of("contact.email")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identifiers[2]");
  }

  @Test
  void moreThanOneHundredInOneRequestPointsToEnrichAll() {
    EnrichmentRequest request = EnrichmentRequest.builder().fields(List.of("contact.email"))
        .identifiers(java.util.Collections.nCopies(101, JANE)).build();
    assertThatThrownBy(() -> client.enrichments().submit(request)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("enrichAll");
  }

  @Test
  void aGuardOnAnOperationWithoutEstimateEndpointIsRefused() {
    assertThatThrownBy(() -> client.enrichments().enrich(JANE, List.of("contact.email"),
        RequestOptions.builder().maxCredits(5).build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no estimate endpoint");
  }
}
