/**
 * Client rate limits shared through Redis: {@code ai.thehog.ratelimit.redis}, a rate limiter that
 * several processes share (Bucket4j over Lettuce).
 */
module ai.thehog.ratelimit.redis {
  requires transitive ai.thehog.client;
  requires io.github.bucket4j.core;
  requires io.github.bucket4j.lettuce;
  requires lettuce.core;
  requires org.slf4j;

  exports ai.thehog.ratelimit.redis;
}
