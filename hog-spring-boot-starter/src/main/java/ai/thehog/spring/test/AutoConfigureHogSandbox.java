package ai.thehog.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts a hog-sandbox (the API's emulator, {@code ai.thehog:hog-sandbox} as a test dependency) on a
 * free loopback port for the test's application context, and points the auto-configured
 * {@code HogClient} at it: {@code thehog.base-url}, {@code thehog.access-key} and
 * {@code thehog.secret-key} are set to the sandbox's, ahead of every other property source. The
 * sandbox ({@code HogSandbox}) is a bean, stopped when the context closes. Its ledger of charges
 * ({@code SandboxLedger}) is a prototype bean: a ledger is a snapshot, so look it up after the calls
 * ({@code ObjectProvider<SandboxLedger>.getObject()}, or {@code HogSandbox.ledger()}). A context cached
 * across test classes keeps its sandbox: call {@code HogSandbox.reset()} for a clean ledger.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureHogSandbox
 * class LeadsTest {
 *   @Autowired HogClient hog;
 *   @Autowired ObjectProvider<SandboxLedger> ledger; // ledger.getObject() after the calls
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AutoConfigureHogSandbox {
}
