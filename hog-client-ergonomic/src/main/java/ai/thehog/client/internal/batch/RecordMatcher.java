package ai.thehog.client.internal.batch;

import ai.thehog.client.error.HogBatchMappingException;
import ai.thehog.client.internal.http.IdempotencyKeys;
import ai.thehog.model.EnrichmentBatchResult;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.PersonIdentifier;
import java.util.List;
import java.util.Locale;

/**
 * Matches the records of a batch result to the identifiers sent: by position when every record
 * echoes its input, else by identity; records that cannot be matched one to one are an error,
 * never misaligned data.
 */
public final class RecordMatcher {

  private RecordMatcher() {
  }

  /**
   * The records of {@code result} in the order of {@code inputs}.
   *
   * @throws HogBatchMappingException when they cannot be matched one to one
   */
  public static EnrichmentRecord[] match(List<PersonIdentifier> inputs, EnrichmentBatchResult result, String operationId,
      String requestId) {
    List<EnrichmentRecord> records = result == null || result.records() == null ? List.of() : result.records();
    if (records.size() != inputs.size()) {
      throw new HogBatchMappingException("Operation " + operationId + " returned " + records.size()
          + " records for " + inputs.size() + " identifiers, so they cannot be matched to the inputs; nothing of"
          + " this batch is returned. Resume the operation by its id to inspect it, and report it.", operationId,
          requestId);
    }
    EnrichmentRecord[] mapped = new EnrichmentRecord[inputs.size()];
    boolean inOrder = true;
    for (int i = 0; i < inputs.size() && inOrder; i++) {
      inOrder = samePerson(inputs.get(i), records.get(i).identifier());
    }
    if (inOrder) {
      return records.toArray(mapped);
    }
    boolean[] used = new boolean[records.size()];
    for (int i = 0; i < inputs.size(); i++) {
      int match = -1;
      for (int j = 0; j < records.size(); j++) {
        if (!used[j] && samePerson(inputs.get(i), records.get(j).identifier())) {
          if (match >= 0) {
            match = -2;
            break;
          }
          match = j;
        }
      }
      if (match < 0) {
        throw new HogBatchMappingException("Operation " + operationId + " returned records that cannot be matched"
            + " to identifier #" + i + " of its batch (" + (match == -1 ? "no record names it" : "several records"
            + " name it") + "); nothing of this batch is returned rather than misaligned data. Resume the operation"
            + " by its id to inspect it, and report it.", operationId, requestId);
      }
      used[match] = true;
      mapped[i] = records.get(match);
    }
    return mapped;
  }

  /** The same identifiers, or at least one key both have with equal values (ignoring case and spaces). */
  public static boolean samePerson(PersonIdentifier input, PersonIdentifier echoed) {
    if (echoed == null) {
      return false;
    }
    if (IdempotencyKeys.canonicalJson(input).equals(IdempotencyKeys.canonicalJson(echoed))) {
      return true;
    }
    return same(input.linkedinUrl(), echoed.linkedinUrl()) || same(input.email(), echoed.email())
        || same(input.xHandle(), echoed.xHandle()) || same(input.githubUsername(), echoed.githubUsername());
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && !a.isBlank()
        && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
  }
}
