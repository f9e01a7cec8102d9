package ai.thehog.spec.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A doc page as written: its file name and its lines (line {@code n} is {@code lines.get(n - 1)}). */
record DocPage(String name, List<String> lines) {

  static DocPage read(Path file) throws IOException {
    return new DocPage(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  String line(int number) {
    return lines.get(number - 1);
  }
}
