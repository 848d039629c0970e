package org.urbaninnovation.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void credentialsComeFromSecretsAndOnlyTheDevOverlayWritesThem(String kustomization) {
        assertEquals(List.of(), SecretRules.check(Rendered.of(kustomization)));
    }

    @Test
    void theDevOverlayIsTheOnlyOneWhoseSecretsCarryValues() {
        assertEquals(7, Rendered.of("overlays/dev").secrets().filter(s -> !s.getData().isEmpty()).count());
    }

    @Test
    void aSecretValueOutsideDevOrAPasswordWrittenIntoADeploymentIsAProblem() {
        assertEquals(List.of("Secret catalog-db carries values outside the dev overlay",
                        "submissions/app: DB_PASSWORD comes from a literal value, not from a Secret"),
                SecretRules.check(Rendered.fixture("literal-secrets")));
    }
}
