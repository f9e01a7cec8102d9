package com.example.leads;

import ai.thehog.client.operation.BatchEnrichmentResult;
import ai.thehog.client.HogClient;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.PersonIdentifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the job title of each lead, by email, with one batch enrichment. */
public final class LeadEnricher {

  private final HogClient hog;

  /**
   * A lead enricher calling the API through the given client.
   *
   * @param hog the application's client
   */
  public LeadEnricher(HogClient hog) {
    this.hog = hog;
  }

  /**
   * The job title of each lead that was found.
   *
   * @param emails the leads' email addresses
   * @return title by email, in input order; a lead the API could not enrich is left out
   */
  public Map<String, String> titles(List<String> emails) {
    List<PersonIdentifier> people = emails.stream()
        .map(email -> PersonIdentifier.builder().email(email).build())
        .toList();
    BatchEnrichmentResult result = hog.enrichments().enrichAll(people, List.of("profile.title"));
    Map<String, String> titles = new LinkedHashMap<>();
    for (EnrichmentRecord record : result.records()) {
      if (record.data() != null && record.data().get("profile") instanceof Map<?, ?> profile
          && profile.get("title") instanceof String title) {
        titles.put(record.identifier().email(), title);
      }
    }
    return titles;
  }
}
