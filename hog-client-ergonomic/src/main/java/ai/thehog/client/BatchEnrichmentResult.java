package ai.thehog.client;

import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.RecordStatus;
import java.util.List;

/**
 * The records of a batch enrichment, one per input identifier and in input order.
 *
 * @param records the records; {@code records().get(i)} belongs to the i-th identifier given
 * @param operationIds the operations that produced them, one per batch, in batch order (null for a
 *     batch the API answered at once)
 * @param batchMeta the meta of each batch's request (request id, estimated or actual cost), in batch order
 */
public record BatchEnrichmentResult(List<EnrichmentRecord> records, List<String> operationIds, List<Meta> batchMeta) {

  /** Copies the lists. */
  public BatchEnrichmentResult {
    records = List.copyOf(records);
    operationIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(operationIds));
    batchMeta = List.copyOf(batchMeta);
  }

  /**
   * The records whose status is {@code failed}.
   *
   * @return the records whose status is {@code failed}
   */
  public List<EnrichmentRecord> failed() {
    return records.stream().filter(r -> RecordStatus.FAILED.equals(r.status())).toList();
  }
}
