package ai.thehog.spec.docs;

/**
 * One thing a doc page says that the spec does not: the page, its 1-based line, the JSON path (or
 * the endpoint or table) concerned, and what is wrong.
 */
record DocFinding(String page, int line, String path, String message) implements Comparable<DocFinding> {

  @Override
  public int compareTo(DocFinding o) {
    int c = page.compareTo(o.page);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : path.compareTo(o.path);
  }

  @Override
  public String toString() {
    return page + ":" + line + " " + path + ": " + message;
  }
}
