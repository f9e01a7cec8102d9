package ai.thehog.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** The faults waiting to be injected into a running sandbox. Thread-safe. */
public final class SandboxFaults {

  private final List<Armed> armed = new ArrayList<>();

  SandboxFaults() {
  }

  /**
   * Arms each fault; faults on the same route apply in the order given.
   *
   * @param faults the faults to arm
   * @return this, for chaining
   */
  public synchronized SandboxFaults inject(SandboxFault... faults) {
    for (SandboxFault fault : faults) {
      Objects.requireNonNull(fault, "fault");
      armed.add(new Armed(fault));
    }
    return this;
  }

  /** Disarms every fault. */
  public synchronized void clear() {
    armed.clear();
  }

  /**
   * The faults still armed, with the number of requests each still applies to.
   *
   * @return one line per fault
   */
  public synchronized List<String> describe() {
    List<String> out = new ArrayList<>();
    for (Armed a : armed) {
      out.add(a.fault + " remaining=" + a.remaining);
    }
    return out;
  }

  /** Takes one use of the first fault matching the request, or returns null. */
  synchronized SandboxFault take(String method, String path) {
    for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
      Armed a = it.next();
      if (a.fault.matches(method, path)) {
        if (--a.remaining == 0) {
          it.remove();
        }
        return a.fault;
      }
    }
    return null;
  }

  private static final class Armed {
    final SandboxFault fault;
    int remaining;

    Armed(SandboxFault fault) {
      this.fault = fault;
      this.remaining = fault.times();
    }
  }
}
