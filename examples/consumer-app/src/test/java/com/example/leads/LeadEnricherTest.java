package com.example.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.thehog.client.HogClient;
import ai.thehog.sandbox.HogSandbox;
import ai.thehog.sandbox.HogSandboxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LeadEnricherTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().timeScale(50).build();

  private static HogClient client(HogSandbox sandbox) {
    // One call: the sandbox hands out its URL, keys and time scale.
    return HogClient.builder().connection(sandbox.connection()).build();
  }

  @Test
  void findsATitleForEveryLeadAndPaysOncePerLead(HogSandbox sandbox) {
    List<String> emails = List.of("ada@acme.example", "grace@navy.example", "linus@kernel.example");
    try (HogClient hog = client(sandbox)) {
      Map<String, String> titles = new LeadEnricher(hog).titles(emails);

      assertEquals(emails, List.copyOf(titles.keySet()));
      titles.values().forEach(title -> assertFalse(title.isBlank(), "blank title"));
    }
    Map<String, Long> charges = sandbox.ledger().chargesPerIdentifier();
    assertEquals(3, charges.size(), charges::toString);
    charges.values().forEach(count -> assertEquals(1L, count, charges::toString));
  }

  @Test
  void theSandboxValidatesRequestsAgainstTheSpec(HogSandbox sandbox) throws Exception {
    // Sent by hand, because the client refuses such a request itself: the sandbox's own validator
    // (shaded inside hog-sandbox, with its Jackson) must parse the body and name the bad property.
    HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/api/enrichments"))
        .header("Content-Type", "application/json")
        .header("X-Access-Key", "ak_sandbox")
        .header("X-Secret-Key", "sk_sandbox")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"identifier\": {\"email\": 42}, \"fields\": [\"profile.title\"]}"))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertEquals(400, response.statusCode(), response::body);
    assertTrue(response.body().contains("identifier.email"), response::body);
    assertEquals(0, sandbox.ledger().charges().size());
  }
}
