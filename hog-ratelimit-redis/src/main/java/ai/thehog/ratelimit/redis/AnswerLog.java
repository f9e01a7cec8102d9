package ai.thehog.ratelimit.redis;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * One bucket's answer-time log on Redis: its limit and window, and the slots this process reserved that
 * still wait for their answer (oldest first, at most the limit), so that {@link RedisBuckets#answered}
 * knows which slot an answer belongs to. Which of this process's started slots it is does not matter: the
 * times kept are those of the answers received.
 */
final class AnswerLog {

  private record Sent(String member, long slotNanos) {
  }

  private final long limit;
  private final long windowMicros;
  private final ArrayDeque<Sent> waiting = new ArrayDeque<>();

  AnswerLog(RateLimitBucket bucket, double factor) {
    this.limit = Math.max(1, (long) Math.floor(bucket.permits() * factor));
    this.windowMicros = Math.max(1, bucket.period().toNanos() / 1000);
  }

  long limit() {
    return limit;
  }

  long windowMicros() {
    return windowMicros;
  }

  String[] keys(String prefix, String bucket) {
    return new String[] {prefix + ":" + bucket + ":sent", prefix + ":" + bucket + ":answered"};
  }

  synchronized void sent(String member, long slotNanos) {
    waiting.addLast(new Sent(member, slotNanos));
    while (waiting.size() > limit) {
      waiting.removeFirst();
    }
  }

  /** Takes the oldest slot that started by {@code nowNanos} and waits for its answer; null if none. */
  synchronized String answered(long nowNanos) {
    Sent oldest = null;
    for (Sent sent : waiting) {
      if (sent.slotNanos() - nowNanos <= 0 && (oldest == null || sent.slotNanos() - oldest.slotNanos() < 0)) {
        oldest = sent;
      }
    }
    if (oldest == null) {
      return null;
    }
    for (Iterator<Sent> it = waiting.iterator(); it.hasNext(); ) {
      if (it.next() == oldest) {
        it.remove();
        break;
      }
    }
    return oldest.member();
  }
}
