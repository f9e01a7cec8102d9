/**
 * The client of The Hog API: {@code ai.thehog.client} (the client, its builder and resources),
 * {@code ai.thehog.client.async} (the async mirror of every call), {@code ai.thehog.client.enrichment}
 * (enrichment data read by typed field), {@code ai.thehog.client.operation}
 * (long-running operations and batch runs as you see them), {@code ai.thehog.client.common}
 * (responses, pages, request options, policies, the credit budget, the listener and stats that every
 * package shares) and {@code ai.thehog.client.error} (the exception hierarchy). The machinery under
 * {@code ai.thehog.client.internal} is not exported.
 */
module ai.thehog.client {
  requires transitive ai.thehog.model;
  requires ai.thehog.client.generated;
  requires transitive okhttp3;
  requires retrofit2;
  requires okio;
  requires com.squareup.moshi;
  requires org.slf4j;

  exports ai.thehog.client;
  exports ai.thehog.client.async;
  exports ai.thehog.client.common;
  exports ai.thehog.client.operation;
  exports ai.thehog.client.error;
  exports ai.thehog.client.enrichment;
}
