package ai.thehog.client.operation;



/**
 * A batch of a batch enrichment was accepted (202) and is about to be waited on.
 *
 * @param batch 1-based batch number
 * @param firstPosition index, in the caller's list, of the batch's first identifier
 * @param size identifiers in the batch
 * @param operationId the operation to resume it by ({@link ai.thehog.client.Enrichments#resumeBatch})
 * @param idempotencyKey the key it was submitted with (repeat it to replay the same operation)
 */
public record BatchSubmission(int batch, int firstPosition, int size, String operationId, String idempotencyKey) {
}
