package org.urbaninnovation.testsupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.urbaninnovation.testsupport.ArchitectureContract.LayerRules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/** Each layer rule fails on a deliberately wrong set of classes and passes on a right one. */
class ArchitectureContractTest {

    private static final String WRONG = "org.urbaninnovation.testsupport.fixture.wrong";
    private static final String RIGHT = "org.urbaninnovation.testsupport.fixture.right";

    @Test
    void everyRuleFailsOnTheWrongFixture() {
        JavaClasses classes = new ClassFileImporter().importPackages(WRONG);
        for (ArchRule rule : LayerRules.all(WRONG)) {
            assertTrue(rule.evaluate(classes).hasViolation(), "should fail: " + rule.getDescription());
        }
    }

    @Test
    void everyRulePassesOnTheRightFixture() {
        JavaClasses classes = new ClassFileImporter().importPackages(RIGHT);
        for (ArchRule rule : LayerRules.all(RIGHT)) {
            assertFalse(rule.evaluate(classes).hasViolation(), () -> rule.evaluate(classes).getFailureReport().toString());
        }
    }
}
