package ai.thehog.spec.docs;

/**
 * A name a doc page gives, where it gives it: an endpoint, a field (a JSON path of an example, or the
 * first cell of a field table), an enum value (of a table, a list or an example), or a backticked name
 * of the prose.
 *
 * @param page the page's file name
 * @param line the 1-based page line
 * @param kind {@code endpoint}, {@code field}, {@code value} or {@code name}
 * @param context what the name belongs to: the example ({@code response of GET /x}), the enum's
 *     property ({@code `status` (table)}), or empty
 * @param name the name itself ({@code $.data[].id}, {@code queued}, {@code POST /api/x})
 */
record DocName(String page, int line, String kind, String context, String name) {

  /** What must be equal for two versions of a page to give the same name (the line may move). */
  String key() {
    return kind + '\t' + context + '\t' + name;
  }

  /** Names of one group may be a rename of each other: same kind, context and enclosing object. */
  String group() {
    if (!kind.equals("field")) {
      return kind + '\t' + context;
    }
    int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
    return kind + '\t' + context + '\t' + (dot < 0 ? "" : name.substring(0, dot));
  }

  /** For a report: {@code field `$.progress` (response of GET /api/operations/{id})}. */
  String describe() {
    return kind + " `" + name + "`" + (context.isEmpty() ? "" : " (" + context + ")");
  }

  /** One line of the names file: page, line, kind, context and name separated by tabs. */
  String tsv() {
    return page + '\t' + line + '\t' + kind + '\t' + context + '\t' + name;
  }

  static DocName parseTsv(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 5) {
      throw new IllegalArgumentException("not 5 tab-separated fields: " + line);
    }
    return new DocName(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]);
  }
}
