package dev.postmortems.jira.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.java.ao.RawEntity;
import org.junit.Test;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The app's layers and feature slices (docs/architecture.md), enforced on the production classes. */
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
    public void domainServicesAndViewsNeverSeeJiraOrTheWeb() {
        noClasses().that().resideInAnyPackage("dev.postmortems.jira.domain..", "dev.postmortems.jira.service..",
                        "dev.postmortems.jira.view..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "jakarta..", "net.java.ao..")
                .check(APP);
    }

    @Test
    public void servicesKnowTheirPortsNeverTheAdapters() {
        noClasses().that().resideInAPackage("dev.postmortems.jira.service..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.postmortems.jira.jira..", "dev.postmortems.jira.rest..",
                        "dev.postmortems.jira.store..", "dev.postmortems.jira.view..")
                .check(APP);
    }

    /** Presentation sits on the services: REST and Jira's panels use it, it uses neither, and no store. */
    @Test
    public void viewsPresentWhatTheServicesReadAndNothingElse() {
        noClasses().that().resideInAPackage("dev.postmortems.jira.view..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.postmortems.jira.jira..", "dev.postmortems.jira.rest..",
                        "dev.postmortems.jira.store..")
                .check(APP);
    }

    @Test
    public void theAdaptersDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.postmortems.jira.jira..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.postmortems.jira.rest..", "dev.postmortems.jira.store..")
                .check(APP);
        noClasses().that().resideInAPackage("dev.postmortems.jira.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.postmortems.jira.jira..", "dev.postmortems.jira.rest..")
                .check(APP);
        noClasses().that().resideInAPackage("dev.postmortems.jira.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.postmortems.jira.jira..", "dev.postmortems.jira.store..")
                .check(APP);
    }

    /** A feature may use another (actions address the 5 Whys' root causes), never the other way round as well. */
    @Test
    public void theFeatureSlicesAreFreeOfCycles() {
        for (String layer : List.of("domain", "service", "view", "jira")) {
            slices().matching("dev.postmortems.jira." + layer + ".(*)..").should().beFreeOfCycles().check(APP);
        }
    }

    @Test
    public void theRestLayerUsesNothingOfAtlassiansButTheRestAnnotations() {
        noClasses().that().resideInAPackage("dev.postmortems.jira.rest..")
                .should().dependOnClassesThat(resideInAPackage("com.atlassian..")
                        .and(not(resideInAPackage("com.atlassian.plugins.rest.api.security.annotation"))))
                .check(APP);
    }
}
