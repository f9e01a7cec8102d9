package ai.thehog.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import ai.thehog.client.common.Page;
import ai.thehog.client.internal.core.ClientCore;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client's shape: public packages ({@value #PUBLIC}, {@code .common}, {@code .operation},
 * {@code .error}), exactly those the module exports, over unexported {@code .internal.*} machinery;
 * no cycle between its classes (a nested class, and a client's builder, count as their client
 * class) or between its packages; no internal type in a public signature, type arguments included; the machinery never uses the client or its resources; no dependency on the
 * modules above or beside it (plugin, sandbox). Cycles through constants, which the compiler inlines
 * and bytecode therefore hides, are looked for in the source ({@link SourceCycles}).
 */
class ArchitectureTest {

  static final String PUBLIC = "ai.thehog.client";
  static final Set<String> PUBLIC_PACKAGES = Set.of(PUBLIC, PUBLIC + ".async", PUBLIC + ".common", PUBLIC + ".enrichment",
      PUBLIC + ".operation", PUBLIC + ".error");

  private static JavaClasses client;

  @BeforeAll
  static void importClient() {
    client = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(PUBLIC);
  }

  private static boolean ours(JavaClass javaClass) {
    String pkg = javaClass.getPackageName();
    return pkg.equals(PUBLIC) || pkg.startsWith(PUBLIC + ".") && !pkg.startsWith(PUBLIC + ".generated");
  }

  /** Each top-level class of the client (with its nested classes; a builder with its client) is one slice. */
  private static final SliceAssignment CLASS_BY_CLASS = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      if (!ours(javaClass)) {
        return SliceIdentifier.ignore();
      }
      return SliceIdentifier.of(SourceCycles.unit(javaClass.getName()));
    }

    @Override
    public String getDescription() {
      return "top-level classes of the client";
    }
  };

  static ArchRule noCycleBetweenClasses() {
    return SlicesRuleDefinition.slices().assignedFrom(CLASS_BY_CLASS).should().beFreeOfCycles();
  }

  /** Each package of the machinery, {@code .internal} itself included, is one slice. */
  private static final SliceAssignment INTERNAL_PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String pkg = javaClass.getPackageName();
      return pkg.equals(PUBLIC + ".internal") || pkg.startsWith(PUBLIC + ".internal.") ? SliceIdentifier.of(pkg)
          : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "packages of the client's machinery";
    }
  };

  static ArchRule noCycleBetweenInternalPackages() {
    return SlicesRuleDefinition.slices().assignedFrom(INTERNAL_PACKAGES).should().beFreeOfCycles();
  }

  /** Each package of the client, public or internal, is one slice. */
  private static final SliceAssignment PACKAGE_BY_PACKAGE = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      return ours(javaClass) ? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "packages of the client";
    }
  };

  static ArchRule noCycleBetweenPackages() {
    return SlicesRuleDefinition.slices().assignedFrom(PACKAGE_BY_PACKAGE).should().beFreeOfCycles();
  }

  static ArchRule noDependencyOnPluginOrSandbox() {
    return noClasses().that().resideInAPackage(PUBLIC + "..")
        .should().dependOnClassesThat().resideInAnyPackage("ai.thehog.maven..", "ai.thehog.sandbox..");
  }

  /** The client, its builder, its async view, and the resources (whatever is built on ClientCore). */
  private static final DescribedPredicate<JavaClass> CLIENT_OR_RESOURCE =
      DescribedPredicate.describe("the client or a resource", c -> c.getPackageName().equals(PUBLIC)
          && (c.getSimpleName().startsWith("HogClient") && !c.getSimpleName().equals("HogClientListener")
              && !c.getSimpleName().equals("HogClientStats")
              || c.getSimpleName().equals("AsyncHogClient")
              || c.getConstructors().stream().anyMatch(k -> k.getRawParameterTypes().stream()
                  .anyMatch(t -> t.getName().equals(ClientCore.class.getName())))));

  static ArchRule internalsDoNotUseTheClientOrItsResources() {
    return noClasses().that().resideInAPackage(PUBLIC + ".internal..")
        .should().dependOnClassesThat(CLIENT_OR_RESOURCE);
  }

  static ArchRule publicSignaturesShowNoInternalType() {
    return classes().that().resideInAnyPackage(PUBLIC_PACKAGES.toArray(String[]::new)).and().arePublic()
        .should(new ArchCondition<JavaClass>("show no internal type in a public or protected signature") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            List<String> shown = new ArrayList<>();
            type.getRawSuperclass().filter(ArchitectureTest::internal).ifPresent(s -> shown.add("extends " + s.getName()));
            type.getRawInterfaces().stream().filter(ArchitectureTest::internal)
                .forEach(i -> shown.add("implements " + i.getName()));
            for (JavaMember member : type.getMembers()) {
              if (!member.getModifiers().contains(JavaModifier.PUBLIC)
                  && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
                continue;
              }
              if (member instanceof JavaField field && shows(field.getType())) {
                shown.add(field.getFullName());
              }
              if (member instanceof JavaCodeUnit unit && (shows(unit.getReturnType())
                  || unit.getParameterTypes().stream().anyMatch(ArchitectureTest::shows)
                  || unit.getExceptionTypes().stream().anyMatch(ArchitectureTest::shows))) {
                shown.add(unit.getFullName());
              }
            }
            for (String s : shown) {
              events.add(SimpleConditionEvent.violated(type, type.getName() + " shows an internal type: " + s));
            }
          }
        });
  }

  /** Whether {@code type}, or a type argument or bound in it, is internal. */
  private static boolean shows(JavaType type) {
    return type.getAllInvolvedRawTypes().stream().anyMatch(ArchitectureTest::internal);
  }

  private static boolean internal(JavaClass type) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    return base.getPackageName().startsWith(PUBLIC + ".internal");
  }

  @Test
  void noImportCycleBetweenTheClientsClasses() {
    noCycleBetweenClasses().check(client);
  }

  @Test
  void noCycleBetweenTheClientsPackages() {
    noCycleBetweenPackages().check(client);
  }

  @Test
  void theModuleExportsExactlyThePublicPackages() throws IOException {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    Set<String> exported = new TreeSet<>();
    module.exports().forEach(e -> exported.add(e.source()));
    assertThat(exported).isEqualTo(new TreeSet<>(PUBLIC_PACKAGES));
    Set<String> withPublicTypes = new TreeSet<>();
    client.stream().filter(ArchitectureTest::ours).filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> !c.getPackageName().startsWith(PUBLIC + ".internal"))
        .forEach(c -> withPublicTypes.add(c.getPackageName()));
    assertThat(withPublicTypes).isEqualTo(exported);
  }

  @Test
  void noCycleBetweenTheInternalPackages() {
    noCycleBetweenInternalPackages().check(client);
  }

  @Test
  void noPublicSignatureShowsAnInternalType() {
    publicSignaturesShowNoInternalType().check(client);
  }

  @Test
  void theMachineryDoesNotUseTheClientOrItsResources() {
    internalsDoNotUseTheClientOrItsResources().check(client);
  }

  @Test
  void theClientDependsOnNeitherThePluginNorTheSandbox() {
    noDependencyOnPluginOrSandbox().check(client);
  }

  @Test
  void noCycleBetweenTheClientsSourceFilesEvenThroughConstants() throws IOException {
    Map<String, String> sources = new java.util.TreeMap<>();
    Path root = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (!file.getFileName().toString().equals("module-info.java")) {
          sources.put(root.relativize(file).toString(), Files.readString(file));
        }
      }
    }
    assertThat(sources).hasSizeGreaterThan(50);
    assertThat(SourceCycles.find(sources)).isEmpty();
    assertThat(SourceCycles.findBetweenPackages(sources)).isEmpty();
  }

  @Test
  void theRulesCatchWhatTheyForbid() {
    // The rules are not vacuous: test classes and sources made for that break each of them.
    JavaClasses broken = new ClassFileImporter().importClasses(ArchitectureCycleA.class, ArchitectureCycleB.class,
        ArchitectureUsesSandbox.class);
    EvaluationResult cycles = noCycleBetweenClasses().evaluate(broken);
    assertThat(cycles.hasViolation()).isTrue();
    assertThat(cycles.getFailureReport().toString()).contains("ArchitectureCycleA").contains("ArchitectureCycleB");
    assertThat(noDependencyOnPluginOrSandbox().evaluate(broken).hasViolation()).isTrue();
    EvaluationResult packageCycle = noCycleBetweenPackages().evaluate(new ClassFileImporter().importClasses(
        ArchitecturePackageCycleUp.class, ai.thehog.client.internal.ArchitecturePackageCycleDown.class));
    assertThat(packageCycle.hasViolation()).isTrue();
    assertThat(packageCycle.getFailureReport().toString()).contains("ai.thehog.client.internal");
    assertThat(noCycleBetweenPackages().evaluate(broken).hasViolation()).isFalse();

    JavaClasses exposing = new ClassFileImporter().importClasses(HogClient.class, ClientCore.class,
        ai.thehog.client.internal.core.Access.class, Page.class);
    // HogClient has a package-private constructor taking ClientCore: allowed; a public one would not be.
    assertThat(publicSignaturesShowNoInternalType().evaluate(exposing).hasViolation()).isFalse();
    assertThat(internalsDoNotUseTheClientOrItsResources().evaluate(
        new ClassFileImporter().importClasses(ai.thehog.client.internal.ArchitectureInternalUsesClient.class)).hasViolation()).isTrue();
    assertThat(publicSignaturesShowNoInternalType().evaluate(
        new ClassFileImporter().importClasses(ArchitectureShowsInternal.class)).getFailureReport().getDetails())
        .anyMatch(d -> d.contains("ArchitectureShowsInternal.core()"))
        .anyMatch(d -> d.contains("ArchitectureShowsInternal.cores()"));

    // A cycle through constants only: invisible in bytecode, found in the source.
    assertThat(SourceCycles.find(Map.of(
        "ai/thehog/client/A.java", "package ai.thehog.client;\n/** {@link B} */\npublic final class A {\n"
            + "  public static final String X = B.Y + \"B\";\n}\n",
        "ai/thehog/client/B.java", "package ai.thehog.client;\npublic final class B {\n"
            + "  public static final String Y = \"y\";\n  static final String Z = A.X;\n}\n",
        "ai/thehog/client/C.java", "package ai.thehog.client;\n// A and B\nfinal class C {\n  String s = \"A\";\n}\n")))
        .containsExactly(List.of("ai.thehog.client.A", "ai.thehog.client.B"));
    // And between packages, through a constant one way and a type the other.
    assertThat(SourceCycles.findBetweenPackages(Map.of(
        "ai/thehog/client/common/D.java", "package ai.thehog.client.common;\nimport ai.thehog.client.E;\n"
            + "public final class D {\n  static final String X = E.Y;\n}\n",
        "ai/thehog/client/E.java", "package ai.thehog.client;\nimport ai.thehog.client.common.F;\n"
            + "public final class E {\n  public static final String Y = \"y\";\n  F f;\n}\n",
        "ai/thehog/client/common/F.java", "package ai.thehog.client.common;\npublic final class F {\n}\n")))
        .containsExactly(List.of("ai.thehog.client", "ai.thehog.client.common"));
  }
}
