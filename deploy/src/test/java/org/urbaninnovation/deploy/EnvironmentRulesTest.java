package org.urbaninnovation.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyVariableAnApplicationReadsIsSetAndEveryOneSetIsRead(String kustomization) {
        assertEquals(List.of(), EnvironmentRules.check(Rendered.of(kustomization)));
    }

    @Test
    void aVariableNothingReadsIsAProblem() {
        assertEquals(List.of("catalog: CATALOG_SEARCH_CACHE_TTLS is set but nothing reads it",
                        "gateway: QUARKUS_APPLICATION_NAME sets quarkus.application.name, which is fixed at build time "
                                + "(BUILD_AND_RUN_TIME_FIXED): setting it here changes nothing",
                        "gateway: QUARKUS_HTTP_PROT is set but nothing reads it"),
                EnvironmentRules.check(Rendered.fixture("unread-settings")));
    }

    @Test
    void aVariableAServiceReadsThatIsNotSetIsAProblem() {
        assertEquals(List.of("catalog: CATALOG_SEARCH_CANDIDATE_CAP is read (catalog-service/src/main/resources/application.properties) but not set",
                        "metrics: DB_USER is read (platform-commons/src/main/resources/platform-database.properties) but not set"),
                EnvironmentRules.check(Rendered.fixture("missing-settings")));
    }

    @Test
    void theVariablesAServiceReadsComeFromItsOwnAndTheSharedFiles() {
        assertEquals(Set.of("MAX_BODY_SIZE", "TRUSTED_PROXIES", "JWT_PUBLIC_KEY_LOCATION", "JWT_ISSUER",
                        "DB_URL", "DB_USER", "DB_PASSWORD"),
                ServiceConfiguration.of("submission-service").reads().keySet());
        // The gateway has no database: it does not load platform-database.properties.
        assertEquals(Set.of("GATEWAY_BEHIND_PROXY", "CATALOG_URL", "METRICS_URL", "SUBMISSIONS_URL", "GATEWAY_TIMEOUT",
                        "MAX_BODY_SIZE", "TRUSTED_PROXIES", "JWT_PUBLIC_KEY_LOCATION", "JWT_ISSUER"),
                ServiceConfiguration.of("gateway").reads().keySet());
    }
}
