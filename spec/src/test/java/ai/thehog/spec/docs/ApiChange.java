package ai.thehog.spec.docs;

/**
 * One change between two versions of the spec, as a changelog line.
 *
 * @param kind added, removed, renamed, deprecated or changed
 * @param breaking whether code written against the old version can break
 * @param what the element changed and where, in markdown
 */
record ApiChange(String kind, boolean breaking, String what) {

  /** The changelog line, e.g. {@code - added, not breaking: endpoint `POST /api/x`}. */
  String line() {
    return "- " + kind + ", " + (breaking ? "**breaking**" : "not breaking") + ": " + what;
  }
}
