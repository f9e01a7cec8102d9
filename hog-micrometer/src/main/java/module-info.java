/** Client metrics in Micrometer: {@code ai.thehog.micrometer}, a listener that records what a client does. */
module ai.thehog.micrometer {
  requires transitive ai.thehog.client;
  requires transitive micrometer.core;

  exports ai.thehog.micrometer;
}
