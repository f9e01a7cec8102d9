package ai.thehog.client.internal.core;

import ai.thehog.client.common.Meta;
import ai.thehog.client.common.Page;
import ai.thehog.client.internal.json.ResultType;
import ai.thehog.client.internal.polling.OperationPoller;
import ai.thehog.client.internal.polling.SharedPace;
import ai.thehog.client.operation.AcceptedAnswer;
import ai.thehog.client.operation.HogOperation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * How the machinery reaches what the public types keep out of their API (their constructors and
 * hooks) without making it public, and without the public types knowing this class: it looks them
 * up in its own module, so dependencies run one way only, from here to them.
 */
public final class Access {

  private static final MethodHandle NEW_OPERATION = find(HogOperation.class, null, MethodType.methodType(void.class,
      OperationPoller.class, String.class, HttpUrl.class, Meta.class, AcceptedAnswer.class, ResultType.class,
      boolean.class, String.class));
  private static final MethodHandle SHARE_PACE = find(HogOperation.class, "sharePace",
      MethodType.methodType(void.class, SharedPace.class));
  private static final MethodHandle LEAVE_PACE = find(HogOperation.class, "leavePace",
      MethodType.methodType(void.class));
  private static final MethodHandle NEW_PAGE = find(Page.class, null,
      MethodType.methodType(void.class, List.class, String.class, Meta.class, Function.class));

  private Access() {
  }

  /** A new operation handle. */
  @SuppressWarnings("unchecked")
  public static <T> HogOperation<T> operation(OperationPoller poller, String id, HttpUrl pollUrl, Meta meta,
      AcceptedAnswer accepted, ResultType<T> type, boolean justAccepted, String startedBy) {
    return (HogOperation<T>) invoke(NEW_OPERATION, poller, id, pollUrl, meta, accepted, type, justAccepted,
        startedBy);
  }

  /** Makes {@code operation} one of a batch run that shares what it learns of its duration. */
  public static void sharePace(HogOperation<?> operation, SharedPace pace) {
    invoke(SHARE_PACE, operation, pace);
  }

  /** Tells the shared pace, if any, that {@code operation} no longer polls. */
  public static void leavePace(HogOperation<?> operation) {
    invoke(LEAVE_PACE, operation);
  }

  /** A page; {@code fetch} reads the page at a cursor. */
  @SuppressWarnings("unchecked")
  public static <T> Page<T> page(List<T> data, String nextCursor, Meta meta, Function<String, Page<T>> fetch) {
    return (Page<T>) invoke(NEW_PAGE, data, nextCursor, meta, fetch);
  }

  /** Calls {@code handle}; what it throws unchecked passes through, anything else is wrapped. */
  static Object invoke(MethodHandle handle, Object... arguments) {
    try {
      return handle.invokeWithArguments(arguments);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** A constructor ({@code name} null) or method of {@code type} that is not public. */
  static MethodHandle find(Class<?> type, String name, MethodType signature) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
      return name == null ? lookup.findConstructor(type, signature) : lookup.findVirtual(type, name, signature);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the client's own " + type.getName() + " has no " + name + signature, e);
    }
  }
}
