package org.coproduction.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules fail where they should: a sample "service" that imports from "rest", a resource that is transactional. */
class LayerRulesTest {

    private final JavaClasses sample =
            new ClassFileImporter().importPackages("org.coproduction.platform.testing.fixture.layers");

    private List<String> failures() {
        return LayerRules.all("org.coproduction.platform.testing.fixture.layers", "..layers.service..").stream()
                .map(rule -> rule.allowEmptyShould(true).evaluate(sample))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .toList();
    }

    @Test
    void aServiceImportingFromRestBreaksTheLayers() {
        assertThat(failures())
                .anySatisfy(f -> assertThat(f)
                        .contains("nothing outside rest depends on rest")
                        .contains("LeakyService"));
    }

    @Test
    void aTransactionOutsideTheServiceLayerIsCaught() {
        assertThat(failures())
                .anySatisfy(f -> assertThat(f)
                        .contains("@Transactional methods live in the service layer")
                        .contains("TransactionalResource"));
    }

    @Test
    void everyRuleHasAName() {
        for (ArchRule rule : LayerRules.all("org.coproduction.platform.testing.fixture.layers", "..layers.service..")) {
            assertThat(rule.getDescription()).isNotBlank();
        }
    }
}
