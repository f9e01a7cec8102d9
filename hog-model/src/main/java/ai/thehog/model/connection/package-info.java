/**
 * Where a client connects: {@link ai.thehog.model.connection.HogConnection}, the one value a
 * server (the real API or hog-sandbox) hands to a client. It sits here, below both the client and
 * the sandbox, so that neither depends on the other.
 */
package ai.thehog.model.connection;
