package ai.thehog.client;

import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.RecordStatus;
import java.util.List;

/**
 * The records of a batch enrichment, one per input identifier and in input order.
 *
 * @param records the records; {@code records().get(i)} belongs to the i-th identifier given
 * @param operationIds the operations that produced them, one per batch, in batch order
 */
public record BatchEnrichmentResult(List<EnrichmentRecord> records, List<String> operationIds) {

  /** Copies the lists. */
  public BatchEnrichmentResult {
    records = List.copyOf(records);
    operationIds = List.copyOf(operationIds);
  }

  /** The records whose status is {@code failed}. */
  public List<EnrichmentRecord> failed() {
    return records.stream().filter(r -> RecordStatus.FAILED.equals(r.status())).toList();
  }
}
