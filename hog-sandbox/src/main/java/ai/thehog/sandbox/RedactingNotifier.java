package ai.thehog.sandbox;

import com.github.tomakehurst.wiremock.common.Notifier;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * WireMock's log output with secrets removed. WireMock logs a request as received, before any request
 * filter runs, so the X-Secret-Key and Authorization headers (in header-line and JSON form) and the
 * configured secrets themselves are replaced by "[redacted]" here, whatever the log level.
 */
final class RedactingNotifier implements Notifier {

  private static final Pattern HEADER_LINE =
      Pattern.compile("(?im)^(\\s*(?:X-Secret-Key|Authorization)\\s*:\\s*).*$");
  private static final Pattern JSON_HEADER =
      Pattern.compile("(?i)(\"(?:X-Secret-Key|Authorization)\"\\s*:\\s*)(\\[[^\\]]*\\]|\"(?:[^\"\\\\]|\\\\.)*\")");

  private final Notifier delegate;
  private final List<String> secrets;

  RedactingNotifier(Notifier delegate, Collection<String> secrets) {
    this.delegate = delegate;
    this.secrets = List.copyOf(secrets);
  }

  String redact(String message) {
    if (message == null) {
      return null;
    }
    String out = message;
    int form = out.toLowerCase(java.util.Locale.ROOT).indexOf("multipart/form-data");
    if (form >= 0) {
      // An uploaded file's bytes are never logged: the request up to its body only.
      int bodyStart = out.indexOf("\n\n", form);
      out = (bodyStart < 0 ? out : out.substring(0, bodyStart)) + "\n(multipart body not logged)";
    }
    out = HEADER_LINE.matcher(out).replaceAll("$1" + CredentialFilter.REDACTED);
    out = JSON_HEADER.matcher(out).replaceAll("$1\"" + CredentialFilter.REDACTED + "\"");
    for (String secret : secrets) {
      out = out.replace(secret, CredentialFilter.REDACTED);
    }
    return out;
  }

  @Override
  public void info(String message) {
    delegate.info(redact(message));
  }

  @Override
  public void error(String message) {
    delegate.error(redact(message));
  }

  @Override
  public void error(String message, Throwable t) {
    // The throwable's own text is not printed: it could quote a request.
    delegate.error(redact(message) + " (" + t.getClass().getName() + ")");
  }
}
