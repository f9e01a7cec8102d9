package com.example.leads;

import ai.thehog.client.HogClient;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.PersonIdentifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /leads/enrich?email=...}: the lead's job title and company, as The Hog API finds them. */
@RestController
class LeadController {

  private static final List<String> FIELDS = List.of("profile.title", "profile.company");

  private final HogClient hog;

  LeadController(HogClient hog) {
    this.hog = hog;
  }

  @GetMapping("/leads/enrich")
  Map<String, Object> enrich(@RequestParam String email) {
    EnrichmentRecord record = hog.enrichments()
        .enrich(PersonIdentifier.builder().email(email).build(), FIELDS)
        .value();
    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("email", email);
    if (record.data() != null && record.data().get("profile") instanceof Map<?, ?> profile) {
      lead.put("title", profile.get("title"));
      lead.put("company", profile.get("company"));
    }
    return lead;
  }
}
