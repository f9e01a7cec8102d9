package ai.thehog.client.operation;

import ai.thehog.client.common.Meta;
import ai.thehog.model.EnrichmentRecord;
import java.util.List;
import java.util.OptionalLong;

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

  /**
   * Copies the records.
   *
   * @param batch 1-based batch number
   * @param firstPosition index, in the caller's list, of the batch's first identifier
   * @param records one record per identifier of the batch, in its order
   * @param operationId the batch's operation, or null when the API answered at once (200)
   * @param meta the batch's request metadata
   */
  public BatchCompletion {
    records = List.copyOf(records);
  }

  /**
   * Credits the API estimated for this batch ({@code meta.estimatedCost} of its 202,
   * {@code meta.cost.estimated} of a 200, or the operation's result); empty when it did not say.
   *
   * @return the estimated credits, or empty when not reported by the API
   */
  public OptionalLong estimatedCredits() {
    return meta == null || meta.estimatedCost() == null ? OptionalLong.empty() : OptionalLong.of(meta.estimatedCost());
  }

  /**
   * Credits the API says this batch actually cost ({@code meta.cost.actual} of a 200, or the cost
   * its operation's result reports); empty when it did not say.
   *
   * @return the actual credits, or empty when not reported by the API
   */
  public OptionalLong actualCredits() {
    return meta == null || meta.actualCost() == null ? OptionalLong.empty() : OptionalLong.of(meta.actualCost());
  }
}
