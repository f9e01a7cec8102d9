package ai.thehog.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The metadata IDEs complete {@code thehog.*} from, as the configuration processor generated it. */
class ConfigurationMetadataTest {

  /** The properties whose default is not a value but a lookup (environment variables, Spring Data Redis). */
  private static final Set<String> NO_VALUE_DEFAULT = Set.of("thehog.access-key", "thehog.secret-key",
      "thehog.bearer-token", "thehog.project-id", "thehog.rate-limits.redis-url", "thehog.rate-limits.key-prefix");

  @Test
  void everyPropertyHasADescriptionAndADefault() throws IOException {
    List<Map<String, Object>> properties = JsonPath.read(metadata(), "$.properties[*]");
    Map<String, Map<String, Object>> byName = properties.stream()
        .collect(Collectors.toMap(p -> (String) p.get("name"), p -> p));

    assertThat(byName.keySet()).hasSize(27).allMatch(name -> name.startsWith("thehog."))
        .contains("thehog.retry.max-attempts", "thehog.polling.multiplier", "thehog.rate-limits.shared",
            "thehog.batch-concurrency", "thehog.health.check-reachability", "thehog.metrics.enabled");
    byName.forEach((name, property) -> {
      assertThat((String) property.get("description")).as(name).isNotBlank();
      if (!NO_VALUE_DEFAULT.contains(name)) {
        assertThat(property.get("defaultValue")).as(name).isNotNull();
      }
    });
    assertThat(byName.get("thehog.base-url").get("defaultValue")).isEqualTo("https://developer.thehog.ai");
    assertThat(byName.get("thehog.connect-timeout").get("defaultValue")).isEqualTo("10s");
    assertThat(byName.get("thehog.secret-key").get("description").toString()).contains("THE_HOG_SECRET_KEY");
  }

  private static String metadata() throws IOException {
    try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("generated metadata").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
