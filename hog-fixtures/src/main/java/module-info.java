/**
 * Fixture enrichment: {@code ai.thehog.fixtures}, the engine that enriches fixture files through the
 * client and keeps their answers (used by the Maven plugin and the CLI).
 */
module ai.thehog.fixtures {
  requires transitive ai.thehog.client;
  requires transitive ai.thehog.model;
  requires jakarta.json;
  requires com.squareup.moshi;
  requires okio;
  requires java.sql;
  requires org.xerial.sqlitejdbc;

  exports ai.thehog.fixtures;
}
