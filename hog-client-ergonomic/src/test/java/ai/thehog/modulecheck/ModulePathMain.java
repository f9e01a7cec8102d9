package ai.thehog.modulecheck;

import ai.thehog.client.HogClient;
import ai.thehog.client.operation.OperationOutcome;
import ai.thehog.model.DeepResearchRequest;
import ai.thehog.model.DeepResearchResult;
import java.time.Duration;
import java.util.Map;

/** Run by {@code ModulePathTest} in a JVM of its own, with the client on the module path. */
public final class ModulePathMain {

  private ModulePathMain() {
  }

  /**
   * Starts and awaits one deep research against {@code args[0]}, and prints what it saw.
   *
   * @param args the base URL
   * @throws Exception when the async call fails
   */
  public static void main(String[] args) throws Exception {
    Module client = HogClient.class.getModule();
    try (HogClient hog = HogClient.builder().baseUrl(args[0]).accessKey("ak_module").secretKey("sk_module").build()) {
      OperationOutcome<DeepResearchResult> outcome = hog.deepResearch()
          .start(DeepResearchRequest.builder().prompt("Acme").schema(java.util.Map.of()).build())
          .await(Duration.ofSeconds(30));
      System.out.println("module=" + client.getName() + " named=" + client.isNamed()
          + " exportsInternal=" + client.isExported("ai.thehog.client.internal.core")
          + " exportsOperation=" + client.isExported("ai.thehog.client.operation")
          + " exportsEnrichment=" + client.isExported("ai.thehog.client.enrichment")
          + " outcome=" + outcome.getClass().getSimpleName() + " result=" + outcome.result().additionalProperties());
      // The async mirror (a proxy of an exported interface) works on the module path too.
      System.out.println("async=" + hog.async().operations().get("op_m1").get(30, java.util.concurrent.TimeUnit.SECONDS)
          .value().status().value());
    }
  }
}
