package ai.thehog.client.operation;

import ai.thehog.model.OperationStatus;

/**
 * How far a piece of work is: one poll of a long-running operation, or a batch enrichment after
 * one of its batches ended.
 *
 * @param operationId the operation polled; null for a batch enrichment (which runs several)
 * @param status the operation's status (may be a value this SDK does not know); for a batch
 *     enrichment {@code processing} until every batch ended, then {@code succeeded}
 * @param percent completion 0-100; null when the API does not say yet
 * @param completed items done: identifiers of a batch enrichment whose batch ended; 0 for an operation
 * @param total items in all: identifiers of a batch enrichment; 0 for an operation
 */
public record Progress(String operationId, OperationStatus status, Integer percent, int completed, int total) {
}
