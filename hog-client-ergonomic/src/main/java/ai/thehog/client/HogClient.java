package ai.thehog.client;

import ai.thehog.client.common.HogClientListener;
import ai.thehog.client.common.HogClientStats;
import ai.thehog.client.error.HogException;
import ai.thehog.client.internal.core.ClientCore;
import ai.thehog.client.internal.observe.CountingListener;
import ai.thehog.client.internal.Defaults;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;

/**
 * The client of The Hog API. Build one per application and share it: it is thread-safe, and its
 * rate limiters only work when every thread uses the same instance.
 *
 * <pre>{@code
 * HogClient hog = HogClient.builder().build(); // keys from THE_HOG_ACCESS_KEY / THE_HOG_SECRET_KEY
 * }</pre>
 *
 * <p>Every call retries transient failures with the same Idempotency-Key, waits for the client-side
 * rate limits, and throws a {@link HogException} subtype that says what to do next.
 */
public final class HogClient implements AutoCloseable {

  /** The current API host. */
  public static final String DEFAULT_BASE_URL = Defaults.BASE_URL;

  private final ClientCore core;
  private final boolean ownsExecutor;
  private final boolean ownsHttp;
  private final String description;
  private final Enrichments enrichments;
  private final People people;
  private final Companies companies;
  private final Search search;
  private final DeepResearch deepResearch;
  private final Context context;
  private final Signals signals;
  private final Generate generate;
  private final Operations operations;
  private final Estimates estimates;
  private final Monitors monitors;
  private final Scrapers scrapers;
  private final AsyncHogClient async;
  private final CountingListener counts;

  HogClient(ClientCore core, CountingListener counts, boolean ownsExecutor, boolean ownsHttp,
      String description) {
    this.core = core;
    this.counts = counts;
    this.ownsExecutor = ownsExecutor;
    this.ownsHttp = ownsHttp;
    this.description = description;
    this.estimates = new Estimates(core);
    this.operations = new Operations(core);
    this.enrichments = new Enrichments(core, estimates, operations);
    this.people = new People(core, estimates);
    this.companies = new Companies(core);
    this.search = new Search(core);
    this.deepResearch = new DeepResearch(core);
    this.monitors = new Monitors(core);
    this.scrapers = new Scrapers(core, new WebScrapers(core));
    this.context = new Context(core);
    this.signals = new Signals(core);
    this.generate = new Generate(core, estimates);
    this.async = new AsyncHogClient(core.executor, enrichments, people, companies, search, deepResearch, scrapers,
        monitors, context, signals, generate, operations, estimates);
  }

  /**
   * A builder; unset keys and base URL come from the environment.
   *
   * @return a new builder
   */
  public static HogClientBuilder builder() {
    return new HogClientBuilder();
  }

  /**
   * Person enrichment, single and batch.
   *
   * @return the {@link Enrichments} resource, shared by all threads
   */
  public Enrichments enrichments() {
    return enrichments;
  }

  /**
   * People search, research and the older enrichment endpoint.
   *
   * @return the {@link People} resource, shared by all threads
   */
  public People people() {
    return people;
  }

  /**
   * Company discovery.
   *
   * @return the {@link Companies} resource, shared by all threads
   */
  public Companies companies() {
    return companies;
  }

  /**
   * Background search jobs.
   *
   * @return the {@link Search} resource, shared by all threads
   */
  public Search search() {
    return search;
  }

  /**
   * Deep research.
   *
   * @return the {@link DeepResearch} resource, shared by all threads
   */
  public DeepResearch deepResearch() {
    return deepResearch;
  }

  /**
   * The platform scrapers: LinkedIn, Instagram, TikTok, web and image.
   *
   * @return the {@link Scrapers} resource, shared by all threads
   */
  public Scrapers scrapers() {
    return scrapers;
  }

  /**
   * Monitors: searches the API runs on a cadence, and their events.
   *
   * @return the {@link Monitors} resource, shared by all threads
   */
  public Monitors monitors() {
    return monitors;
  }

  /**
   * Assembled GTM context.
   *
   * @return the {@link Context} resource, shared by all threads
   */
  public Context context() {
    return context;
  }

  /**
   * Intent and event signals.
   *
   * @return the {@link Signals} resource, shared by all threads
   */
  public Signals signals() {
    return signals;
  }

  /**
   * Content generation.
   *
   * @return the {@link Generate} resource, shared by all threads
   */
  public Generate generate() {
    return generate;
  }

  /**
   * Long-running operations: read, resume by id or pollUrl.
   *
   * @return the {@link Operations} resource, shared by all threads
   */
  public Operations operations() {
    return operations;
  }

  /**
   * Cost estimates (free).
   *
   * @return the {@link Estimates} resource, shared by all threads
   */
  public Estimates estimates() {
    return estimates;
  }

  /**
   * Every blocking call of this client as a {@link CompletableFuture}, run on the client's executor
   * ({@code hog.async().monitors().create(request)}); the blocking calls of the resources are the default.
   *
   * @return the async mirror of this client
   */
  public AsyncHogClient async() {
    return async;
  }

  /**
   * What this client has done so far: HTTP requests sent (retries and polls included), retries,
   * 429 answers, and the credits the API stated (estimated, and actually charged). Counted by the
   * client at the points where its {@link HogClientListener} is told, for every thread using it; a
   * listener of your own is told as before. Calls refused before sending (bad input, a cost guard, no
   * rate-limit slot before the deadline) count nothing.
   *
   * <pre>{@code
   * HogClientStats before = hog.stats();
   * hog.enrichments().enrichAll(people, fields);
   * HogClientStats job = hog.stats().since(before);   // job.requests(), job.retries(), job.creditsActual()
   * }</pre>
   *
   * @return an immutable snapshot of the counts at this moment
   */
  public HogClientStats stats() {
    return counts.snapshot();
  }

  /** The shared machinery (tests). */
  ClientCore core() {
    return core;
  }

  /**
   * The base URL requests go to.
   *
   * @return the base URL requests go to
   */
  public String baseUrl() {
    return core.baseUrl.toString();
  }

  /** Stops the client's own threads and connections (not those of an executor or OkHttpClient you supplied). */
  @Override
  public void close() {
    if (ownsExecutor) {
      core.executor.shutdown();
    }
    if (ownsHttp) {
      core.http.dispatcher().executorService().shutdown();
      core.http.connectionPool().evictAll();
    }
  }

  /** Base URL and masked access key; never the secret. */
  @Override
  public String toString() {
    return description;
  }
}
