/**
 * The asynchronous mirror of every blocking call of the client ({@code hog.async().monitors().create(...)}):
 * one interface per resource, each method with the same name and parameters as its blocking twin and
 * a {@link java.util.concurrent.CompletableFuture} of the same answer, run on the client's executor.
 * Cancelling a future interrupts its call: waiting and polling stop; the API has no cancel, so an
 * operation already started goes on on the server.
 */
package ai.thehog.client.async;
