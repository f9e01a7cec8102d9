package ai.thehog.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's own scratch directory ({@code <work dir>/run-*}): the fixture the engine reads and the
 * files it writes for the CLI to convert. Nothing in it is worth money (the engine keeps what is
 * paid for beside the cache), so it is deleted at the end; a killed run's is deleted by the next
 * run, which knows it is dead because its lock is free.
 */
final class ScratchDirectory implements AutoCloseable {

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;

  private ScratchDirectory(Path path, FileChannel channel, FileLock lock) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
  }

  static ScratchDirectory create(Path work) throws IOException {
    Files.createDirectories(work);
    removeDead(work);
    Path path = Files.createTempDirectory(work, "run-");
    FileChannel channel = FileChannel.open(path.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return new ScratchDirectory(path, channel, channel.lock());
  }

  Path path() {
    return path;
  }

  private static void removeDead(Path work) throws IOException {
    List<Path> runs;
    try (Stream<Path> list = Files.list(work)) {
      runs = list.filter(p -> p.getFileName().toString().startsWith("run-") && Files.isDirectory(p)).toList();
    }
    for (Path run : runs) {
      Path lockFile = run.resolve("lock");
      if (Files.getLastModifiedTime(run).toMillis() > System.currentTimeMillis() - 60_000) {
        continue; // perhaps just created, its lock not taken yet
      }
      boolean dead;
      try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = channel.tryLock();
        dead = lock != null;
        if (lock != null) {
          lock.release();
        }
      } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
        dead = false;
      }
      if (dead) {
        delete(run);
      }
    }
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (java.nio.file.NoSuchFileException gone) {
      // another run removed it first
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      delete(path);
    }
  }
}
