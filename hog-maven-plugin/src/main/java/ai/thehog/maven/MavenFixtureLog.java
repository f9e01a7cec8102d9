package ai.thehog.maven;

import ai.thehog.fixtures.FixtureLog;
import org.apache.maven.plugin.logging.Log;

/** Fixture enrichment's reports, in the build log. */
final class MavenFixtureLog implements FixtureLog {

  private final Log log;

  MavenFixtureLog(Log log) {
    this.log = log;
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }

  @Override
  public void error(String message) {
    log.error(message);
  }

  @Override
  public void debug(String message) {
    log.debug(message);
  }
}
