package org.coproduction.notifications;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.coproduction.platform.testing.LayerRules;
import org.junit.jupiter.api.Test;

/** The conventions a reader relies on, checked on the compiled main classes. */
class ArchitectureTest {

    private static final String ROOT = "org.coproduction.notifications";
    /** The service layer: the digest and delivery pipeline and the use cases built on it (privacy: erasure etc.). */
    private static final String[] SERVICE_LAYER = {
        ROOT + ".digest..",
        ROOT + ".delivery..",
        ROOT + ".notice..",
        ROOT + ".reminder..",
        ROOT + ".run..",
        ROOT + ".retry..",
        ROOT + ".privacy..",
        ROOT + ".confirm..",
        ROOT + ".signin.."
    };

    private static final DescribedPredicate<JavaClass> OPEN_TRANSACTIONS = DescribedPredicate.describe(
            "open transactions",
            type -> type.isAnnotatedWith(Transactional.class)
                    || type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Transactional.class)));

    private final JavaClasses classes = LayerRules.mainClasses(ROOT);

    @Test
    void theSuitesLayerRulesHold() {
        LayerRules.check(ROOT, SERVICE_LAYER);
    }

    /** Another service may be slow or down: waiting for it must never hold a database transaction open. */
    @Test
    void noClassThatOpensTransactionsCallsAnotherService() {
        noClasses()
                .that(OPEN_TRANSACTIONS)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".client..")
                .as("classes that open transactions never call participants- or sessions-service")
                .check(classes);
    }

    @Test
    void dependenciesComeThroughConstructors() {
        noFields()
                .should()
                .beAnnotatedWith(Inject.class)
                .as("no field injection: dependencies come through constructors")
                .check(classes);
    }
}
