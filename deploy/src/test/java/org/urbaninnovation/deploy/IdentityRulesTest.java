package org.urbaninnovation.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/production"})
    void theApplicationsAcceptKeycloaksTokensWithTheirRolesAndClaims(String overlay) {
        assertEquals(List.of(), IdentityRules.check(Rendered.of(overlay)));
    }

    @Test
    void anIssuerOtherThanKeycloaksOrDemoUsersInProductionAreCaught() {
        assertEquals(List.of("catalog: JWT_ISSUER is https://auth.urban-innovation.example/realms/urban-innovation, "
                        + "Keycloak's is https://login.urban-innovation.example/realms/urban-innovation",
                        "gateway: JWT_ISSUER is https://auth.urban-innovation.example/realms/urban-innovation, "
                                + "Keycloak's is https://login.urban-innovation.example/realms/urban-innovation",
                        "metrics: JWT_ISSUER is https://auth.urban-innovation.example/realms/urban-innovation, "
                                + "Keycloak's is https://login.urban-innovation.example/realms/urban-innovation",
                        "submissions: JWT_ISSUER is https://auth.urban-innovation.example/realms/urban-innovation, "
                                + "Keycloak's is https://login.urban-innovation.example/realms/urban-innovation",
                        "keycloak: demo users [urban-innovation-users-0.json] outside the dev overlay"),
                IdentityRules.check(Rendered.fixture("keycloak-mismatch")));
    }
}
