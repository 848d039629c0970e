package org.urbaninnovation.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyRenderedObjectParsesIntoItsModelOrItsCrdSchemaWithNothingUnknown(String kustomization) {
        assertEquals(List.of(), Rendered.of(kustomization).modelProblems());
    }

    @Test
    void aFieldTheModelDoesNotHaveIsAProblem() {
        assertEquals(List.of("Deployment catalog: unknown field spec.replica"),
                Rendered.fixture("misspelt-field").modelProblems());
    }

    @Test
    void aValueOfTheWrongTypeIsAProblem() {
        assertEquals(List.of("Deployment gateway: spec.template.spec.containers[0].ports[0].containerPort: "
                        + "Cannot coerce String value (\"8080\") to `java.lang.Integer` value"),
                Rendered.fixture("wrong-type").modelProblems());
    }

    @Test
    void aCustomResourceIsCheckedAgainstItsCrdSchema() {
        assertEquals(List.of("Cluster platform-db: spec.instance: unknown field",
                        "Cluster platform-db: spec.storage.size: expected a string, got NUMBER"),
                Rendered.fixture("misspelt-cluster-field").modelProblems());
        assertEquals(List.of("ServiceMonitor metrics: spec.endpoints[0].interval: expected a string, got NUMBER",
                        "ServiceMonitor metrics: spec.endpoints[0].paths: unknown field"),
                Rendered.fixture("wrong-service-monitor").modelProblems());
    }
}
