package ai.thehog.client.common;

/**
 * What the API says about a request besides its result: the request id to quote to support, the
 * project it was attributed to, and its cost in credits.
 *
 * @param requestId the request id ({@code meta.requestId}, else the X-Request-Id header); may be null
 * @param projectId the project ({@code meta.projectId}), present when X-Project-Id was sent; may be null
 * @param estimatedCost credits estimated before execution ({@code meta.cost.estimated} or
 *     {@code meta.estimatedCost} of a 202); may be null
 * @param actualCost credits actually deducted ({@code meta.cost.actual}); may be null
 */
public record Meta(String requestId, String projectId, Long estimatedCost, Long actualCost) {
}
