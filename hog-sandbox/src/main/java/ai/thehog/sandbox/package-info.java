/**
 * A stateful local emulator of The Hog API on WireMock 3.
 *
 * <p>Public entry points: {@link ai.thehog.sandbox.HogSandbox} (start/stop in-process),
 * {@link ai.thehog.sandbox.HogSandboxExtension} (JUnit 5), {@link ai.thehog.sandbox.SandboxMain}
 * (the executable jar), {@link ai.thehog.sandbox.SandboxLedger} (what was charged and served) and
 * {@link ai.thehog.sandbox.SandboxFault} (faults on demand).
 *
 * <p>How a request flows, one class per step: {@code CredentialFilter} (a WireMock request filter:
 * check and redact credentials), {@code SandboxTransformer} (a WireMock response-definition
 * transformer: route via {@code Endpoint}, faults, {@code RateLimiter}, {@code SpecValidator},
 * {@code IdempotencyStore}), then one handler per family of operations ({@code EnrichmentHandler},
 * {@code SearchHandlers}, {@code ResearchHandlers}, {@code ScrapeHandlers},
 * {@code LegacyAsyncHandlers}, {@code EstimateHandler}, {@code OperationHandler}) working on a
 * {@code Call}. Operations ({@code SandboxOperation}) compute their state from {@code ScaledTime};
 * data comes from {@code SyntheticData}; the admin view is {@code AdminApi}; {@code CatchAllStub}
 * keeps every request matched.
 */
package ai.thehog.sandbox;
