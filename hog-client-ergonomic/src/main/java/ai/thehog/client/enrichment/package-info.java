/**
 * Typed reading of enrichment data: {@link ai.thehog.client.enrichment.EnrichmentField} names a
 * field by its path and Java type, {@link ai.thehog.client.enrichment.EnrichmentData} reads a
 * record's data by field and says whether the person was found.
 */
package ai.thehog.client.enrichment;
