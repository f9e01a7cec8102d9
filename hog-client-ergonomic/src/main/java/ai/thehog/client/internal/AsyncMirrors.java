package ai.thehog.client.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Implements an async interface of {@code ai.thehog.client.async} over its blocking twin: a method
 * returning a {@link CompletableFuture} runs the twin's public method of the same name and parameter
 * types on the executor ({@link Workers}: cancelling interrupts it); a method returning another async
 * interface (a sub-resource, e.g. {@code scrapers().linkedin()}) gives the mirror of what the twin's
 * method returns. Every method is matched when the mirror is made, so a missing twin fails at once,
 * not on the first call.
 */
public final class AsyncMirrors {

  private AsyncMirrors() {
  }

  /** The mirror of {@code blocking} as {@code asyncType}. */
  public static <A> A of(Class<A> asyncType, Object blocking, ExecutorService executor) {
    Map<Method, Method> twins = new HashMap<>();
    Map<Method, Object> subResources = new HashMap<>();
    for (Method method : asyncType.getMethods()) {
      if (method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      Method twin;
      try {
        twin = blocking.getClass().getMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(asyncType.getName() + "." + method.getName()
            + " has no blocking twin of the same parameters in " + blocking.getClass().getName(), e);
      }
      if (method.getReturnType() == CompletableFuture.class) {
        twins.put(method, twin);
      } else if (method.getReturnType().isInterface()
          && method.getReturnType().getPackageName().equals(asyncType.getPackageName())) {
        subResources.put(method, of(method.getReturnType(), call(blocking, twin, null), executor));
      } else {
        throw new IllegalStateException(asyncType.getName() + "." + method.getName()
            + " returns neither a CompletableFuture nor an async interface");
      }
    }
    String description = "async " + blocking;
    InvocationHandler handler = (proxy, method, arguments) -> {
      Method twin = twins.get(method);
      if (twin != null) {
        return Workers.submit(executor, () -> call(blocking, twin, arguments));
      }
      Object sub = subResources.get(method);
      if (sub != null) {
        return sub;
      }
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, arguments);
      }
      return switch (method.getName()) {
        case "toString" -> description;
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == arguments[0];
        default -> throw new IllegalStateException("no twin for " + method);
      };
    };
    return asyncType.cast(Proxy.newProxyInstance(asyncType.getClassLoader(), new Class<?>[] {asyncType}, handler));
  }

  /** Calls {@code twin} on {@code target}; what it throws passes through unwrapped. */
  private static Object call(Object target, Method twin, Object[] arguments) {
    try {
      return twin.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
