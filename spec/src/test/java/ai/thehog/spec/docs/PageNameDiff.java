package ai.thehog.spec.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a docs change did to the names of the pages: each name added, removed or changed, with page and
 * line. Names are aligned page by page in page order (longest common subsequence), so a name that moved
 * lines is unchanged; between two aligned names, a removed and an added name of the same group (an enum
 * value of the same table, a field of the same object) are one change.
 */
final class PageNameDiff {

  /**
   * One change of a page.
   *
   * @param page the page
   * @param line the line in the new page (for a removed name: in the previous page)
   * @param change {@code added}, {@code removed}, {@code changed}, {@code page added} or {@code page removed}
   * @param what the names concerned
   */
  record Change(String page, int line, String change, String what) {
    @Override
    public String toString() {
      return page + ":" + line + " " + change + ": " + what;
    }
  }

  private PageNameDiff() {
  }

  /** The changes from the names {@code before} to the names {@code after}, page by page. */
  static List<Change> diff(List<DocName> before, List<DocName> after) {
    Map<String, List<DocName>> old = byPage(before);
    Map<String, List<DocName>> now = byPage(after);
    TreeSet<String> pages = new TreeSet<>(old.keySet());
    pages.addAll(now.keySet());
    List<Change> changes = new ArrayList<>();
    for (String page : pages) {
      List<DocName> a = old.getOrDefault(page, List.of());
      List<DocName> b = now.getOrDefault(page, List.of());
      if (a.isEmpty()) {
        changes.add(new Change(page, 1, "page added", b.size() + " names"));
      } else if (b.isEmpty()) {
        changes.add(new Change(page, 1, "page removed", a.size() + " names"));
      } else {
        changes.addAll(page(page, a, b));
      }
    }
    return changes;
  }

  private static Map<String, List<DocName>> byPage(List<DocName> names) {
    Map<String, List<DocName>> pages = new LinkedHashMap<>();
    for (DocName n : names) {
      pages.computeIfAbsent(n.page(), p -> new ArrayList<>()).add(n);
    }
    pages.values().forEach(l -> l.sort(Comparator.comparingInt(DocName::line)));
    return pages;
  }

  private static List<Change> page(String page, List<DocName> a, List<DocName> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).key().equals(b.get(j).key()) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Change> changes = new ArrayList<>();
    List<DocName> removed = new ArrayList<>();
    List<DocName> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).key().equals(b.get(j).key())) {
        gap(page, removed, added, changes);
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        added.add(b.get(j++));
      } else {
        removed.add(a.get(i++));
      }
    }
    gap(page, removed, added, changes);
    return changes;
  }

  /** The names between two aligned ones: pairs of one group are changes, the rest added or removed. */
  private static void gap(String page, List<DocName> removed, List<DocName> added, List<Change> changes) {
    List<DocName> unpaired = new ArrayList<>(added);
    for (DocName r : removed) {
      DocName pair = unpaired.stream().filter(x -> x.group().equals(r.group())).findFirst().orElse(null);
      if (pair != null) {
        unpaired.remove(pair);
        changes.add(new Change(page, pair.line(), "changed", r.kind() + " `" + r.name() + "` -> `" + pair.name() + "`"
            + (r.context().isEmpty() ? "" : " (" + r.context() + ")")));
      } else {
        changes.add(new Change(page, r.line(), "removed", r.describe() + " (line " + r.line() + " of the previous page)"));
      }
    }
    for (DocName x : unpaired) {
      changes.add(new Change(page, x.line(), "added", x.describe()));
    }
    removed.clear();
    added.clear();
  }
}
