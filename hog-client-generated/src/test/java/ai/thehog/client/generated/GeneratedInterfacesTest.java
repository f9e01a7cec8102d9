package ai.thehog.client.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** The generated Retrofit interfaces cover the spec, and the shipped classes use no Gson or Jackson. */
class GeneratedInterfacesTest {

  private static final List<Class<?>> APIS = List.of(EnrichmentsApi.class, OperationsApi.class,
      CompaniesApi.class, PeopleApi.class, SearchApi.class, DeepResearchApi.class, WebScrapersApi.class,
      ContextApi.class, SignalsApi.class, GenerateApi.class, EstimatesApi.class, MonitorsApi.class,
      LinkedInScrapersApi.class, InstagramScrapersApi.class, TikTokScrapersApi.class, ImageScrapersApi.class);

  @Test
  void everyOperationOfTheSpecHasAMethod() {
    Set<String> routes = new TreeSet<>();
    for (Class<?> api : APIS) {
      for (Method method : api.getDeclaredMethods()) {
        routes.add(route(method));
      }
    }
    assertThat(routes).containsExactlyInAnyOrder(
        "POST /api/enrichments", "GET /api/operations/{id}",
        "POST /api/v1/companies/search", "POST /api/v1/people/search", "POST /api/v1/search",
        "POST /api/deep-research", "POST /api/v1/platform/scrapers/web/crawl",
        "POST /api/v1/platform/scrapers/web/scrape/batch", "POST /api/v1/platform/scrapers/web/scrape/jobs",
        "POST /api/companies/search", "POST /api/people/search", "POST /api/people/researches",
        "POST /api/context", "POST /api/signals", "POST /api/people/enrich", "POST /api/generate",
        "POST /api/people/enrich/estimate", "POST /api/people/researches/estimate", "POST /api/generate/estimate",
        "GET /api/enrichments/{id}", "GET /api/operations", "POST /api/v1/people/search/estimate",
        "GET /api/v1/search", "GET /api/v1/search/{id}",
        "POST /api/v1/monitors", "GET /api/v1/monitors", "GET /api/v1/monitors/{id}", "PATCH /api/v1/monitors/{id}",
        "DELETE /api/v1/monitors/{id}", "POST /api/v1/monitors/{id}/run-now", "GET /api/v1/monitors/{id}/events",
        "POST /api/v1/platform/scrapers/linkedin/finder", "POST /api/v1/platform/scrapers/linkedin/profile",
        "POST /api/v1/platform/scrapers/linkedin/company", "POST /api/v1/platform/scrapers/linkedin/company-posts",
        "POST /api/v1/platform/scrapers/linkedin/profile-posts", "POST /api/v1/platform/scrapers/linkedin/keyword-posts",
        "POST /api/v1/platform/scrapers/linkedin/post-reactions",
        "POST /api/v1/platform/scrapers/linkedin/post-comments",
        "POST /api/v1/platform/scrapers/linkedin/profile-reactions",
        "POST /api/v1/platform/scrapers/linkedin/profile-comments",
        "POST /api/v1/platform/scrapers/instagram/profile", "POST /api/v1/platform/scrapers/instagram/posts",
        "POST /api/v1/platform/scrapers/instagram/post-details",
        "POST /api/v1/platform/scrapers/instagram/post-comments",
        "POST /api/v1/platform/scrapers/instagram/followers", "POST /api/v1/platform/scrapers/instagram/following",
        "POST /api/v1/platform/scrapers/tiktok/profile", "POST /api/v1/platform/scrapers/web/search",
        "POST /api/v1/platform/scrapers/web/scrape", "POST /api/v1/platform/scrapers/image/deepfake-detection");
  }

  @Test
  void listEndpointsTakeQueryParametersAndDeleteAnswersNothing() throws NoSuchMethodException {
    Method list = MonitorsApi.class.getMethod("listMonitors", String.class, Integer.class, String.class);
    assertThat(list.getParameters()).extracting(p -> p.getAnnotation(Query.class).value())
        .containsExactly("status", "limit", "cursor");
    Method delete = MonitorsApi.class.getMethod("deleteMonitor", String.class);
    assertThat(delete.getGenericReturnType().getTypeName()).isEqualTo("retrofit2.Call<java.lang.Void>");
    assertThat(MonitorsApi.class.getMethod("runMonitorNow", String.class, String.class,
        ai.thehog.model.RunMonitorRequest.class).getGenericReturnType().getTypeName()).isEqualTo("retrofit2.Call<ai.thehog.model.Monitor>");
  }

  private static String route(Method method) {
    if (method.getAnnotation(POST.class) != null) {
      return "POST /" + method.getAnnotation(POST.class).value();
    }
    if (method.getAnnotation(PATCH.class) != null) {
      return "PATCH /" + method.getAnnotation(PATCH.class).value();
    }
    if (method.getAnnotation(DELETE.class) != null) {
      return "DELETE /" + method.getAnnotation(DELETE.class).value();
    }
    return "GET /" + method.getAnnotation(GET.class).value();
  }

  @Test
  void onlyTheOperationsThatMayAnswer200Or202ReturnSyncOrAsync() throws NoSuchMethodException {
    Set<String> syncOrAsync = new TreeSet<>();
    for (Class<?> api : APIS) {
      for (Method method : api.getDeclaredMethods()) {
        if (method.getGenericReturnType().getTypeName().contains(SyncOrAsync.class.getName())) {
          syncOrAsync.add(method.getName());
        }
      }
    }
    // listLinkedInProfilePosts: 202 in the API's contract (page 07), 200 in the official SDK (page 06).
    assertThat(syncOrAsync).containsExactlyInAnyOrder("submitEnrichment", "enrichPeople", "generateContent", "submitSearch",
        "listLinkedInProfilePosts");
    assertThat(PeopleApi.class.getMethod("enrichPeople", ai.thehog.model.PeopleEnrichRequest.class,
        String.class, String.class).isAnnotationPresent(Deprecated.class)).isTrue();
  }

  @Test
  void shippedClassesReferenceNeitherGsonNorJackson() throws Exception {
    List<String> offenders = new ArrayList<>();
    int checked = 0;
    for (Class<?> anchor : List.of(ai.thehog.model.Operation.class, EnrichmentsApi.class)) {
      for (byte[] classFile : classFiles(anchor)) {
        checked++;
        String constants = new String(classFile, StandardCharsets.ISO_8859_1);
        if (constants.contains("com/google/gson") || constants.contains("com/fasterxml/jackson")) {
          offenders.add(anchor.getPackageName());
        }
      }
    }
    assertThat(checked).as("class files inspected").isGreaterThan(50);
    assertThat(offenders).isEmpty();
  }

  /** The class files of the jar (or classes directory) {@code anchor} was loaded from. */
  private static List<byte[]> classFiles(Class<?> anchor) throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<byte[]> out = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
          out.add(Files.readAllBytes(file));
        }
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
          JarEntry entry = entries.nextElement();
          if (entry.getName().endsWith(".class")) {
            try (InputStream in = jar.getInputStream(entry)) {
              out.add(in.readAllBytes());
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyAcceptedAnswerNamesTheRecordOfItsOperation() throws Exception {
    Map<String, Class<?>> accepted = new TreeMap<>();
    for (Class<?> api : APIS) {
      for (Method method : api.getDeclaredMethods()) {
        for (HttpAnswer answer : method.getAnnotationsByType(HttpAnswer.class)) {
          if (answer.status() == 202) {
            accepted.put(method.getName(), answer.body());
          }
        }
      }
    }
    assertThat(accepted).containsEntry("searchCompanies", ai.thehog.model.CompanySearchAccepted.class)
        .containsEntry("searchPeople", ai.thehog.model.PeopleSearchAccepted.class)
        .containsEntry("startDeepResearch", ai.thehog.model.DeepResearchAccepted.class)
        .containsEntry("submitEnrichment", ai.thehog.model.EnrichmentAccepted.class)
        .containsEntry("submitSearch", ai.thehog.model.SearchAccepted.class)
        .containsEntry("crawlWebsite", ai.thehog.model.WrappedAccepted.class)
        .containsEntry("scrapeWebPages", ai.thehog.model.WrappedAccepted.class)
        .containsEntry("createScrapeJob", ai.thehog.model.WrappedAccepted.class)
        .containsEntry("listLinkedInProfilePosts", ai.thehog.model.WrappedAccepted.class)
        .containsEntry("enrichPeople", ai.thehog.model.OperationAccepted.class)
        .containsEntry("generateContent", ai.thehog.model.OperationAccepted.class);
    Method submit = EnrichmentsApi.class.getMethod("submitEnrichment", ai.thehog.model.EnrichmentRequest.class,
        String.class, String.class);
    assertThat(submit.getAnnotationsByType(HttpAnswer.class)).extracting(HttpAnswer::status).containsExactly(200, 202);
  }

  @Test
  void theDeepfakeCheckHasAMultipartUploadWithTheImagePartAndUrlField() throws Exception {
    Method upload = ImageScrapersApi.class.getMethod("detectImageDeepfakeUpload", String.class,
        okhttp3.MultipartBody.Part.class, okhttp3.RequestBody.class);

    assertThat(upload.isAnnotationPresent(retrofit2.http.Multipart.class)).isTrue();
    assertThat(upload.getAnnotation(POST.class).value()).endsWith("scrapers/image/deepfake-detection");
    assertThat(((retrofit2.http.Part) upload.getParameterAnnotations()[2][0]).value()).isEqualTo("url");
    assertThat(upload.getGenericReturnType().getTypeName()).contains("DeepfakeDetectionResponse");
  }
}
