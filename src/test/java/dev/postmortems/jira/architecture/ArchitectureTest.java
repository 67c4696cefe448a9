package dev.postmortems.jira.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.java.ao.RawEntity;
import org.junit.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of DESIGN §2, enforced on the production classes. */
public class ArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.postmortems.jira");

    @Test
    public void domainUsesOnlyTheJavaPlatform() {
        classes().that().resideInAPackage("dev.postmortems.jira.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.postmortems.jira.domain..")
                .check(APP);
    }

    @Test
    public void onlyTheStoreSeesActiveObjectsEntities() {
        noClasses().that().resideOutsideOfPackage("dev.postmortems.jira.store..")
                .should().dependOnClassesThat().areAssignableTo(RawEntity.class)
                .check(APP);
    }

    @Test
    public void onlyTheStoreUsesActiveObjects() {
        noClasses().that().resideOutsideOfPackage("dev.postmortems.jira.store..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .check(APP);
    }

    @Test
    public void domainAndServicesNeverSeeJiraOrTheWeb() {
        noClasses().that().resideInAnyPackage("dev.postmortems.jira.domain..", "dev.postmortems.jira.service..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "jakarta..", "net.java.ao..")
                .check(APP);
    }
}
