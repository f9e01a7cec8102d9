package ai.thehog.client.operation;

import ai.thehog.client.common.Meta;
import ai.thehog.model.EnrichmentRecord;
import ai.thehog.model.RecordStatus;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The records of a batch enrichment, one per input identifier and in input order.
 *
 * @param records the records; {@code records().get(i)} belongs to the i-th identifier given
 * @param operationIds the operations that produced them, one per batch, in batch order (null for a
 *     batch the API answered at once)
 * @param batchMeta the meta of each batch's request (request id, estimated or actual cost), in batch order
 */
public record BatchEnrichmentResult(List<EnrichmentRecord> records, List<String> operationIds, List<Meta> batchMeta) {

  /**
   * Copies the lists.
   *
   * @param records the records, one per identifier given, in input order
   * @param operationIds the operations that produced them, one per batch (null for a batch answered at once)
   * @param batchMeta the meta of each batch's request, in batch order
   */
  public BatchEnrichmentResult {
    records = List.copyOf(records);
    operationIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(operationIds));
    batchMeta = List.copyOf(batchMeta);
  }

  /**
   * Credits the API estimated for the whole run: the sum over the batches, or empty when the API
   * did not report an estimate for every batch (see {@link #batchMeta()} for each batch's).
   *
   * @return the estimated credits, or empty when not reported by the API for some batch
   */
  public OptionalLong estimatedCredits() {
    return total(Meta::estimatedCost);
  }

  /**
   * Credits the API says the whole run actually cost: the sum over the batches, or empty when the
   * API did not report the actual cost of every batch.
   *
   * @return the actual credits, or empty when not reported by the API for some batch
   */
  public OptionalLong actualCredits() {
    return total(Meta::actualCost);
  }

  /**
   * The number of batches whose actual cost the API reported.
   *
   * @return how many batches reported their actual cost
   */
  public int batchesWithActualCredits() {
    return (int) batchMeta.stream().filter(m -> m.actualCost() != null).count();
  }

  private OptionalLong total(Function<Meta, Long> cost) {
    long sum = 0;
    for (Meta meta : batchMeta) {
      Long credits = cost.apply(meta);
      if (credits == null) {
        return OptionalLong.empty();
      }
      sum = Math.addExact(sum, credits);
    }
    return OptionalLong.of(sum);
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
