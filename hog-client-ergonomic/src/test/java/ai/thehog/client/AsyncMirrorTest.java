package ai.thehog.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.thehog.client.common.HogResponse;
import ai.thehog.client.common.RequestOptions;
import ai.thehog.client.error.HogNotFoundException;
import ai.thehog.client.internal.AsyncMirrors;
import ai.thehog.model.CreateMonitorRequest;
import ai.thehog.model.GenerateRequest;
import ai.thehog.model.LinkedInProfile;
import ai.thehog.model.LinkedInProfileRequest;
import ai.thehog.model.Monitor;
import ai.thehog.model.MonitorType;
import ai.thehog.sandbox.HogSandboxExtension;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 23 item 5: {@code hog.async()} mirrors every blocking call, with the same parameters and
 * options. The reflection check walks every resource reachable from {@link HogClient}, so a new
 * blocking method without an async twin fails the build; the sandbox calls show the mirrors run.
 */
class AsyncMirrorTest {

  @RegisterExtension
  static final HogSandboxExtension SANDBOX = HogSandboxExtension.builder().accessKey("ak_async_mirror")
      .secretKey("sk_async_mirror_secret").timeScale(10.0).operationDuration(Duration.ofSeconds(2)).build();

  private static final String ASYNC_PACKAGE = "ai.thehog.client.async.";

  /** The async twin of a resource class: {@code Monitors} to {@code AsyncMonitors}; null when it has none. */
  private static Class<?> twinOf(Class<?> blocking) {
    if (blocking == HogClient.class) {
      return AsyncHogClient.class;
    }
    try {
      return Class.forName(ASYNC_PACKAGE + "Async" + blocking.getSimpleName());
    } catch (ClassNotFoundException none) {
      return null;
    }
  }

  /**
   * What is wrong with {@code async} as the mirror of {@code blocking}, walking into sub-resources:
   * a public method without a twin of the same name and parameters, or a twin whose answer is not a
   * future of the same type (a sub-resource: its async twin).
   */
  static List<String> mismatches(Class<?> blocking, Class<?> async) {
    List<String> problems = new ArrayList<>();
    for (Method method : blocking.getDeclaredMethods()) {
      if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers()) || method.isSynthetic()) {
        continue;
      }
      Class<?> subTwin = twinOf(method.getReturnType());
      if (blocking == HogClient.class && (subTwin == null || method.getParameterCount() > 0)) {
        continue; // the client itself: only its resources are mirrored (not stats(), close(), ...)
      }
      String name = blocking.getSimpleName() + "." + method.getName()
          + Arrays.toString(method.getGenericParameterTypes());
      Method twin;
      try {
        twin = async.getMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        problems.add(name + " has no async twin in " + async.getSimpleName());
        continue;
      }
      if (!Arrays.equals(typeNames(method.getGenericParameterTypes()), typeNames(twin.getGenericParameterTypes()))) {
        problems.add(name + ": the twin's parameters are " + Arrays.toString(twin.getGenericParameterTypes()));
      }
      if (subTwin != null && method.getParameterCount() == 0) {
        if (twin.getReturnType() != subTwin) {
          problems.add(name + ": the twin should return " + subTwin.getSimpleName());
        } else {
          problems.addAll(mismatches(method.getReturnType(), subTwin));
        }
        continue;
      }
      Type answer = twin.getGenericReturnType();
      if (!(answer instanceof ParameterizedType future) || future.getRawType() != CompletableFuture.class
          || !future.getActualTypeArguments()[0].getTypeName().equals(method.getGenericReturnType().getTypeName())) {
        problems.add(name + ": the twin should answer CompletableFuture<" + method.getGenericReturnType().getTypeName()
            + ">, not " + answer.getTypeName());
      }
    }
    return problems;
  }

  private static String[] typeNames(Type[] types) {
    return Arrays.stream(types).map(Type::getTypeName).toArray(String[]::new);
  }

  @Test
  void everyPublicBlockingCallOfEveryResourceHasAnAsyncTwinWithTheSameParameters() {
    assertThat(mismatches(HogClient.class, AsyncHogClient.class)).isEmpty();
    // Every resource of the client was walked (12, and the 9 platform scrapers under scrapers()).
    long resources = Arrays.stream(HogClient.class.getMethods()).filter(m -> twinOf(m.getReturnType()) != null
        && m.getReturnType() != HogClient.class).count();
    assertThat(resources).isEqualTo(12);
    assertThat(Arrays.stream(Scrapers.class.getMethods()).filter(m -> twinOf(m.getReturnType()) != null).count())
        .isEqualTo(9);
  }

  /** A resource with one call more than its async twin, to show the check is not vacuous. */
  public static final class Grown {
    public String known(String id) {
      return id;
    }

    public String added(String id, RequestOptions options) {
      return id;
    }
  }

  /** The async twin of {@link Grown} before {@code added} was written. */
  public interface AsyncGrown {
    CompletableFuture<String> known(String id);

    CompletableFuture<Integer> added(String id);
  }

  @Test
  void aBlockingCallWithoutItsTwinFailsTheCheckAndTheMirror() {
    assertThat(mismatches(Grown.class, AsyncGrown.class)).singleElement().asString()
        .contains("Grown.added[class java.lang.String, class ai.thehog.client.common.RequestOptions] has no async twin");
    // The mirror refuses an interface method without a blocking twin when it is made, not on first use.
    assertThat(catchThrowable(() -> AsyncMirrors.of(AsyncGrown.class, new Grown(), Executors.newSingleThreadExecutor())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("added has no blocking twin");
  }

  @Test
  void theMirrorsCallTheSandboxWithTheSameParametersAndOptions() throws Exception {
    try (HogClient hog = HogClient.builder().environment(Map.of()).connection(SANDBOX.sandbox().connection()).build()) {
      AsyncHogClient async = hog.async();
      CreateMonitorRequest request = CreateMonitorRequest.builder().name("async founders")
          .type(MonitorType.LINKEDIN_KEYWORD).config(Map.of("keyword", "founder")).build();
      HogResponse<Monitor> created = async.monitors()
          .create(request, RequestOptions.builder().idempotencyKey("async-monitor-1").build()).get(30, TimeUnit.SECONDS);
      // The same Idempotency-Key through the blocking call replays the same monitor: the options were sent.
      assertThat(hog.monitors().create(request, RequestOptions.builder().idempotencyKey("async-monitor-1").build())
          .value().id()).isEqualTo(created.value().id());
      assertThat(async.monitors().list().get(30, TimeUnit.SECONDS).autoPagingStream().map(Monitor::id))
          .contains(created.value().id());
      HogResponse<Void> deleted = async.monitors().delete(created.value().id()).get(30, TimeUnit.SECONDS);
      assertThat(deleted.meta().requestId()).isNotBlank();
      Throwable gone = catchThrowable(() -> async.monitors().get(created.value().id()).get(30, TimeUnit.SECONDS));
      assertThat(gone).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(HogNotFoundException.class);

      LinkedInProfileRequest jane = LinkedInProfileRequest.builder().username("jane-doe").build();
      LinkedInProfile viaAsync = async.scrapers().linkedin().profile(jane).get(30, TimeUnit.SECONDS).value()
          .orElseThrow();
      assertThat(viaAsync).isEqualTo(hog.scrapers().linkedin().profile(jane).value().orElseThrow());
      assertThat(async.estimates().generation(GenerateRequest.builder().putAdditionalProperty("prompt", "Hi").build())
          .get(30, TimeUnit.SECONDS).value().estimatedCredits()).isNotNull();
      assertThat(async.operations().list().get(30, TimeUnit.SECONDS).data()).isNotNull();
      // Arguments are checked as the blocking call checks them; the future carries the refusal.
      assertThat(catchThrowable(() -> async.monitors().get(null).get(30, TimeUnit.SECONDS)))
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalArgumentException.class);
      assertThat(async.scrapers().linkedin()).isSameAs(async.scrapers().linkedin());
      assertThat(async.monitors().toString()).startsWith("async ");
    }
  }
}
