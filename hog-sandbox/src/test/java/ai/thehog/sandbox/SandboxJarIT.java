package ai.thehog.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The executable jars, as documented: {@code java -jar hog-sandbox/target/hog-sandbox-<v>.jar --port ...
 * --access-key ... --secret-key ...} (dependencies in target/lib) and the self-contained
 * {@code hog-sandbox-<v>-standalone.jar}.
 */
class SandboxJarIT {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @ParameterizedTest
  @ValueSource(strings = {"hog.sandbox.jar", "hog.sandbox.standaloneJar"})
  void theJarStartsPrintsWhereItListensAndServesTheApi(String property) throws Exception {
    Path jar = Path.of(System.getProperty(property));
    assertThat(jar).exists();
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0",
        "--access-key", "ak_jar", "--secret-key", "sk_jar_secret", "--time-scale", "10")
        .redirectErrorStream(true)
        .start();
    StringBuilder output = new StringBuilder();
    try {
      BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String baseUrl = CompletableFuture.supplyAsync(() -> {
        try {
          for (String line; (line = reader.readLine()) != null; ) {
            output.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
              return m.group(1);
            }
          }
          return null;
        } catch (java.io.IOException e) {
          return null;
        }
      }).get(60, TimeUnit.SECONDS);
      assertThat(baseUrl).as("output: %s", output).startsWith("http://127.0.0.1:");

      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/enrichments"))
          .timeout(Duration.ofSeconds(10))
          .header("X-Access-Key", "ak_jar").header("X-Secret-Key", "sk_jar_secret")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"identifier\":{\"email\":\"jane@acme.example\"},\"fields\":[\"contact.email\"]}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> ledger = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/__sandbox/ledger"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("jane@acme.example");
      assertThat(ledger.body()).contains("\"ak_jar\":1");
    } finally {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    assertThat(output.toString()).doesNotContain("sk_jar_secret");
    if (property.equals("hog.sandbox.standaloneJar")) {
      assertThat(Files.size(jar)).isGreaterThan(1_000_000L);   // the dependencies are inside
    } else {
      assertThat(jar.resolveSibling("lib")).isDirectoryContaining("glob:**/moshi-*.jar");
    }
  }
}
