package org.urbaninnovation.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
                introduced("unread-settings"));
    }

    @Test
    void aVariableAServiceReadsThatIsNotSetIsAProblem() {
        assertEquals(List.of("catalog: CATALOG_SEARCH_CANDIDATE_CAP is read (catalog-service/src/main/resources/application.properties) but not set",
                        "metrics: DB_USER is read (platform-commons/src/main/resources/platform-database.properties) but not set"),
                introduced("missing-settings"));
    }

    @Test
    void aServiceReadsItsOwnFileTheSharedOneAndTheDatabaseFileOnlyIfItLoadsIt() {
        Set<String> submissions = ServiceConfiguration.of("submission-service").reads().keySet();
        assertEquals(true, submissions.containsAll(Set.of("MAX_BODY_SIZE", "TRUSTED_PROXIES", "JWT_PUBLIC_KEY_LOCATION",
                "JWT_ISSUER", "DB_URL", "DB_USER", "DB_PASSWORD")), submissions::toString);
        Set<String> gateway = ServiceConfiguration.of("gateway").reads().keySet();
        assertEquals(true, gateway.containsAll(Set.of("GATEWAY_BEHIND_PROXY", "CATALOG_URL", "METRICS_URL", "SUBMISSIONS_URL",
                "JWT_ISSUER")), gateway::toString);
        // The gateway has no database: it does not load platform-database.properties.
        assertEquals(List.of(), gateway.stream().filter(name -> name.startsWith("DB_")).toList());
    }

    /**
     * What a fixture breaks beyond what the dev overlay already reports: while a setting added on
     * another branch waits for its ConfigMap entry, each fixture still proves exactly its own defect.
     */
    private static List<String> introduced(String fixture) {
        List<String> problems = new ArrayList<>(EnvironmentRules.check(Rendered.fixture(fixture)));
        problems.removeAll(EnvironmentRules.check(Rendered.of("overlays/dev")));
        return problems;
    }
}
