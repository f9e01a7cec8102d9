package ai.thehog.client.internal.batch;

import ai.thehog.model.PlatformIdentity;
import ai.thehog.model.PeopleEnrichRequest;
import ai.thehog.model.EnrichmentRequest;
import ai.thehog.model.PersonIdentifier;
import java.util.List;

/** Rejects enrichment requests the API would refuse, before any credit is spent. */
public final class EnrichmentValidation {

  public static final int MAX_BATCH = 100;

  private EnrichmentValidation() {
  }

  public static void check(EnrichmentRequest request) {
    check(request, MAX_BATCH);
  }

  /** As {@link #check(EnrichmentRequest)} with another bound on {@code identifiers}. */
  public static void check(EnrichmentRequest request, int maxIdentifiers) {
    if (request == null) {
      throw new IllegalArgumentException("request must not be null");
    }
    checkFields(request.fields());
    if (request.identifier() != null && request.identifiers() != null) {
      throw new IllegalArgumentException("Give either identifier (one person) or identifiers (a batch), not both");
    }
    if (request.identifier() == null && request.identifiers() == null) {
      throw new IllegalArgumentException("Give identifier (one person) or identifiers (a batch of at most 100)");
    }
    if (request.identifier() != null) {
      checkIdentifier(request.identifier(), "identifier");
    } else {
      checkIdentifiers(request.identifiers());
      if (request.identifiers().size() > maxIdentifiers) {
        throw new IllegalArgumentException("identifiers holds " + request.identifiers().size()
            + " people; the API takes at most " + MAX_BATCH + " per request. Use"
            + " client.enrichments().enrichAll(identifiers, fields), which splits them into batches");
      }
    }
  }

  public static void checkFields(List<String> fields) {
    if (fields == null || fields.isEmpty()) {
      throw new IllegalArgumentException("fields must name at least one field to enrich, e.g. \"contact.email\"");
    }
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i) == null || fields.get(i).isBlank()) {
        throw new IllegalArgumentException("fields[" + i + "] is empty; name a field such as \"contact.email\"");
      }
    }
  }

  public static void checkIdentifiers(List<PersonIdentifier> identifiers) {
    if (identifiers == null || identifiers.isEmpty()) {
      throw new IllegalArgumentException("identifiers must hold at least one person");
    }
    for (int i = 0; i < identifiers.size(); i++) {
      checkIdentifier(identifiers.get(i), "identifiers[" + i + "]");
    }
  }

  public static void checkIdentifier(PersonIdentifier identifier, String name) {
    if (identifier == null) {
      throw new IllegalArgumentException(name + " is null");
    }
    boolean any = present(identifier.linkedinUrl()) || present(identifier.email()) || present(identifier.xHandle())
        || present(identifier.githubUsername()) || !identifier.additionalProperties().isEmpty();
    if (!any) {
      throw new IllegalArgumentException(name + " has none of its keys: set linkedin_url, email, x_handle or"
          + " github_username");
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /**
   * {@code fields} without repeats, in first-seen order; a repeat would be sent and charged twice,
   * so it is removed here and the removal logged.
   */
  public static List<String> distinctFields(List<String> fields) {
    java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>(fields);
    if (distinct.size() == fields.size()) {
      return fields;
    }
    List<String> repeated = new java.util.ArrayList<>(fields);
    distinct.forEach(repeated::remove);
    org.slf4j.LoggerFactory.getLogger(EnrichmentValidation.class).info(
        "Removed {} repeated field(s) {} before sending: each field is asked for once", repeated.size(),
        new java.util.LinkedHashSet<>(repeated));
    return List.copyOf(distinct);
  }

  /** The estimate request for {@code request}: its people as platform identities, its distinct fields. */
  public static PeopleEnrichRequest estimateRequest(EnrichmentRequest request) {
    List<PersonIdentifier> people = request.identifier() != null ? List.of(request.identifier()) : request.identifiers();
    List<PlatformIdentity> identities = new java.util.ArrayList<>(people.size());
    people.forEach(person -> identities.add(identity(person)));
    PeopleEnrichRequest.Builder body = PeopleEnrichRequest.builder().identities(identities)
        .putAdditionalProperty("fields", distinctFields(request.fields()))
        .putAdditionalProperty("identifiers", people);
    if (request.signalsConfig() != null) {
      body.putAdditionalProperty("signals_config", request.signalsConfig());
    }
    return body.build();
  }

  private static PlatformIdentity identity(PersonIdentifier person) {
    if (person.linkedinUrl() != null) {
      String url = person.linkedinUrl().replaceAll("/+$", "");
      return PlatformIdentity.builder().platform("linkedin").username(url.substring(url.lastIndexOf('/') + 1)).build();
    }
    if (person.email() != null) {
      return PlatformIdentity.builder().platform("email").username(person.email()).build();
    }
    if (person.xHandle() != null) {
      return PlatformIdentity.builder().platform("x").username(person.xHandle()).build();
    }
    return PlatformIdentity.builder().platform("github").username(person.githubUsername()).build();
  }
}
