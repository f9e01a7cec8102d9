package ai.thehog.client;

import ai.thehog.model.EnrichmentRecord;
import java.util.List;

/**
 * A batch of a batch enrichment is done.
 *
 * @param batch 1-based batch number
 * @param firstPosition index, in the caller's list, of the batch's first identifier
 * @param records one record per identifier of the batch, in its order
 * @param operationId the batch's operation, or null when the API answered at once (200)
 * @param meta the batch's request metadata
 */
public record BatchCompletion(int batch, int firstPosition, List<EnrichmentRecord> records, String operationId,
    Meta meta) {

  /** Copies the records. */
  public BatchCompletion {
    records = List.copyOf(records);
  }
}
