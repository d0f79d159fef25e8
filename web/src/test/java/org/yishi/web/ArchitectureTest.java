package org.yishi.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries between the sides, as the design card draws them. */
class ArchitectureTest {

    private static final JavaClasses YISHI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.yishi");

    @Test
    void theQuerySideReadsOnlyTheCommandSidesContract() {
        noClasses().that().resideInAPackage("org.yishi.query..")
                   .should().dependOnClassesThat(
                           com.tngtech.archunit.base.DescribedPredicate.describe(
                                   "command-side classes outside its api packages",
                                   javaClass -> javaClass.getPackageName().startsWith("org.yishi.command")
                                                && !javaClass.getPackageName().startsWith("org.yishi.command.api")))
                   .check(YISHI);
    }

    @Test
    void aggregatesKnowNothingOfTheWeb() {
        classes().that().areAnnotatedWith(Aggregate.class)
                 .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                         "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                         "org.springframework.messaging..", "org.yishi.web..", "org.yishi.query..")
                 .check(YISHI);
    }

    @Test
    void theWebReachesAggregatesOnlyThroughTheCommandGateway() {
        noClasses().that().resideInAPackage("org.yishi.web..")
                   .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
                   .check(YISHI);
    }

    @Test
    void theCommandSideNeverReadsTheQuerySide() {
        noClasses().that().resideInAPackage("org.yishi.command..")
                   .should().dependOnClassesThat().resideInAPackage("org.yishi.query..")
                   .check(YISHI);
    }

    @Test
    void theWebUsesTheQuerySideOnlyThroughItsContractAndProjectionsItWires() {
        noClasses().that().resideInAPackage("org.yishi.web..")
                   .should().dependOnClassesThat().resideInAPackage("org.yishi.command.eventstore..")
                   .andShould().dependOnClassesThat().resideInAPackage("org.yishi.command.community..")
                   .check(YISHI.that(com.tngtech.archunit.base.DescribedPredicate.describe(
                           "outside web.store and web.status",
                           javaClass -> !javaClass.getPackageName().startsWith("org.yishi.web.store")
                                        && !javaClass.getPackageName().startsWith("org.yishi.web.status"))));
    }
}
