package ai.thehog.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client's shape: no import cycle between its classes (a nested class counts as its outer
 * class), and no dependency on the modules above or beside it (plugin, sandbox).
 */
class ArchitectureTest {

  private static JavaClasses client;

  @BeforeAll
  static void importClient() {
    client = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("ai.thehog.client");
  }

  /** Each top-level class of the client (with its nested classes) is one slice. */
  private static final SliceAssignment CLASS_BY_CLASS = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      if (!javaClass.getPackageName().equals("ai.thehog.client")) {
        return SliceIdentifier.ignore();
      }
      String name = javaClass.getName();
      int nested = name.indexOf('$');
      return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
    }

    @Override
    public String getDescription() {
      return "top-level classes of ai.thehog.client";
    }
  };

  static ArchRule noCycleBetweenClasses() {
    return SlicesRuleDefinition.slices().assignedFrom(CLASS_BY_CLASS).should().beFreeOfCycles();
  }

  static ArchRule noDependencyOnPluginOrSandbox() {
    return noClasses().that().resideInAPackage("ai.thehog.client..")
        .should().dependOnClassesThat().resideInAnyPackage("ai.thehog.maven..", "ai.thehog.sandbox..");
  }

  @Test
  void noImportCycleBetweenTheClientsClasses() {
    noCycleBetweenClasses().check(client);
  }

  @Test
  void theClientDependsOnNeitherThePluginNorTheSandbox() {
    noDependencyOnPluginOrSandbox().check(client);
  }

  @Test
  void theRulesCatchACycleAndAForbiddenDependency() {
    // The rules are not vacuous: test classes made for that break each of them.
    JavaClasses broken = new ClassFileImporter().importClasses(ArchitectureCycleA.class, ArchitectureCycleB.class,
        ArchitectureUsesSandbox.class);
    EvaluationResult cycles = noCycleBetweenClasses().evaluate(broken);
    assertThat(cycles.hasViolation()).isTrue();
    assertThat(cycles.getFailureReport().toString()).contains("ArchitectureCycleA").contains("ArchitectureCycleB");
    assertThat(noDependencyOnPluginOrSandbox().evaluate(broken).hasViolation()).isTrue();
  }
}
