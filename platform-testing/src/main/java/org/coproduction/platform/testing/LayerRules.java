package org.coproduction.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The conventions every service keeps, as ArchUnit rules over its main classes. Layers point one way
 * ({@code rest -> service -> domain}); transactions are opened only by the service layer; a REST client interface
 * is used only by its wrapper bean in {@code client}; resources reach data only through services.
 */
public final class LayerRules {

    private LayerRules() {}

    /** The main classes of the service whose root package is {@code basePackage} ("org.coproduction.sessions"). */
    public static JavaClasses mainClasses(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    /** Every rule; {@code servicePackages} are the packages of the service layer ("..service..", "..delivery.."). */
    public static List<ArchRule> all(String basePackage, String... servicePackages) {
        String rest = basePackage + ".rest..";
        return List.of(
                noClasses()
                        .that()
                        .resideOutsideOfPackage(rest)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(rest)
                        .as("nothing outside rest depends on rest (layers point one way)"),
                noClasses()
                        .that()
                        .resideInAPackage(basePackage + ".domain..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(basePackage + ".service..", basePackage + ".client..")
                        .as("the domain depends on no service and no client"),
                classes()
                        .that()
                        .areAnnotatedWith(Transactional.class)
                        .should()
                        .resideInAnyPackage(servicePackages)
                        .as("@Transactional classes live in the service layer"),
                noMethods()
                        .that()
                        .areAnnotatedWith(Transactional.class)
                        .should()
                        .beDeclaredInClassesThat()
                        .resideOutsideOfPackages(servicePackages)
                        .as("@Transactional methods live in the service layer"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage(basePackage + ".client..")
                        .should()
                        .dependOnClassesThat()
                        .areAnnotatedWith(RegisterRestClient.class)
                        .as("REST client interfaces are used only by their wrapper bean in client"),
                noClasses()
                        .that()
                        .resideInAPackage(rest)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "io.quarkus.hibernate.orm.panache..",
                                "jakarta.persistence..",
                                basePackage + ".client..")
                        .as("resources call services, never the database or another service directly"));
    }

    /** Checks every rule, failing with every violation. */
    public static void check(String basePackage, String... servicePackages) {
        JavaClasses classes = mainClasses(basePackage);
        for (ArchRule rule : all(basePackage, servicePackages)) {
            rule.allowEmptyShould(true).check(classes);
        }
    }
}
