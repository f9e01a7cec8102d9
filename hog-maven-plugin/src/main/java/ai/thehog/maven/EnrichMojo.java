package ai.thehog.maven;

import ai.thehog.client.HogEnvironment;
import ai.thehog.fixtures.ClientBackend;
import ai.thehog.fixtures.EnrichmentSummary;
import ai.thehog.fixtures.FixtureEnrichment;
import ai.thehog.fixtures.FixtureEnrichmentException;
import ai.thehog.fixtures.FixtureException;
import ai.thehog.model.connection.HogConnection;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Enriches the fixture files under {@code src/test/hog} with The Hog API and writes the enriched
 * fixtures as test resources. Credits are spent once: records are cached in
 * {@code src/test/hog/hog-cache.jsonl} (commit it) and later runs replay them offline.
 *
 * <p>This goal maps parameters, files and logs; the API work is hog-client-ergonomic's.
 */
@Mojo(name = "enrich", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true)
public class EnrichMojo extends AbstractMojo {

  /** The fixture files: every {@code *.json} under this directory. */
  @Parameter(property = "hog.fixtures", defaultValue = "${project.basedir}/src/test/hog")
  private File fixturesDirectory;

  /** Where enriched fixtures are written (same relative names); added as a test resource directory. */
  @Parameter(property = "hog.outputDirectory", defaultValue = "${project.build.directory}/generated-test-resources/hog")
  private File outputDirectory;

  /** The API's base URL; else THE_HOG_SERVER_URL; else https://developer.thehog.ai. */
  @Parameter(property = "hog.baseUrl")
  private String baseUrl;

  /** The settings.xml server holding the access key (username) and secret key (password). */
  @Parameter(property = "hog.serverId", defaultValue = "thehog")
  private String serverId;

  /** Fail, spending nothing, when enriching what the cache lacks is estimated to cost more. */
  @Parameter(property = "hog.maxCredits")
  private Long maxCredits;

  /**
   * Credits one field of one identifier costs, for servers without an estimate endpoint: with
   * {@code hog.maxCredits}, a batch whose cost at this price could pass the budget is not sent.
   */
  @Parameter(property = "hog.creditsPerField")
  private Long creditsPerField;

  /** Enrich again the records cached as failed (they are otherwise served from the cache with their error). */
  @Parameter(property = "hog.retryFailed", defaultValue = "false")
  private boolean retryFailed;

  /** Skip the goal. */
  @Parameter(property = "hog.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Start the embedded hog-sandbox on a free loopback port with demo keys and enrich against it
   * (needs ai.thehog:hog-sandbox as a dependency of this plugin). For demos and offline trials.
   */
  @Parameter(property = "hog.sandbox", defaultValue = "false")
  private boolean sandbox;

  /** Seconds between progress lines on long work. */
  @Parameter(property = "hog.progressInterval", defaultValue = "5")
  private int progressIntervalSeconds;

  /**
   * Seconds to wait for another build of the same project that is enriching fixtures (it holds
   * {@code target/hog/lock}) before failing.
   */
  @Parameter(property = "hog.lockTimeout", defaultValue = "600")
  private int lockTimeoutSeconds;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  private final SettingsDecrypter decrypter;

  /**
   * Created by Maven.
   *
   * @param decrypter decrypts the credentials of settings.xml
   */
  @Inject
  public EnrichMojo(SettingsDecrypter decrypter) {
    this.decrypter = decrypter;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("The Hog enrichment is skipped (hog.skip).");
      return;
    }
    addTestResource();
    FixtureEnrichment.Builder run;
    try {
      run = FixtureEnrichment.builder()
          .fixturesDirectory(fixturesDirectory.toPath())
          .outputDirectory(outputDirectory.toPath())
          .workDirectory(new File(project.getBuild().getDirectory(), "hog").toPath())
          .maxCredits(maxCredits)
          .retryFailed(retryFailed)
          .creditsPerField(creditsPerField)
          .log(new MavenFixtureLog(getLog()))
          .progressInterval(Duration.ofSeconds(Math.max(1, progressIntervalSeconds)))
          .lockTimeout(Duration.ofSeconds(Math.max(0, lockTimeoutSeconds)));
    } catch (IllegalArgumentException e) {
      // the engine names its settings as the plugin's properties, without the prefix
      throw new MojoFailureException("hog." + e.getMessage(), e);
    }
    Credentials credentials;
    try {
      credentials = Credentials.resolve(session.getSettings(), serverId, decrypter, HogEnvironment.system());
    } catch (IllegalStateException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    try (SandboxSession embedded = sandbox && !session.isOffline() ? SandboxSession.start(getLog()) : null) {
      HogConnection target = session.isOffline() ? null
          : embedded != null ? embedded.connection()
          : credentials == null ? null
          : HogConnection.of(HogEnvironment.system().serverUrl(baseUrl), credentials.accessKey(), credentials.secretKey());
      try (ClientBackend backend = target == null ? null : ClientBackend.connect(target)) {
        if (backend != null) {
          run.backend(backend);
          String key = embedded != null ? HogEnvironment.maskKey(target.accessKey()) + " from the embedded sandbox"
              : credentials.accessKeyHint();
          getLog().info("Enriching with The Hog API at " + target.baseUrl() + " (access key " + key + ").");
        } else {
          run.offline(session.isOffline() ? "Maven runs offline (-o)"
              : "no credentials were found (a <server> with id '" + serverId + "' in settings.xml, or"
                + " " + HogEnvironment.ACCESS_KEY + " and " + HogEnvironment.SECRET_KEY + ")");
        }
        EnrichmentSummary summary = run.build().run();
        logSummary(summary);
      }
    } catch (FixtureException e) {
      throw new MojoFailureException("Invalid fixture file: " + e.getMessage(), e);
    } catch (FixtureEnrichmentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("The Hog enrichment could not read or write its files: " + e.getMessage(), e);
    }
  }

  private void addTestResource() {
    Resource resource = new Resource();
    resource.setDirectory(outputDirectory.getAbsolutePath());
    boolean present = project.getTestResources().stream()
        .anyMatch(r -> outputDirectory.getAbsolutePath().equals(r.getDirectory()));
    if (!present) {
      project.addTestResource(resource);
    }
  }

  private void logSummary(EnrichmentSummary s) {
    getLog().info("The Hog enrichment: " + s.records() + " records in " + s.files() + " fixture file(s)");
    getLog().info("  succeeded " + s.succeeded() + ", partial " + s.partial() + ", failed " + s.failed()
        + " (from cache " + s.fromCache() + ", enriched " + s.enriched()
        + (s.repeated() > 0 ? ", listed more than once " + s.repeated() : "") + ")");
    getLog().info("  credits estimated " + (s.creditsEstimated() < 0 ? "not available (the server offers no"
        + " estimate)" : String.valueOf(s.creditsEstimated())) + ", actual " + s.creditsActualText());
    getLog().info(String.format(java.util.Locale.ROOT, "  requests %d (retries %d), elapsed %.1fs",
        s.requests(), s.retries(), s.elapsed().toMillis() / 1000.0));
    if (s.files() > 0) {
      getLog().info("  enriched fixtures in " + outputDirectory);
    }
  }
}
