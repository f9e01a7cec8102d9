package ai.thehog.client.common;

import ai.thehog.client.error.HogException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list call ({@code data}, {@code next_cursor}), and the way to the next ones:
 * {@link #nextPage()} fetches the next page, {@link #autoPagingIterable()} and
 * {@link #autoPagingStream()} walk every item of this page and the following ones, fetching each
 * page only when the previous one has been read. Every fetch is an ordinary call of the client:
 * rate-limited, retried and mapped to {@link HogException}s like any other.
 *
 * <pre>{@code
 * for (Monitor monitor : hog.monitors().list().autoPagingIterable()) {
 *   System.out.println(monitor.name());
 * }
 * }</pre>
 *
 * @param <T> the type of the items
 */
public final class Page<T> {

  private final List<T> data;
  private final String nextCursor;
  private final Meta meta;
  private final Function<String, Page<T>> fetch;

  /** A page; {@code fetch} reads the page at a cursor. */
  Page(List<T> data, String nextCursor, Meta meta, Function<String, Page<T>> fetch) {
    this.data = data == null ? List.of() : List.copyOf(data);
    this.nextCursor = nextCursor == null || nextCursor.isBlank() ? null : nextCursor;
    this.meta = meta;
    this.fetch = fetch;
  }

  /**
   * The items of this page, in the API's order.
   *
   * @return the items; never null, unmodifiable
   */
  public List<T> data() {
    return data;
  }

  /**
   * The cursor of the next page, absent on the last page; keep it to continue later with
   * {@link ai.thehog.client.common.ListOptions.Builder#cursor(String)}.
   *
   * @return the cursor, or empty on the last page
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * Whether a page follows this one.
   *
   * @return true when {@link #nextCursor()} is present
   */
  public boolean hasNextPage() {
    return nextCursor != null;
  }

  /**
   * Meta of the request that read this page (request id).
   *
   * @return the meta; never null
   */
  public Meta meta() {
    return meta;
  }

  /**
   * Fetches the next page (one request).
   *
   * @return the next page
   * @throws NoSuchElementException on the last page
   * @throws HogException when the request fails
   */
  public Page<T> nextPage() {
    if (nextCursor == null) {
      throw new NoSuchElementException("this is the last page: it has no next_cursor");
    }
    return fetch.apply(nextCursor);
  }

  /**
   * Every item of this page and the pages after it. Each iterator starts at this page and fetches
   * a page only when the items before it have been read, so stopping early costs no further request.
   * A server answering a cursor it already answered ends with a {@link HogException} instead of
   * looping.
   *
   * @return an iterable over all items from this page on
   */
  public Iterable<T> autoPagingIterable() {
    return AutoPager::new;
  }

  /**
   * {@link #autoPagingIterable()} as a sequential, lazy stream (e.g. {@code .limit(10)} reads only
   * the pages it needs).
   *
   * @return a stream of all items from this page on
   */
  public Stream<T> autoPagingStream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(new AutoPager(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public String toString() {
    return "Page[" + data.size() + " items, nextCursor=" + nextCursor + "]";
  }

  /** Walks the items page by page. */
  private final class AutoPager implements Iterator<T> {

    private final Deque<T> pending = new ArrayDeque<>(data);
    private final Set<String> cursorsFollowed = new HashSet<>();
    private String cursor = nextCursor;

    @Override
    public boolean hasNext() {
      while (pending.isEmpty() && cursor != null) {
        if (!cursorsFollowed.add(cursor)) {
          throw new HogException("The API answered next_cursor " + cursor + " twice while listing; stopping instead"
              + " of reading the same pages again. Report this with the request id.", null, null);
        }
        Page<T> next = fetch.apply(cursor);
        pending.addAll(next.data);
        cursor = next.nextCursor;
      }
      return !pending.isEmpty();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more items");
      }
      return pending.removeFirst();
    }
  }
}
