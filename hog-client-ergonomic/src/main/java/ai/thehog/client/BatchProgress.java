package ai.thehog.client;

/**
 * Progress of a batch enrichment.
 *
 * @param completedIdentifiers identifiers whose batch has ended
 * @param totalIdentifiers identifiers in all
 * @param completedBatches batches ended
 * @param totalBatches batches in all (of at most 100 identifiers)
 */
public record BatchProgress(int completedIdentifiers, int totalIdentifiers, int completedBatches, int totalBatches) {

  /** Completion 0-100. */
  public int percent() {
    return totalIdentifiers == 0 ? 100 : (int) (100L * completedIdentifiers / totalIdentifiers);
  }
}
