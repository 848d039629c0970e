package org.urbaninnovation.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyServiceSelectsPodsThatExistOnAPortTheyDeclare(String kustomization) {
        assertEquals(List.of(), ServiceRules.check(Rendered.of(kustomization)));
    }

    @Test
    void aServiceThatSelectsNothingOrAnUndeclaredPortIsAProblem() {
        assertEquals(List.of("Service catalog: selects no pod ({app.kubernetes.io/name=katalog})",
                        "Service gateway: port http targets web, which its pods do not declare"),
                ServiceRules.check(Rendered.fixture("service-selects-nothing")));
    }
}
