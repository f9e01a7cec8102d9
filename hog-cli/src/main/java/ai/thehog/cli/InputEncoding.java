package ai.thehog.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The text encoding of an input: a byte-order mark skipped, a file that is not UTF-8 refused with where and what to do. */
final class InputEncoding {

  private static final char BOM = '\uFEFF';

  private InputEncoding() {
  }

  /** A reader of the text of {@code file}, past a byte-order mark. */
  static Reader open(Path file, Charset charset) throws IOException {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 64 * 1024);
    reader.mark(1);
    int first = reader.read();
    if (first != BOM && first != -1) {
      reader.reset();
    }
    return reader;
  }

  /**
   * Refuses a file that is not UTF-8, naming the line and column of its first bad byte and what to
   * do; a file with NUL bytes or a UTF-16 byte-order mark is said to look like UTF-16.
   */
  static void checkUtf8(Path file) throws BadInputException, IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    CharBuffer out = CharBuffer.allocate(64 * 1024);
    long line = 1;
    long column = 1;
    boolean start = true;
    try (InputStream stream = Files.newInputStream(file)) {
      while (true) {
        int read = stream.read(in.array(), in.position(), in.remaining());
        boolean end = read < 0;
        if (!end) {
          in.position(in.position() + read);
        }
        in.flip();
        if (start && in.remaining() >= 2 && ((in.get(0) & 0xff) == 0xfe && (in.get(1) & 0xff) == 0xff
            || (in.get(0) & 0xff) == 0xff && (in.get(1) & 0xff) == 0xfe)) {
          throw notUtf8(file, 1, 1, "it starts with a UTF-16 byte-order mark", "UTF-16");
        }
        start = false;
        CoderResult result = decoder.decode(in, out, end);
        out.flip();
        while (out.hasRemaining()) {
          char c = out.get();
          if (c == '\0') {
            throw notUtf8(file, line, column, "it has a NUL character, as UTF-16 text has", "UTF-16");
          }
          if (c == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        out.clear();
        if (result.isMalformed() || result.isUnmappable()) {
          throw notUtf8(file, line, column, String.format(Locale.ROOT, "byte 0x%02X is not UTF-8",
              in.get(in.position()) & 0xff), "ISO-8859-1");
        }
        if (end) {
          if (decoder.flush(out).isError()) {
            throw notUtf8(file, line, column, "it ends inside a character", "ISO-8859-1");
          }
          return;
        }
        in.compact();
      }
    }
  }

  private static BadInputException notUtf8(Path file, long line, long column, String why, String example) {
    return new BadInputException(file + ":" + line + ":" + column + ": not UTF-8 text (" + why + "). Save the file"
        + " as UTF-8, or name its encoding with --encoding (e.g. --encoding " + example + ").");
  }
}
