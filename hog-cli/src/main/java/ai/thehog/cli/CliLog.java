package ai.thehog.cli;

import ai.thehog.fixtures.FixtureLog;
import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The engine's reports on standard error: a progress bar on a terminal, plain progress lines
 * otherwise (logs, CI); standard output is kept for the summary.
 */
final class CliLog implements FixtureLog, AutoCloseable {

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean verbose;
  private ProgressBar bar;

  CliLog(PrintWriter err, boolean terminal, boolean verbose) {
    this.err = err;
    this.terminal = terminal;
    this.verbose = verbose;
  }

  @Override
  public synchronized void info(String message) {
    err.println(message);
    err.flush();
  }

  @Override
  public synchronized void warn(String message) {
    err.println("WARN " + message);
    err.flush();
  }

  @Override
  public synchronized void error(String message) {
    err.println("ERROR " + message);
    err.flush();
  }

  @Override
  public synchronized void debug(String message) {
    if (verbose) {
      err.println("DEBUG " + message);
      err.flush();
    }
  }

  @Override
  public synchronized void progress(int done, int total, Duration elapsed) {
    if (!terminal) {
      FixtureLog.super.progress(done, total, elapsed);
      return;
    }
    if (bar == null) {
      bar = new ProgressBarBuilder().setTaskName("Enriching").setInitialMax(total).setUnit(" records", 1)
          .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
    }
    bar.maxHint(total);
    bar.stepTo(done);
    if (done >= total) {
      close();
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
