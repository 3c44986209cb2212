package vn.motcua;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top-level packages are modules (Spring Modulith): no cycles between them, and a module reaches
 * another only through its base package or a sub-package marked {@code @NamedInterface}.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(MotcuaApplication.class);

    /**
     * The engine adapters outside {@code platform} and {@code design} that still use Camunda's internals
     * ({@code org.camunda.bpm.engine.impl}): engine plugins, parse listeners, the business calendar and
     * the history handler have no public API. A move to an API-compatible fork of the engine touches
     * these and the two modules; a new class here needs a reason in review.
     */
    static final Set<String> ENGINE_ADAPTERS = Set.of(
            "vn.motcua.audit.EngineOperationAudit",
            "vn.motcua.dossier.DossierLifecyclePlugin",
            "vn.motcua.dossier.DossierProcessSync",
            "vn.motcua.dossier.StepNotes",
            "vn.motcua.fees.FeePaymentPlugin",
            "vn.motcua.organization.AuthenticatedGroupsPlugin",
            "vn.motcua.organization.EngineBatch",
            "vn.motcua.organization.ImportedAccountPasswords",
            "vn.motcua.organization.InvolvedUnitGrants",
            "vn.motcua.organization.InvolvedUnitGrantsPlugin",
            "vn.motcua.organization.OwnAccountReadOnlyPlugin",
            "vn.motcua.organization.tasklist.RoleGroupFunctions",
            "vn.motcua.organization.tasklist.RoleGroupFunctionsPlugin",
            "vn.motcua.sla.engine.EngineProcessDeadlines",
            "vn.motcua.sla.engine.SlaEnginePlugin",
            "vn.motcua.sla.engine.SlaParseListener",
            "vn.motcua.sla.engine.SlaTaskDueDate",
            "vn.motcua.sla.engine.WorkingTimeBusinessCalendar");

    @Test
    void modulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirApi() {
        MODULES.verify();
    }

    @Test
    void engineInternalsAreUsedOnlyByThePlatformTheDesignAndTheListedAdapters() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua");
        Set<String> users = new TreeSet<>();
        for (JavaClass type : classes) {
            String name = type.getName().replaceFirst("\\$.*", "");
            boolean inside = name.startsWith("vn.motcua.platform.") || name.startsWith("vn.motcua.design.");
            if (!inside && type.getDirectDependenciesFromSelf().stream()
                    .anyMatch(dependency -> dependency.getTargetClass().getPackageName()
                            .startsWith("org.camunda.bpm.engine.impl"))) {
                users.add(name);
            }
        }
        assertThat(users).as("classes outside platform and design that use org.camunda.bpm.engine.impl")
                .containsExactlyInAnyOrderElementsOf(ENGINE_ADAPTERS);
    }

    /**
     * The module diagrams (C4, PlantUML) in {@code docs/modules} are what the Documenter draws from the code
     * now: after a change of modules or of their dependencies, copy {@code target/spring-modulith-docs/*.puml}
     * there.
     */
    @Test
    void moduleDiagramsInDocsAreCurrent() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Map<String, List<String>> generated = contents(Path.of("target/spring-modulith-docs"));
        assertThat(contents(Path.of("docs/modules")))
                .as("docs/modules against target/spring-modulith-docs (copy the generated diagrams over)")
                .isEqualTo(generated);
    }

    private static Map<String, List<String>> contents(Path folder) throws IOException {
        Map<String, List<String>> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.filter(path -> path.toString().endsWith(".puml")).toList()) {
                // the Documenter writes modules and relations in no fixed order
                files.put(file.getFileName().toString(), Files.readAllLines(file).stream().sorted().toList());
            }
        }
        return files;
    }
}
