package ai.thehog.modulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The client as a named module: its own JVM with the client jar's classes and what it requires on
 * the module path (the rest on the class path), against a loopback server. Retrofit's proxies of
 * unexported interfaces, Moshi, and the private lookups of the operation handles all have to work
 * there, and the machinery has to stay unexported.
 */
class ModulePathTest {

  /** Jars that go on the module path: what module-info.java requires. */
  private static final List<String> MODULES = List.of("hog-model-", "hog-client-generated-", "okhttp-", "okio-",
      "retrofit-", "moshi-", "slf4j-api-");

  @Test
  void theClientRunsAsANamedModuleThatExportsOnlyItsPublicPackages() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      boolean submit = exchange.getRequestMethod().equals("POST");
      byte[] body = (submit ? "{\"id\":\"op_m1\",\"operationId\":\"op_m1\",\"status\":\"queued\","
          + "\"pollUrl\":\"/api/operations/op_m1\",\"meta\":{\"requestId\":\"req_m1\"}}"
          : "{\"id\":\"op_m1\",\"status\":\"succeeded\",\"progress\":100,\"result\":{\"answer\":42},\"error\":null}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(submit ? 202 : 200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      List<String> modulePath = new ArrayList<>(List.of(Path.of("target/classes").toAbsolutePath().toString()));
      List<String> classPath = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        String name = Path.of(entry).getFileName().toString();
        if (entry.endsWith("classes") && !entry.endsWith("test-classes")) {
          continue;
        }
        if (MODULES.stream().anyMatch(name::startsWith) && !name.startsWith("okhttp-tls")) {
          modulePath.add(entry);
        } else {
          classPath.add(entry);
        }
      }
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process process = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, modulePath),
          "--add-modules", "ai.thehog.client", "-cp", String.join(File.pathSeparator, classPath),
          ModulePathMain.class.getName(), "http://127.0.0.1:" + server.getAddress().getPort() + "/")
          .redirectErrorStream(true).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).contains("module=ai.thehog.client named=true exportsInternal=false exportsOperation=true"
          + " exportsEnrichment=true outcome=Succeeded result={answer=42}").contains("async=succeeded");
    } finally {
      server.stop(0);
    }
  }
}
