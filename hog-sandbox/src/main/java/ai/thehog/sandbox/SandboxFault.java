package ai.thehog.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A fault the sandbox injects into the next {@link #times() N} requests matching a method and a path,
 * e.g. {@code SandboxFault.on("POST", "/api/enrichments").times(1).responseLostAfterWork()}.
 *
 * <p>A path ending in {@code /*} matches every path under it. Instances are immutable; {@link #on}
 * starts a {@link Builder} whose final method names the kind of fault.
 */
public final class SandboxFault {

  /** What happens to a matching request. */
  public enum Kind {
    /** The request is served normally after an extra delay. */
    LATENCY,
    /** The request is not processed; the client gets a 5xx error body. */
    SERVER_ERROR,
    /** The connection is reset (TCP RST) before any response. */
    CONNECTION_RESET,
    /** The connection is closed without any response. */
    EMPTY_RESPONSE,
    /** A 200 header followed by a malformed chunk, then the connection closes. */
    MALFORMED_CHUNK,
    /** The request is processed (operation created, credits charged) but the client gets a 503. */
    RESPONSE_LOST_AFTER_WORK
  }

  private final String method;
  private final String path;
  private final int times;
  private final Kind kind;
  private final Duration latency;
  private final int status;

  private SandboxFault(Builder builder, Kind kind, Duration latency, int status) {
    this.method = builder.method;
    this.path = builder.path;
    this.times = builder.times;
    this.kind = kind;
    this.latency = latency;
    this.status = status;
  }

  /**
   * Starts a fault for requests with {@code method} (or {@code "*"}) on {@code path}.
   *
   * @param method an HTTP method, or {@code "*"} for any
   * @param path a path, e.g. {@code /api/enrichments}
   * @return a builder; pick what the fault does to finish it
   */
  public static Builder on(String method, String path) {
    return new Builder(method, path);
  }

  /**
   * The HTTP method matched, upper case, or {@code "*"}.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The path matched; a trailing {@code /*} matches every path under it.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * How many matching requests the fault applies to.
   *
   * @return the count of requests
   */
  public int times() {
    return times;
  }

  /**
   * What the fault does.
   *
   * @return the kind of fault
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The added delay for {@link Kind#LATENCY}, zero otherwise.
   *
   * @return the delay
   */
  public Duration latency() {
    return latency;
  }

  /**
   * The status for {@link Kind#SERVER_ERROR} (503 for {@link Kind#RESPONSE_LOST_AFTER_WORK}), 0 otherwise.
   *
   * @return the status code
   */
  public int status() {
    return status;
  }

  boolean matches(String requestMethod, String requestPath) {
    if (!method.equals("*") && !method.equalsIgnoreCase(requestMethod)) {
      return false;
    }
    if (path.endsWith("/*")) {
      return requestPath.startsWith(path.substring(0, path.length() - 1));
    }
    return path.equals(requestPath);
  }

  @Override
  public String toString() {
    return "SandboxFault{" + kind + " on " + method + " " + path + " x" + times
        + (kind == Kind.LATENCY ? ", latency=" + latency : "")
        + (status != 0 ? ", status=" + status : "") + "}";
  }

  /** Chooses how many requests a fault applies to and then its kind. */
  public static final class Builder {
    private final String method;
    private final String path;
    private int times = 1;

    private Builder(String method, String path) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("path must start with '/': " + path);
      }
      this.method = method.equals("*") ? "*" : method.toUpperCase(Locale.ROOT);
      this.path = path;
    }

    /**
     * The fault applies to the next {@code n} matching requests (default 1).
     *
     * @param n the count of requests; at least 1
     * @return this builder
     */
    public Builder times(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("times must be at least 1, was " + n);
      }
      this.times = n;
      return this;
    }

    /**
     * Serves matching requests normally after {@code delay} (real time, not scaled).
     *
     * @param delay the delay
     * @return the fault
     */
    public SandboxFault latency(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative() || delay.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("latency must be between 0 and " + Integer.MAX_VALUE + " ms: " + delay);
      }
      return new SandboxFault(this, Kind.LATENCY, delay, 0);
    }

    /**
     * Answers matching requests with {@code status} (5xx) and an error body, without doing the work.
     *
     * @param status a 5xx status code
     * @return the fault
     */
    public SandboxFault serverError(int status) {
      if (status < 500 || status > 599) {
        throw new IllegalArgumentException("serverError status must be 5xx, was " + status);
      }
      return new SandboxFault(this, Kind.SERVER_ERROR, Duration.ZERO, status);
    }

    /**
     * A 500 Internal Server Error.
     *
     * @return the fault
     */
    public SandboxFault serverError() {
      return serverError(500);
    }

    /**
     * Resets the connection (WireMock's {@code CONNECTION_RESET_BY_PEER}).
     *
     * @return the fault
     */
    public SandboxFault connectionReset() {
      return new SandboxFault(this, Kind.CONNECTION_RESET, Duration.ZERO, 0);
    }

    /**
     * Closes the connection without a response (WireMock's {@code EMPTY_RESPONSE}).
     *
     * @return the fault
     */
    public SandboxFault emptyResponse() {
      return new SandboxFault(this, Kind.EMPTY_RESPONSE, Duration.ZERO, 0);
    }

    /**
     * Sends a 200 header then a broken chunk (WireMock's {@code MALFORMED_RESPONSE_CHUNK}).
     *
     * @return the fault
     */
    public SandboxFault malformedChunk() {
      return new SandboxFault(this, Kind.MALFORMED_CHUNK, Duration.ZERO, 0);
    }

    /**
     * Does the work (operation created, credits charged, Idempotency-Key remembered) and answers 503,
     * as when a response is lost on the way back.
     *
     * @return the fault
     */
    public SandboxFault responseLostAfterWork() {
      return new SandboxFault(this, Kind.RESPONSE_LOST_AFTER_WORK, Duration.ZERO, 503);
    }
  }
}
